#!/usr/bin/env python3
"""Builds the illustrative two-analyst example in assessments/examples/two-analysts/.

Two fictitious analysts, "Sample analyst A" and "Sample analyst B", rate the
organisational-capacity framework for two sectors independently:

- analyst-a.dpi.yaml: A's levels, confidence and first evidence item
  (RATINGS_A) are those the bundled sample gave before issue 15 reworked its
  evidence and left most organisational-capacity cells unverified; they are
  kept here so that the example still shows a realistic spread of agreements
  and disagreements; the two criteria org-capacity 1.1.0 added are left
  unrated by both analysts;
- analyst-b.dpi.yaml: B agrees on most criteria, differs by a level on some,
  calls one not applicable and leaves two unrated (DIFFERENCES below);
- team.dpi.yaml: `dpiw merge analyst-a.dpi.yaml analyst-b.dpi.yaml`, written
  by the dpiw given as the first argument (default build/app/dpiw).

Edit this script, not the files, then run it again. The tests check that
team.dpi.yaml is exactly what dpiw merge makes of the other two.
"""
import json
import pathlib
import subprocess
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assessments" / "examples" / "two-analysts"
FRAMEWORK = "org-capacity"
MODELINE = "# yaml-language-server: $schema=../../../resources/schema/project.schema.json"
ANALYST_A = "Sample analyst A"
ANALYST_B = "Sample analyst B"
SECTORS = [
    ("education", {"en": "Education", "ru": "Образование"}),
    ("healthcare", {"en": "Healthcare", "ru": "Здравоохранение"}),
]
# sector -> criterion -> (A's level, confidence, A's evidence item)
RATINGS_A = {
    "education": {
        "oc.lead.strategy": (1, "low",
            {"text": "Ministry of Education and Science Order No. 1245/1 of 8 October 2015 approved the concept of an education management information system (EMIS); it was piloted in schools with UNICEF, with UNESCO support in 2019.", "url": "https://cis-legislation.com/document.fwx?rgn=80946", "date": "2015-10-08"}),
        "oc.lead.owner": (1, "low",
            {"text": "E-Kündölük (school e-diary and e-journal): more than 400,000 students and about 100,000 teachers registered, according to the Deputy Minister (undated article).", "url": "https://gazeta.kg/en/society/161139-v-minprosveschenija-rasskazali-o-cifrovizacii-shkol-i-sisteme-je-kndlk.html"}),
        "oc.lead.coordination": (2, "low",
            {"text": "The Cabinet created the state institution \"Tunduk\" under the Ministry of Digital Development for technical coordination of e-governance and electronic interaction; it is also responsible for protecting personal data in its work.", "url": "https://24.kg/english/233619_Cabinet_of_Ministers_of_Kyrgyzstan_creates_another_state_institution_-_Tunduk/"}),
        "oc.fund.recurrent-budget": (1, "low",
            {"text": "Ministry of Education and Science Order No. 1245/1 of 8 October 2015 approved the concept of an education management information system (EMIS); it was piloted in schools with UNICEF, with UNESCO support in 2019.", "url": "https://cis-legislation.com/document.fwx?rgn=80946", "date": "2015-10-08"}),
        "oc.fund.cost-of-ownership": (1, "low",
            {"text": "309 million som were allocated for 60 digitisation projects including Tunduk (2019 report).", "url": "https://24.kg/english/123928_309_mln_soms_allocated_for_implementation_of_60_digitization_projects/"}),
        "oc.fund.transition": (1, "low",
            {"text": "Ministry of Education and Science Order No. 1245/1 of 8 October 2015 approved the concept of an education management information system (EMIS); it was piloted in schools with UNICEF, with UNESCO support in 2019.", "url": "https://cis-legislation.com/document.fwx?rgn=80946", "date": "2015-10-08"}),
        "oc.skills.technical": (2, "low",
            {"text": "E-Kündölük (school e-diary and e-journal): more than 400,000 students and about 100,000 teachers registered, according to the Deputy Minister (undated article).", "url": "https://gazeta.kg/en/society/161139-v-minprosveschenija-rasskazali-o-cifrovizacii-shkol-i-sisteme-je-kndlk.html"}),
        "oc.skills.security": (1, "low",
            {"text": "Law No. 121 \"On Cybersecurity of the Kyrgyz Republic\" of 17 July 2024 (adopted 12 June 2024, drafted by the State Committee for National Security) sets up a unified cybersecurity system and the category of critical information infrastructure.", "url": "https://ealegislation.com/document.fwx?rgn=160592", "date": "2024-07-17"}),
        "oc.skills.data-protection": (1, "low",
            {"text": "The State Agency for Personal Data Protection under the Cabinet of Ministers was created by presidential decree of 14 September 2021; its regulation is Cabinet Resolution No. 325 of 22 December 2021 (registered 10 January 2022).", "url": "https://dpa.gov.kg/en/about", "date": "2021-12-22"}),
        "oc.skills.admin-policy": (2, "low",
            {"text": "EU twinning \"Support to Digitalisation Agenda in Kyrgyzstan\" (October 2021 - October 2023, 2 million euro, led by eGA with CSI-Piemonte and HAUS): 86 experts, 905 expert-days, 370 officials; missions found a need for a common e-government architecture.", "url": "https://ega.ee/project/kyrgyzstan-twinning/"}),
        "oc.skills.frontline": (2, "low",
            {"text": "E-Kündölük (school e-diary and e-journal): more than 400,000 students and about 100,000 teachers registered, according to the Deputy Minister (undated article).", "url": "https://gazeta.kg/en/society/161139-v-minprosveschenija-rasskazali-o-cifrovizacii-shkol-i-sisteme-je-kndlk.html"}),
        "oc.vendor.specifications": (1, "low",
            {"text": "EU twinning \"Support to Digitalisation Agenda in Kyrgyzstan\" (October 2021 - October 2023, 2 million euro, led by eGA with CSI-Piemonte and HAUS): 86 experts, 905 expert-days, 370 officials; missions found a need for a common e-government architecture.", "url": "https://ega.ee/project/kyrgyzstan-twinning/"}),
        "oc.vendor.contract-management": (1, "low",
            {"text": "EU twinning \"Support to Digitalisation Agenda in Kyrgyzstan\" (October 2021 - October 2023, 2 million euro, led by eGA with CSI-Piemonte and HAUS): 86 experts, 905 expert-days, 370 officials; missions found a need for a common e-government architecture.", "url": "https://ega.ee/project/kyrgyzstan-twinning/"}),
        "oc.vendor.lock-in": (1, "low",
            {"text": "The national exchange layer Tunduk was built on the open-source X-Road under an e-Governance Academy project (MoU of 12 November 2015, 500,000 euro from USAID and Estonian and US donors).", "url": "https://ega.ee/news/e-governance-academy-signed-contract-to-develop-x-road-in-kyrgyzstan/"}),
        "oc.change.process-redesign": (2, "medium",
            {"text": "First-grade school enrolment has been online since 15 February 2019 (mektep.edu.gov.kg).", "url": "https://www.news-asia.ru/view/ks/politics/11811", "date": "2019-01-15"}),
        "oc.change.user-engagement": (1, "low",
            {"text": "E-Kündölük (school e-diary and e-journal): more than 400,000 students and about 100,000 teachers registered, according to the Deputy Minister (undated article).", "url": "https://gazeta.kg/en/society/161139-v-minprosveschenija-rasskazali-o-cifrovizacii-shkol-i-sisteme-je-kndlk.html"}),
        "oc.change.rollout-support": (2, "low",
            {"text": "First-grade school enrolment has been online since 15 February 2019 (mektep.edu.gov.kg).", "url": "https://www.news-asia.ru/view/ks/politics/11811", "date": "2019-01-15"}),
        "oc.data.ownership": (1, "low",
            {"text": "Ministry of Education and Science Order No. 1245/1 of 8 October 2015 approved the concept of an education management information system (EMIS); it was piloted in schools with UNICEF, with UNESCO support in 2019.", "url": "https://cis-legislation.com/document.fwx?rgn=80946", "date": "2015-10-08"}),
        "oc.data.quality": (2, "low",
            {"text": "A unique personal identification number (PIN) has been assigned to every citizen since 2014 and is the key linking state registries through Tunduk.", "url": "https://ega.ee/blog_post/nuria-kutnaeva", "date": "2024-10-02"}),
        "oc.data.privacy-operations": (1, "low",
            {"text": "Government Resolutions No. 759 and No. 760 of 21 November 2017 set the procedure for the data subject's consent and the security levels for personal-data processing.", "url": "https://www.dlapiperdataprotection.com/index.html?t=online-privacy&c=KG", "date": "2017-11-21"}),
        "oc.me.indicators": (2, "medium",
            {"text": "E-Kündölük (school e-diary and e-journal): more than 400,000 students and about 100,000 teachers registered, according to the Deputy Minister (undated article).", "url": "https://gazeta.kg/en/society/161139-v-minprosveschenija-rasskazali-o-cifrovizacii-shkol-i-sisteme-je-kndlk.html"}),
        "oc.me.operational-data": (2, "low",
            {"text": "E-Kündölük (school e-diary and e-journal): more than 400,000 students and about 100,000 teachers registered, according to the Deputy Minister (undated article).", "url": "https://gazeta.kg/en/society/161139-v-minprosveschenija-rasskazali-o-cifrovizacii-shkol-i-sisteme-je-kndlk.html"}),
        "oc.me.evaluation": (1, "low",
            {"text": "Ministry of Education and Science Order No. 1245/1 of 8 October 2015 approved the concept of an education management information system (EMIS); it was piloted in schools with UNICEF, with UNESCO support in 2019.", "url": "https://cis-legislation.com/document.fwx?rgn=80946", "date": "2015-10-08"}),
        "oc.partner.donor-coordination": (1, "low",
            {"text": "Ministry of Education and Science Order No. 1245/1 of 8 October 2015 approved the concept of an education management information system (EMIS); it was piloted in schools with UNICEF, with UNESCO support in 2019.", "url": "https://cis-legislation.com/document.fwx?rgn=80946", "date": "2015-10-08"}),
        "oc.partner.ecosystem": (1, "low",
            {"text": "In 2020, 64 ministries and departments and 39 commercial organisations were connected to Tunduk.", "url": "https://24.kg/english/159348_Kyrgyzstan_takes_2nd_place_in_Central_Asia_in_development_of_e-government_/"}),
        "oc.partner.peer-learning": (2, "medium",
            {"text": "EU twinning \"Support to Digitalisation Agenda in Kyrgyzstan\" (October 2021 - October 2023, 2 million euro, led by eGA with CSI-Piemonte and HAUS): 86 experts, 905 expert-days, 370 officials; missions found a need for a common e-government architecture.", "url": "https://ega.ee/project/kyrgyzstan-twinning/"}),
    },
    "healthcare": {
        "oc.lead.strategy": (2, "medium",
            {"text": "A Digital Healthcare plan for 2022-2025 guides digital health with the aim of reducing disparities and strengthening care for vulnerable groups.", "url": "https://p4h.world/en/news/digital-healthcare-2022-2025-plan-will-help-decrease-disparities-and-strengthen-health-care-for-the-vulnerable/"}),
        "oc.lead.owner": (2, "low",
            {"text": "Resolution No. 640 of 24 October 2024 approved the Unified Medical Information System (EMIS) and the Unified Digital Health Ecosystem; the technical operator is the e-Health Centre under the Ministry of Health; EMIS digital documents have legal force and EMIS services are free; the Ministry is to prepare a digital-health concept for 2025-2028.", "url": "https://medical-pharm.kg/novosti/kabmin-utverdil-polozheniya-o-edinoj-mediczinskoj-infosisteme-i-ekosisteme-czifrovogo-zdravoohraneniya", "date": "2024-10-24"}),
        "oc.lead.coordination": (2, "low",
            {"text": "The Cabinet created the state institution \"Tunduk\" under the Ministry of Digital Development for technical coordination of e-governance and electronic interaction; it is also responsible for protecting personal data in its work.", "url": "https://24.kg/english/233619_Cabinet_of_Ministers_of_Kyrgyzstan_creates_another_state_institution_-_Tunduk/"}),
        "oc.fund.recurrent-budget": (2, "low",
            {"text": "Resolution No. 640 of 24 October 2024 approved the Unified Medical Information System (EMIS) and the Unified Digital Health Ecosystem; the technical operator is the e-Health Centre under the Ministry of Health; EMIS digital documents have legal force and EMIS services are free; the Ministry is to prepare a digital-health concept for 2025-2028.", "url": "https://medical-pharm.kg/novosti/kabmin-utverdil-polozheniya-o-edinoj-mediczinskoj-infosisteme-i-ekosisteme-czifrovogo-zdravoohraneniya", "date": "2024-10-24"}),
        "oc.fund.cost-of-ownership": (1, "low",
            {"text": "UN Joint Digital Health Programme 2024-2027 (WHO lead, 4.03 million US dollars) will link 60 health facilities to the national electronic health record platform and add a citizen Digital Health Profile.", "url": "https://publicnow.com/view/66F62D64C4CFCDD70F89F90C6680093CFB70850E", "date": "2024-10-08"}),
        "oc.fund.transition": (1, "low",
            {"text": "UN Joint Digital Health Programme 2024-2027 (WHO lead, 4.03 million US dollars) will link 60 health facilities to the national electronic health record platform and add a citizen Digital Health Profile.", "url": "https://publicnow.com/view/66F62D64C4CFCDD70F89F90C6680093CFB70850E", "date": "2024-10-08"}),
        "oc.skills.technical": (2, "low",
            {"text": "Resolution No. 640 of 24 October 2024 approved the Unified Medical Information System (EMIS) and the Unified Digital Health Ecosystem; the technical operator is the e-Health Centre under the Ministry of Health; EMIS digital documents have legal force and EMIS services are free; the Ministry is to prepare a digital-health concept for 2025-2028.", "url": "https://medical-pharm.kg/novosti/kabmin-utverdil-polozheniya-o-edinoj-mediczinskoj-infosisteme-i-ekosisteme-czifrovogo-zdravoohraneniya", "date": "2024-10-24"}),
        "oc.skills.security": (1, "low",
            {"text": "Law No. 121 \"On Cybersecurity of the Kyrgyz Republic\" of 17 July 2024 (adopted 12 June 2024, drafted by the State Committee for National Security) sets up a unified cybersecurity system and the category of critical information infrastructure.", "url": "https://ealegislation.com/document.fwx?rgn=160592", "date": "2024-07-17"}),
        "oc.skills.data-protection": (1, "low",
            {"text": "The State Agency for Personal Data Protection under the Cabinet of Ministers was created by presidential decree of 14 September 2021; its regulation is Cabinet Resolution No. 325 of 22 December 2021 (registered 10 January 2022).", "url": "https://dpa.gov.kg/en/about", "date": "2021-12-22"}),
        "oc.skills.admin-policy": (2, "low",
            {"text": "EU twinning \"Support to Digitalisation Agenda in Kyrgyzstan\" (October 2021 - October 2023, 2 million euro, led by eGA with CSI-Piemonte and HAUS): 86 experts, 905 expert-days, 370 officials; missions found a need for a common e-government architecture.", "url": "https://ega.ee/project/kyrgyzstan-twinning/"}),
        "oc.skills.frontline": (2, "low",
            {"text": "The Mandatory Health Insurance Fund planned electronic patient records nationwide by the end of 2021, covering more than 700 family-doctor groups.", "url": "https://24.kg/english/193802_Electronic_patient_records_to_appear_in_Kyrgyzstan_by_end_of_2021/"}),
        "oc.vendor.specifications": (1, "low",
            {"text": "EU twinning \"Support to Digitalisation Agenda in Kyrgyzstan\" (October 2021 - October 2023, 2 million euro, led by eGA with CSI-Piemonte and HAUS): 86 experts, 905 expert-days, 370 officials; missions found a need for a common e-government architecture.", "url": "https://ega.ee/project/kyrgyzstan-twinning/"}),
        "oc.vendor.contract-management": (1, "low",
            {"text": "EU twinning \"Support to Digitalisation Agenda in Kyrgyzstan\" (October 2021 - October 2023, 2 million euro, led by eGA with CSI-Piemonte and HAUS): 86 experts, 905 expert-days, 370 officials; missions found a need for a common e-government architecture.", "url": "https://ega.ee/project/kyrgyzstan-twinning/"}),
        "oc.vendor.lock-in": (1, "low",
            {"text": "The national exchange layer Tunduk was built on the open-source X-Road under an e-Governance Academy project (MoU of 12 November 2015, 500,000 euro from USAID and Estonian and US donors).", "url": "https://ega.ee/news/e-governance-academy-signed-contract-to-develop-x-road-in-kyrgyzstan/"}),
        "oc.change.process-redesign": (1, "low",
            {"text": "The Mandatory Health Insurance Fund planned electronic patient records nationwide by the end of 2021, covering more than 700 family-doctor groups.", "url": "https://24.kg/english/193802_Electronic_patient_records_to_appear_in_Kyrgyzstan_by_end_of_2021/"}),
        "oc.change.user-engagement": (1, "low",
            {"text": "UN Joint Digital Health Programme 2024-2027 (WHO lead, 4.03 million US dollars) will link 60 health facilities to the national electronic health record platform and add a citizen Digital Health Profile.", "url": "https://publicnow.com/view/66F62D64C4CFCDD70F89F90C6680093CFB70850E", "date": "2024-10-08"}),
        "oc.change.rollout-support": (2, "low",
            {"text": "Taza Koom plan (December 2017): 435 Public Service Centres by year-end and a data centre estimated at 100 million US dollars or more.", "url": "https://24.kg/english/70614_Data_processing_center_for_Taza_Koom_to_cost__100_million/", "date": "2017-12-11"}),
        "oc.data.ownership": (1, "low",
            {"text": "Resolution No. 640 of 24 October 2024 approved the Unified Medical Information System (EMIS) and the Unified Digital Health Ecosystem; the technical operator is the e-Health Centre under the Ministry of Health; EMIS digital documents have legal force and EMIS services are free; the Ministry is to prepare a digital-health concept for 2025-2028.", "url": "https://medical-pharm.kg/novosti/kabmin-utverdil-polozheniya-o-edinoj-mediczinskoj-infosisteme-i-ekosisteme-czifrovogo-zdravoohraneniya", "date": "2024-10-24"}),
        "oc.data.quality": (2, "low",
            {"text": "A unique personal identification number (PIN) has been assigned to every citizen since 2014 and is the key linking state registries through Tunduk.", "url": "https://ega.ee/blog_post/nuria-kutnaeva", "date": "2024-10-02"}),
        "oc.data.privacy-operations": (1, "low",
            {"text": "Government Resolutions No. 759 and No. 760 of 21 November 2017 set the procedure for the data subject's consent and the security levels for personal-data processing.", "url": "https://www.dlapiperdataprotection.com/index.html?t=online-privacy&c=KG", "date": "2017-11-21"}),
        "oc.me.indicators": (2, "medium",
            {"text": "The iEmdoo immunisation information system holds more than 2 million digital vaccination cards; it is part of the \"Sanarip MED\" target model prepared with WHO and the EU (March 2024).", "url": "https://dailyexpressnewstoday.com/boosting-health-care-digitalization-in-kyrgyzstan-a-european-union-and-who-collaboration"}),
        "oc.me.operational-data": (2, "low",
            {"text": "The iEmdoo immunisation information system holds more than 2 million digital vaccination cards; it is part of the \"Sanarip MED\" target model prepared with WHO and the EU (March 2024).", "url": "https://dailyexpressnewstoday.com/boosting-health-care-digitalization-in-kyrgyzstan-a-european-union-and-who-collaboration"}),
        "oc.me.evaluation": (2, "low",
            {"text": "The iEmdoo immunisation information system holds more than 2 million digital vaccination cards; it is part of the \"Sanarip MED\" target model prepared with WHO and the EU (March 2024).", "url": "https://dailyexpressnewstoday.com/boosting-health-care-digitalization-in-kyrgyzstan-a-european-union-and-who-collaboration"}),
        "oc.partner.donor-coordination": (2, "medium",
            {"text": "UN Joint Digital Health Programme 2024-2027 (WHO lead, 4.03 million US dollars) will link 60 health facilities to the national electronic health record platform and add a citizen Digital Health Profile.", "url": "https://publicnow.com/view/66F62D64C4CFCDD70F89F90C6680093CFB70850E", "date": "2024-10-08"}),
        "oc.partner.ecosystem": (1, "low",
            {"text": "In 2020, 64 ministries and departments and 39 commercial organisations were connected to Tunduk.", "url": "https://24.kg/english/159348_Kyrgyzstan_takes_2nd_place_in_Central_Asia_in_development_of_e-government_/"}),
        "oc.partner.peer-learning": (2, "medium",
            {"text": "The iEmdoo immunisation information system holds more than 2 million digital vaccination cards; it is part of the \"Sanarip MED\" target model prepared with WHO and the EU (March 2024).", "url": "https://dailyexpressnewstoday.com/boosting-health-care-digitalization-in-kyrgyzstan-a-european-union-and-who-collaboration"}),
    },
}
# sector -> criterion -> (B's level: int, "n/a" or None for unrated, confidence, note)
DIFFERENCES = {
    "education": {
        "oc.lead.strategy": (2, "medium", "The 2015 EMIS concept is approved and still applied; I count it as a defined strategy."),
        "oc.fund.transition": ("n/a", None, "No sector system is due to be replaced in the period, so transition funding does not apply."),
        "oc.vendor.lock-in": (2, "low", "The latest EMIS contract gives the ministry the source code."),
        "oc.change.user-engagement": (2, "low", "Teachers were consulted on the e-diary in two regions."),
        "oc.data.quality": (None, None, "Not rated: the data-quality reports were not available to me."),
    },
    "healthcare": {
        "oc.lead.owner": (1, "low", "No single unit owns the e-health services; responsibility is shared."),
        "oc.skills.technical": (3, "medium", "The e-health centre runs its own integration team."),
        "oc.vendor.contract-management": (2, "low", "Service levels are written into the main hosting contract."),
        "oc.me.operational-data": (1, "low", "Usage figures exist but are not published or reviewed."),
        "oc.change.process-redesign": (None, None, "Not rated: the interview on process redesign is still to come."),
    },
}
NOTICE = {
    "en": "Illustrative data. Two fictitious analysts rated the same criteria independently to show how DPI "
          "Workbench merges their files and measures their agreement. The ratings are not the official findings "
          "of any government body, development partner or the Internet Society, and must not be cited as such.",
    "ru": "Иллюстративные данные. Два вымышленных аналитика независимо оценили одни и те же критерии, чтобы "
          "показать, как DPI Workbench объединяет их файлы и измеряет согласованность. Оценки не являются "
          "официальными выводами какого-либо государственного органа, партнёра по развитию или Internet Society "
          "и не должны цитироваться как таковые.",
}


