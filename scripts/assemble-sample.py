#!/usr/bin/env python3
"""Builds assessments/kyrgyzstan-dpi-2024.dpi.yaml from the bundled frameworks
and the per-framework score fragments in assessments/sample-scores/.

The sample embeds full copies of the frameworks (as every project does), so it
is generated rather than edited by hand: edit a framework or a fragment, then
run this script. Strings are written double-quoted (JSON escaping is valid YAML).
"""
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
ASSESSMENTS = ROOT / "assessments"
FRAMEWORKS = ["technical-feasibility", "legal-due-diligence", "org-capacity", "dpg-standard"]
SECTORS = [
    ("education", {"en": "Education", "ru": "Образование", "ky": "Билим берүү"},
     {"en": "General and higher education: school enrolment, e-diaries (E-Kündölük), diplomas and certificates.",
      "ru": "Общее и высшее образование: зачисление в школы, электронные дневники (E-Kündölük), дипломы и аттестаты."}),
    ("healthcare", {"en": "Healthcare", "ru": "Здравоохранение", "ky": "Саламаттыкты сактоо"},
     {"en": "Primary and hospital care: e-prescriptions, medical records, immunisation, payments through the Mandatory Health Insurance Fund.",
      "ru": "Первичная и стационарная помощь: электронные рецепты, медицинские записи, иммунизация, оплата через Фонд обязательного медицинского страхования."}),
]
SCORE_KEYS = ["level", "to_verify", "confidence", "evidence", "notes", "recommendation", "analyst", "scored_at"]


class StringDates(yaml.SafeLoader):
    """Keeps 2024-05-01 as the string it is in the file."""


StringDates.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def q(text):
    return json.dumps(str(text), ensure_ascii=False)


def localized(value, indent):
    pad = " " * indent
    return "".join(f"{pad}{lang}: {q(text)}\n" for lang, text in value.items())