class StringDates(yaml.SafeLoader):
    """Keeps 2024-05-01 as the string it is in the file."""


StringDates.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def q(text):
    return json.dumps(str(text), ensure_ascii=False)


def localized(value, indent):
    return "".join(f"{' ' * indent}{lang}: {q(text)}\n" for lang, text in value.items())


def header(analyst):
    text = (ROOT / "assessments" / f"{FRAMEWORK}.framework.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=StringDates)
    body = "".join(f"      {line}\n" if line.strip() else "\n"
                   for line in text.splitlines() if not line.startswith("# yaml-language-server"))
    return data, "".join([
        MODELINE + "\n",
        "# Generated by scripts/assemble-team-example.py: edit the script, then run it again.\n",
        "schema: dpi-workbench/project/1\n",
        "title:\n",
        localized({"en": "Organisational capacity, rated by two analysts (illustrative example)",
                   "ru": "Организационный потенциал, оценка двух аналитиков (иллюстративный пример)"}, 2),
        "country: KG\n",
        "period: \"2024\"\n",
        f"team:\n  - {q(analyst)}\n",
        "status: draft\n",
        "illustrative: true\n",
        "notice:\n", localized(NOTICE, 2),
        "frameworks:\n",
        f"  - ref: {data['id']}@{data['version']}\n    weight: 1\n    embedded:\n{body}",
    ])


def score(level, confidence, evidence, notes, analyst, when):
    out = ""
    if level is not None:
        out += f"          level: {level}\n"
    if confidence:
        out += f"          confidence: {confidence}\n"
    if evidence:
        item = evidence[0]
        out += f"          evidence:\n            - text: {q(item['text'])}\n"
        for field in ("url", "date"):
            if field in item:
                out += f"              {field}: {q(item[field])}\n"
    if notes:
        out += f"          notes: {q(notes)}\n"
    return out + f"          analyst: {q(analyst)}\n          scored_at: {q(when)}\n"


def analyst_file(analyst, framework, differences, when):
    out = [None, "sectors:\n"]
    framework_text = None
    for sector_id, title in SECTORS:
        out.append(f"  - id: {sector_id}\n    title:\n{localized(title, 6)}    scores:\n      {FRAMEWORK}:\n")
        for dimension in framework["dimensions"]:
            for criterion in dimension["criteria"]:
                cid = criterion["id"]
                if cid not in RATINGS_A[sector_id]:
                    continue  # added to the framework after these ratings: left unrated by both
                a_level, a_confidence, a_evidence = RATINGS_A[sector_id][cid]
                if differences is None:
                    block = score(a_level, a_confidence, [a_evidence], None, analyst, when)
                elif cid in differences.get(sector_id, {}):
                    level, confidence, note = differences[sector_id][cid]
                    block = score(level, confidence, None, note, analyst, when)
                else:
                    block = score(a_level, a_confidence, None, None, analyst, when)
                out.append(f"        {cid}:\n{block}")
    out.append("maps: []\nreport:\n  template: default\n  language: en\n  page_size: A4\n")
    return out


def main():
    dpiw = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "app" / "dpiw"
    OUT.mkdir(parents=True, exist_ok=True)
    for name, analyst, differences, when in (("analyst-a", ANALYST_A, None, "2024-12-20T10:00:00Z"),
                                             ("analyst-b", ANALYST_B, DIFFERENCES, "2024-12-21T14:00:00Z")):
        framework, head = header(analyst)
        parts = analyst_file(analyst, framework, differences, when)
        parts[0] = head
        (OUT / f"{name}.dpi.yaml").write_text("".join(parts), encoding="utf-8")
    if not dpiw.exists():
        sys.exit(f"{dpiw} not built: build dpiw, then run this script again to write team.dpi.yaml")
    team = OUT / "team.dpi.yaml"
    subprocess.run([str(dpiw), "merge", str(OUT / "analyst-a.dpi.yaml"), str(OUT / "analyst-b.dpi.yaml"),
                    "-o", str(team)], check=True)
    # A new file gets the modeline for a file in assessments/; this one sits two folders deeper.
    lines = team.read_text(encoding="utf-8").split("\n", 1)
    team.write_text(MODELINE + "\n" + lines[1], encoding="utf-8")


if __name__ == "__main__":
    main()