def framework_block(framework_id):
    text = (ASSESSMENTS / f"{framework_id}.framework.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=StringDates)
    lines = [line for line in text.splitlines() if not line.startswith("# yaml-language-server")]
    body = "".join(f"      {line}\n" if line.strip() else "\n" for line in lines)
    return (f"  - ref: {data['id']}@{data['version']}\n"
            f"    weight: 1\n"
            f"    embedded:\n{body}"), data


def score_block(score, indent):
    pad = " " * indent
    out = ""
    for key in SCORE_KEYS:
        if key not in score:
            continue
        value = score[key]
        if key == "level":
            if str(value).lower() in ("n/a", "na"):
                out += f"{pad}level: n/a\n"
            elif str(value) == "unverified":
                out += f"{pad}level: unverified\n"
            else:
                out += f"{pad}level: {int(value)}\n"
        elif key == "evidence":
            out += f"{pad}evidence:\n"
            for item in value:
                first = True
                for field in ("text", "url", "date"):
                    if field in item:
                        lead = f"{pad}  - " if first else f"{pad}    "
                        out += f"{lead}{field}: {q(item[field])}\n"
                        first = False
        else:
            out += f"{pad}{key}: {q(value)}\n"
    unknown = set(score) - set(SCORE_KEYS)
    if unknown:
        sys.exit(f"unknown score keys {sorted(unknown)}")
    return out


SAMPLE_TITLE = {"en": "Rapid assessment of DPI in the Kyrgyz Republic",
                "ru": "Экспресс-оценка цифровой публичной инфраструктуры в Кыргызской Республике"}
SAMPLE_NOTICE = {"en": "Illustrative data. The scores in this sample were derived from public sources to show "
                       "how DPI Workbench is used. They are not the official findings of any government body, "
                       "development partner or the Internet Society, and must not be cited as such.",
                 "ru": "Иллюстративные данные. Оценки в этом примере выведены из открытых источников, чтобы показать "
                       "работу DPI Workbench. Они не являются официальными выводами какого-либо государственного "
                       "органа, партнёра по развитию или Internet Society и не должны цитироваться как таковые."}


def load_fragments():
    return {fid: yaml.load((ASSESSMENTS / "sample-scores" / f"{fid}.yaml").read_text(encoding="utf-8"),
                           Loader=StringDates) for fid in FRAMEWORKS}


def load_narrative():
    """The analysts' context, findings, strengths and actions (assessments/sample-scores/narrative.yaml)."""
    return yaml.load((ASSESSMENTS / "sample-scores" / "narrative.yaml").read_text(encoding="utf-8"), Loader=StringDates)


def conclusion_items(key, items, indent, known_criteria):
    """A findings, strengths or actions list in the project format; refuses links to criteria that do not exist."""
    pad = " " * indent
    out = f"{pad}{key}:\n"
    for item in items:
        out += f"{pad}  - text:\n{localized(item['text'], indent + 6)}"
        for field in ("priority", "horizon"):
            if field in item:
                out += f"{pad}    {field}: {item[field]}\n"
        if "owner" in item:
            out += f"{pad}    owner:\n{localized(item['owner'], indent + 6)}"
        if item.get("criteria"):
            unknown = [c for c in item["criteria"] if c not in known_criteria]
            if unknown:
                sys.exit(f"narrative.yaml: {key} link to unknown criteria {unknown}")
            out += f"{pad}    criteria: [{', '.join(item['criteria'])}]\n"
        if "cost" in item:
            out += f"{pad}    cost:\n{localized(item['cost'], indent + 6)}"
    return out


def conclusions(narrative, indent, known_criteria):
    return "".join(conclusion_items(key, narrative[key], indent, known_criteria)
                   for key in ("findings", "strengths", "actions") if narrative.get(key))


def context_block(context):
    out = "context:\n  text:\n" + localized(context["text"], 4) + "  sources:\n"
    for source in context.get("sources", []):
        out += f"    - title: {q(source['title'])}\n      url: {q(source['url'])}\n"
    return out


def load_map_lines():
    """The Tunduk value-chain map, in the project's structured form, without its comment lines."""
    return [line for line in (ROOT / "templates/maps/tunduk-value-chain.map.yaml").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]


SAMPLE_TEAM = ["Research team of a national Internet Society chapter (illustrative sample)"]


# The sample uses facts up to this day (issue 15): later evidence makes the validator warn.
SAMPLE_CUTOFF = "2024-12-31"


def assemble(fragments, map_lines, title=SAMPLE_TITLE, period="2024", notice=SAMPLE_NOTICE, team=SAMPLE_TEAM,
             cutoff=SAMPLE_CUTOFF,
             generator="scripts/assemble-sample.py from the bundled frameworks and\n# assessments/sample-scores/",
             schema_path="../resources/schema/project.schema.json", narrative=None):
    """The project file's text: the bundled frameworks embedded, the score fragments, the map,
    and the analysts' narrative (context, findings, strengths, actions) when given."""
    out = [f"# yaml-language-server: $schema={schema_path}\n",
           f"# Generated by {generator}: edit those, then run the script again.\n",
           "schema: dpi-workbench/project/1\n",
           "title:\n",
           localized(title, 2),
           "country: KG\n",
           f"period: {q(period)}\n",
           f"cutoff: {cutoff}\n",
           "team:\n",
           "".join(f"  - {q(member)}\n" for member in team),
           "status: draft\n",
           "illustrative: true\n",
           "notice:\n",
           localized(notice, 2)]
    blocks = [framework_block(framework_id) for framework_id in FRAMEWORKS]
    frameworks = {framework_id: data for framework_id, (_, data) in zip(FRAMEWORKS, blocks)}
    known_criteria = {f"{fid}/{c['id']}" for fid, data in frameworks.items()
                      for d in data["dimensions"] for c in d["criteria"]}
    if narrative:
        out.append(context_block(narrative["context"]))
        out.append(conclusions(narrative, 0, known_criteria))
    out.append("frameworks:\n")
    out.extend(block for block, _ in blocks)
    out.append("sectors:\n")
    for sector_id, sector_title, description in SECTORS:
        out.append(f"  - id: {sector_id}\n    title:\n{localized(sector_title, 6)}    description:\n{localized(description, 6)}")
        if narrative:
            out.append(conclusions(narrative["sectors"].get(sector_id, {}), 4, known_criteria))
        out.append("    scores:\n")
        for framework_id in FRAMEWORKS:
            scores = fragments[framework_id].get(sector_id, {})
            criteria = [c["id"] for d in frameworks[framework_id]["dimensions"] for c in d["criteria"]]
            missing = [c for c in criteria if c not in scores]
            extra = [c for c in scores if c not in criteria]
            if missing or extra:
                sys.exit(f"{framework_id}/{sector_id}: missing {missing}, unknown {extra}")
            out.append(f"      {framework_id}:\n")
            for criterion_id in criteria:
                out.append(f"        {criterion_id}:\n{score_block(scores[criterion_id], 10)}")
    out.append("maps:\n")
    out.append("".join(("  - " if i == 0 else "    ") + line + "\n" if line.strip() else "\n"
                       for i, line in enumerate(map_lines)))
    out.append("report:\n  template: default\n  language: en\n  page_size: A4\n"
               "  show_scores_on_maps: true\n  map_sector: healthcare\n")
    return "".join(out)


def main():
    text = assemble(load_fragments(), load_map_lines(), narrative=load_narrative())
    (ASSESSMENTS / "kyrgyzstan-dpi-2024.dpi.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
