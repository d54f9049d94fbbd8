<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>FrameworkDiffSections</name>
    <message>
        <source>Added</source>
        <translation>Кошулду</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Алынып салынды</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Аты өзгөртүлдү</translation>
    </message>
    <message>
        <source>Moved to another dimension</source>
        <translation>Башка өлчөмгө жылдырылды</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмак</translation>
    </message>
    <message>
        <source>Critical rule</source>
        <translation>Критикалык эреже</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;рубрика&quot; (scoring rubric) is a loan word; please confirm</translatorcomment>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>Wording and references</source>
        <translation>Сөз айкаштары жана шилтемелер</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Котормолор</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Framework</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;методика&quot; for framework (assessment framework) is a loan word shared with Russian; please confirm</translatorcomment>
        <translation>Методика</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1-деңгээл</translation>
    </message>
    <message>
        <source>title</source>
        <translation>аталыш</translation>
    </message>
    <message>
        <source>question</source>
        <translation>суроо</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>көрсөтмө</translation>
    </message>
    <message>
        <source>evidence expected</source>
        <translation>күтүлгөн далилдер</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сүрөттөмө</translation>
    </message>
    <message>
        <source>references</source>
        <translation>шилтемелер</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>салмак</translation>
    </message>
    <message>
        <source>critical rule</source>
        <translation>критикалык эреже</translation>
    </message>
    <message>
        <source>label</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;энбелги&quot; for a scale level label is uncertain; &quot;аталыш&quot; is an alternative</translatorcomment>
        <translation>энбелги</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>колдонулбайт</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>лицензия</translation>
    </message>
    <message>
        <source>derived from</source>
        <translation>негизделген</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>аты өзгөртүлдү</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>өлчөм</translation>
    </message>
    <message>
        <source>criterion in %1</source>
        <translation>%1 ичиндеги критерий</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>критерий</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, weight %1</source>
        <translation>
            <numerusform>%n критерий, салмагы %1</numerusform>
            <numerusform>%n критерий, салмагы %1</numerusform>
        </translation>
    </message>
    <message>
        <source>level</source>
        <translation>деңгээл</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1-деңгээл</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>%1-деңгээл — %2</translation>
    </message>
</context>
<context>
    <name>FrameworkEditGate</name>
    <message>
        <source>The YAML has errors; fix them in the YAML tab first.</source>
        <translation>YAML&apos;да каталар бар; адегенде аларды YAML өтмөгүндө оңдоңуз.</translation>
    </message>
</context>
<context>
    <name>FrameworkEdits</name>
    <message>
        <source>Edit YAML</source>
        <translation>YAML&apos;ды түзөтүү</translation>
    </message>
</context>
<context>
    <name>FrameworkStructure</name>
    <message>
        <source>New criterion</source>
        <translation>Жаңы критерий</translation>
    </message>
    <message>
        <source>What does the analyst check?</source>
        <translation>Аналитик эмнени текшерет?</translation>
    </message>
    <message>
        <source>Describe this level.</source>
        <translation>Бул деңгээлди сүрөттөңүз.</translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation>Өлчөм кошуу</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Жаңы өлчөм</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Критерий кошуу</translation>
    </message>
    <message>
        <source>Duplicate criterion</source>
        <translation>Критерийдин көчүрмөсүн түзүү</translation>
    </message>
    <message>
        <source>Duplicate dimension</source>
        <translation>Өлчөмдүн көчүрмөсүн түзүү</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Критерийди алып салуу</translation>
    </message>
    <message>
        <source>Remove dimension</source>
        <translation>Өлчөмдү алып салуу</translation>
    </message>
    <message>
        <source>Move dimension up</source>
        <translation>Өлчөмдү өйдө жылдыруу</translation>
    </message>
    <message>
        <source>Move dimension down</source>
        <translation>Өлчөмдү ылдый жылдыруу</translation>
    </message>
    <message>
        <source>Move criterion up</source>
        <translation>Критерийди өйдө жылдыруу</translation>
    </message>
    <message>
        <source>Move criterion down</source>
        <translation>Критерийди ылдый жылдыруу</translation>
    </message>
    <message>
        <source>Move criterion to “%1”</source>
        <translation>Критерийди «%1» ичине жылдыруу</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>Критерийди жылдыруу</translation>
    </message>
    <message>
        <source>Move dimension</source>
        <translation>Өлчөмдү жылдыруу</translation>
    </message>
</context>
<context>
    <name>FrameworkTranslations</name>
    <message>
        <source>title</source>
        <translation>аталыш</translation>
    </message>
    <message>
        <source>question</source>
        <translation>суроо</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>көрсөтмө</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>далилдер</translation>
    </message>
    <message>
        <source>rubric %1</source>
        <translation>%1 рубрикасы</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сүрөттөмө</translation>
    </message>
</context>
<context>
    <name>dpi::AboutDialog</name>
    <message>
        <source>About DPI Workbench</source>
        <translation>DPI Workbench жөнүндө</translation>
    </message>
    <message>
        <source>Rapid assessments of digital public infrastructure.</source>
        <translation>Санариптик коомдук инфраструктураны тез баалоо.</translation>
    </message>
    <message>
        <source>DPI Workbench %1</source>
        <translation>DPI Workbench %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (Qt %2 менен курулган)</translation>
    </message>
    <message>
        <source>yaml-cpp %1</source>
        <translation>yaml-cpp %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
</context>
<context>
    <name>dpi::ActionTableModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Артыкчылык</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Иш-аракет</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Мөөнөт</translation>
    </message>
    <message>
        <source>Linked criteria</source>
        <translation>Байланышкан критерийлер</translation>
    </message>
    <message>
        <source>Cost note</source>
        <translatorcomment>Uncertain Kyrgyz: &apos;чыгым боюнча эскертме&apos; for a cost note.</translatorcomment>
        <translation>Чыгым боюнча эскертме</translation>
    </message>
</context>
<context>
    <name>dpi::AgreementView</name>
    <message>
        <source>No analysts&apos; ratings: merge the analysts&apos; files (File › Merge Analysts&apos; Files) to measure their agreement.</source>
        <translation>Аналитиктердин баалары жок: алардын макулдугун өлчөө үчүн аналитиктердин файлдарын бириктириңиз (Файл › Аналитиктердин файлдарын бириктирүү).</translation>
    </message>
    <message>
        <source>Analysts: %1. Items rated by two or more: %2. Alpha with bootstrap 95 % interval; N/A and unrated are missing values.</source>
        <translation>Аналитиктер: %1. Эки же андан көп аналитик баалаган критерийлер: %2. Альфа бутстреп 95 % аралыгы менен; колд. эмес жана бааланбагандар жетишпеген маанилер.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Критерийлер</translation>
    </message>
    <message>
        <source>α ordinal</source>
        <translatorcomment>Uncertain Kyrgyz: statistical terms &apos;тартиптик&apos; (ordinal) and &apos;интервалдык&apos; (interval).</translatorcomment>
        <translation>α тартиптик</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % аралык</translation>
    </message>
    <message>
        <source>α interval</source>
        <translation>α интервалдык</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Within 1</source>
        <translation>1 чегинде</translation>
    </message>
    <message>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <source>κ linear</source>
        <translation>κ сызыктуу</translation>
    </message>
    <message>
        <source>κ quadratic</source>
        <translation>κ квадраттык</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>Тармак: %1</translation>
    </message>
</context>
<context>
    <name>dpi::CompareFrameworksDialog</name>
    <message>
        <source>Compare Frameworks</source>
        <translation>Методикаларды салыштыруу</translation>
    </message>
    <message>
        <source>Shows what changed from the old framework to the new one: criteria added, removed or renamed, weights, critical rules, rubric levels and translations.</source>
        <translation>Эски методикадан жаңысына эмне өзгөргөнүн көрсөтөт: кошулган, алынып салынган жана аты өзгөргөн критерийлер, салмактар, критикалык эрежелер, рубрика деңгээлдери жана котормолор.</translation>
    </message>
    <message>
        <source>&amp;Old (before):</source>
        <translation>&amp;Эскиси (чейин):</translation>
    </message>
    <message>
        <source>&amp;New (after):</source>
        <translation>&amp;Жаңысы (кийин):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Салыштыруу</translation>
    </message>
    <message>
        <source>Choose two frameworks to compare.</source>
        <translation>Салыштыруу үчүн эки методиканы тандаңыз.</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>эски: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>жаңы: %1</translation>
    </message>
</context>
<context>
    <name>dpi::CompareRoundsDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Файлды &amp;тандоо…</translation>
    </message>
    <message>
        <source>&amp;Use as Previous Round</source>
        <translation>Мурунку айлампа &amp;катары колдонуу</translation>
    </message>
    <message>
        <source>Compare with Previous Round</source>
        <translation>Мурунку айлампа менен салыштыруу</translation>
    </message>
    <message>
        <source>Store this file as the project&apos;s previous round (Edit &gt; Undo takes it back)</source>
        <translation>Бул файлды долбоордун мурунку айлампасы катары сактоо (Түзөтүү &gt; Жокко чыгаруу кайтарат)</translation>
    </message>
    <message>
        <source>This project names no previous round. Choose the earlier round&apos;s project file.</source>
        <translation>Бул долбоордо мурунку айлампа көрсөтүлгөн эмес. Мурунку айлампанын долбоор файлын тандаңыз.</translation>
    </message>
    <message>
        <source>Previous round: %1</source>
        <translation>Мурунку айлампа: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Салыштырылган файл: %1</translation>
    </message>
    <message>
        <source>This file cannot be compared: %1</source>
        <translation>Бул файлды салыштырууга болбойт: %1</translation>
    </message>
    <message>
        <source>it is not a readable project</source>
        <translation>бул окула турган долбоор эмес</translation>
    </message>
    <message>
        <source>The two rounds hold the same scores.</source>
        <translation>Эки айлампада тең баалар бирдей.</translation>
    </message>
    <message>
        <source>Previous Round</source>
        <translation>Мурунку айлампа</translation>
    </message>
    <message>
        <source>Assessment projects (*.dpi.yaml)</source>
        <translation>Баалоо долбоорлору (*.dpi.yaml)</translation>
    </message>
</context>
<context>
    <name>dpi::ConclusionLabels</name>
    <message>
        <source>High</source>
        <translation>Жогору</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орто</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмөн</translation>
    </message>
    <message>
        <source>Within 6 months</source>
        <translation>6 айга чейин</translation>
    </message>
    <message>
        <source>6–18 months</source>
        <translation>6–18 ай</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кийинчерээк</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Коюлган эмес</translation>
    </message>
</context>
<context>
    <name>dpi::ConclusionSection</name>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Өйдө</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Ылдый</translation>
    </message>
    <message>
        <source>Link Criteria…</source>
        <translation>Критерийлер…</translation>
    </message>
</context>
<context>
    <name>dpi::ContextEditor</name>
    <message>
        <source>Context of the assessment</source>
        <translation>Баалоонун контексти</translation>
    </message>
    <message>
        <source>National strategies, the data-exchange platform and its operator… A blank line starts a new paragraph.</source>
        <translation>Улуттук стратегиялар, маалымат алмашуу платформасы жана анын оператору… Бош сап жаңы абзацты баштайт.</translation>
    </message>
    <message>
        <source>One source per line: https://… or Title | https://…</source>
        <translation>Ар бир сапка бир булак: https://… же Аталышы | https://…</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Булактар:</translation>
    </message>
</context>
<context>
    <name>dpi::CriterionForm</name>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Scores and map links refer to this id. Renaming a criterion that assessments already use? Add the old id under “Replaces”.</source>
        <translation>Баалар жана картадагы байланыштар ушул id&apos;ге шилтейт. Баалоолордо колдонулуп жаткан критерийдин атын өзгөртөсүзбү? Эски id&apos;ни «Алмаштырат» талаасына кошуңуз.</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>Өлчөм:</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Тексттер</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Аталыш:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Суроо:</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Көрсөтмө:</translation>
    </message>
    <message>
        <source>Evidence expected:</source>
        <translation>Күтүлгөн далилдер:</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Баалоо</translation>
    </message>
    <message>
        <source>Weight in its dimension:</source>
        <translation>Өз өлчөмүндөгү салмагы:</translation>
    </message>
    <message>
        <source>Change criterion weight</source>
        <translation>Критерийдин салмагын өзгөртүү</translation>
    </message>
    <message>
        <source>Critical (red flag)</source>
        <translation>Критикалык (кызыл желек)</translation>
    </message>
    <message>
        <source>Flag when the level is below:</source>
        <translation>Деңгээл төмөн болгондо желек:</translation>
    </message>
    <message>
        <source>Cap the dimension score at</source>
        <translation>Өлчөмдүн баасын чектөө:</translation>
    </message>
    <message>
        <source>A level strictly below the threshold raises a red flag for the sector; with a cap, the dimension&apos;s score is limited while flagged.</source>
        <translation>Босогодон катуу төмөн деңгээл тармак үчүн кызыл желек көтөрөт; чектөө коюлса, желек турганда өлчөмдүн баасы чектелет.</translation>
    </message>
    <message>
        <source>Rubric: what each level looks like</source>
        <translation>Рубрика: ар бир деңгээл кандай көрүнөт</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Шилтемелер</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ачкыч</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Маани</translation>
    </message>
    <message>
        <source>Rows with the same number form one reference, e.g. govstack + requirement. Common keys: govstack, requirement, dpg, law, url, note.</source>
        <translation>Номери бирдей саптар бир шилтемени түзөт, мисалы govstack + requirement. Көп колдонулган ачкычтар: govstack, requirement, dpg, law, url, note.</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation>Шилтеме кошуу</translation>
    </message>
    <message>
        <source>Add key to reference</source>
        <translation>Шилтемеге ачкыч кошуу</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Сапты алып салуу</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Версияны жаңыртуу</translation>
    </message>
    <message>
        <source>old ids, separated by commas</source>
        <translation>эски id&apos;лер, үтүр менен</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Алмаштырат:</translation>
    </message>
    <message>
        <source>Ids this criterion had in earlier versions: upgrading an assessment carries their scores over to this criterion.</source>
        <translation>Бул критерийдин мурунку версиялардагы id&apos;лери: баалоону жаңыртканда алардын баалары ушул критерийге өтөт.</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>%1 критерийин түзөтүү</translation>
    </message>
    <message>
        <source>Edit rubric level %1</source>
        <translation>%1 рубрика деңгээлин түзөтүү</translation>
    </message>
    <message>
        <source>Rename criterion %1 to %2</source>
        <translation>%1 критерийинин атын %2 кылып өзгөртүү</translation>
    </message>
    <message>
        <source>Change critical rule</source>
        <translation>Критикалык эрежени өзгөртүү</translation>
    </message>
    <message>
        <source>Edit references</source>
        <translation>Шилтемелерди түзөтүү</translation>
    </message>
    <message>
        <source>Where the requirement comes from</source>
        <translation>Талап кайдан алынган</translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation>Шилтемени алып салуу</translation>
    </message>
    <message>
        <source>“%1” is not a valid id.</source>
        <translation>«%1» — жарактуу id эмес.</translation>
    </message>
    <message>
        <source>A criterion cannot replace itself.</source>
        <translation>Критерий өзүн өзү алмаштыра албайт.</translation>
    </message>
    <message>
        <source>Edit replaced ids</source>
        <translation>Алмаштырылган id&apos;лерди түзөтүү</translation>
    </message>
</context>
<context>
    <name>dpi::CriterionLinkDialog</name>
    <message>
        <source>Link Criteria</source>
        <translation>Критерийлер менен байланыштыруу</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Tick the criteria this item rests on:</source>
        <translation>Бул пункт негизделген критерийлерди белгилеңиз:</translation>
    </message>
</context>
<context>
    <name>dpi::CriterionPanel</name>
    <message>
        <source>Select a criterion in the scoring grid.</source>
        <translation>Баалоо таблицасынан критерийди тандаңыз.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Суроо</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Көрсөтмө</translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation>Күтүлгөн далилдер</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Шилтемелер</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгээл</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Колдонулбайт</translation>
    </message>
    <message>
        <source>Mark the criterion not applicable to this sector (key N)</source>
        <translation>Критерийди бул тармакка колдонулбайт деп белгилөө (N баскычы)</translation>
    </message>
    <message>
        <source>Clear level</source>
        <translation>Деңгээлди тазалоо</translation>
    </message>
    <message>
        <source>Remove the level; evidence and notes stay (key Delete)</source>
        <translation>Деңгээлди алып салуу; далилдер жана жазуулар калат (Delete баскычы)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмөн</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орточо</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жогору</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Ишеним:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Далилдер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазуулар</translation>
    </message>
    <message>
        <source>Observations; for N/A, the reason</source>
        <translation>Байкоолор; «колдонулбайт» үчүн — себеби</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>What should change to reach the next level</source>
        <translation>Кийинки деңгээлге жетүү үчүн эмнени өзгөртүү керек</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>салмагы %1</translation>
    </message>
    <message>
        <source>Critical: a level below %1 raises a red flag for the sector</source>
        <translation>Критикалык: %1 деңгээлден төмөн болсо тармак үчүн кызыл желек көтөрүлөт</translation>
    </message>
    <message>
        <source> and caps the dimension at %1 %</source>
        <translation> жана өлчөмдү %1 % менен чектейт</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>«%1» үчүн баа</translation>
    </message>
    <message>
        <source>Select a sector column in the grid to score this criterion.</source>
        <translation>Бул критерийди баалоо үчүн таблицадан тармактын мамычасын тандаңыз.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1-деңгээл</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Азырынча бааланган эмес</translation>
    </message>
    <message>
        <source>Scored by %1</source>
        <translation>Баалаган: %1</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Тастыкталган эмес</translation>
    </message>
    <message>
        <source>Looked for but not found in the sources available: counts as unscored, raises no red flag and is listed to verify (key U)</source>
        <translation>Изделди, бирок жеткиликтүү булактардан табылган жок: бааланбаган деп эсептелет, кызыл желек көтөрбөйт жана текшерүү тизмесине кирет (U баскычы)</translation>
    </message>
    <message>
        <source>What would settle it</source>
        <translation>Эмне чечет</translation>
    </message>
    <message>
        <source>The source or check that would give a level, e.g. the operator&apos;s member catalogue</source>
        <translation>Деңгээл бере турган булак же текшерүү, мисалы, оператордун катышуучулар каталогу</translation>
    </message>
</context>
<context>
    <name>dpi::CriterionPreview</name>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — as analysts see it while scoring</source>
        <translation>&lt;b&gt;Алдын ала көрүү&lt;/b&gt; — аналитиктер баалоо учурунда көргөндөй</translation>
    </message>
    <message>
        <source>Scores given here go to a sample sector and are not kept.</source>
        <translation>Бул жерде коюлган баалар үлгү тармакка тиешелүү жана сакталбайт.</translation>
    </message>
    <message>
        <source>Language of the preview</source>
        <translation>Алдын ала көрүүнүн тили</translation>
    </message>
    <message>
        <source>Select a criterion in the tree to see it as analysts will.</source>
        <translation>Аналитиктер көргөндөй көрүү үчүн дарактан критерийди тандаңыз.</translation>
    </message>
    <message>
        <source>Framework preview</source>
        <translation>Методиканы алдын ала көрүү</translation>
    </message>
    <message>
        <source>Sample sector</source>
        <translation>Үлгү тармак</translation>
    </message>
</context>
<context>
    <name>dpi::DashboardWidget</name>
    <message>
        <source>Add a framework and a sector to see results here.</source>
        <translation>Натыйжаларды бул жерден көрүү үчүн методика жана тармак кошуңуз.</translation>
    </message>
    <message>
        <source>Radars for &amp;framework:</source>
        <translation>&amp;Методика үчүн радарлар:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Sector</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;тармак&quot; is used for sector throughout; please confirm it reads as an economic/government sector</translatorcomment>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгээл</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Кызыл желектер</translation>
    </message>
    <message>
        <source>%1 (below %2)</source>
        <translation>%1 (%2 босогосунан төмөн)</translation>
    </message>
    <message>
        <source>Red flags (%1)</source>
        <translation>Кызыл желектер (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>жогору</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>орто</translation>
    </message>
    <message>
        <source>low</source>
        <translation>төмөн</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Confidence of the %1 score(s) behind it: %2 high, %3 medium, %4 low, %5 not given (counted as low). The label is the median.</source>
        <translation>Анын артындагы баалардын ишеними (%1): жогору %2, орто %3, төмөн %4, көрсөтүлбөгөн %5 (төмөн деп эсептелет). Медиана көрсөтүлөт.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Coverage %1: %2 of %3 applicable criteria scored, %4 unverified.
%5</source>
        <translation>Камтуу %1: %3 колдонулуучу критерийден %2 бааланды, %4 тастыкталган эмес.
%5</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>шайкеш</translation>
    </message>
    <message>
        <source>does not meet</source>
        <translation>шайкеш эмес</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>аныкталган жок</translation>
    </message>
    <message>
        <source>%1 of %2 passed, %3 failed, %4 unverified, %5 unscored</source>
        <translation>%2 шарттан %1 аткарылды, %3 аткарылган жок, %4 тастыкталган эмес, %5 бааланган эмес</translation>
    </message>
    <message>
        <source>Under each percentage: its coverage (applicable criteria scored) · the confidence of the scores behind it (their median; not given counts as low). Gate frameworks are checklists, never averaged. The figures are not a ranking.</source>
        <translation>Ар бир пайыздын астында: камтуу (бааланган колдонулуучу критерийлер) · анын артындагы баалардын ишеними (медианасы; көрсөтүлбөгөнү төмөн деп эсептелет). Шарттар тизмеси методикалары — текшерүү тизмелери, алар орточоланбайт. Сандар рейтинг эмес.</translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation>Аналитиктердин макулдугу</translation>
    </message>
    <message>
        <source>%1: %2
%3 covered · %4 confidence</source>
        <translation>%1: %2
камтуу %3 · ишеним %4</translation>
    </message>
    <message>
        <source>%1
%2 of %3 passed</source>
        <translation>%1
%3 шарттан %2 аткарылды</translation>
    </message>
    <message>
        <source>%1
%2 covered · %3 confidence</source>
        <translation>%1
камтуу %2 · ишеним %3</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (тастыкталган эмес)</translation>
    </message>
    <message>
        <source>Unscored and unverified criteria (%1)</source>
        <translation>Бааланбаган жана тастыкталбаган критерийлер (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>азырынча бааланган эмес</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>колд. эмес</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>колдонулбайт</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>тастыкталган эмес</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>аткарылды</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>аткарылган жок</translation>
    </message>
    <message numerus="yes">
        <source>Gates (%n framework(s), never averaged)</source>
        <translatorcomment>Uncertain Kyrgyz: &apos;шарт&apos; (condition) for a gate of a gate framework.</translatorcomment>
        <translation>
            <numerusform>Шарттар (%n методика, орточоланбайт)</numerusform>
            <numerusform>Шарттар (%n методика, орточоланбайт)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpi::DiagnosticsView</name>
    <message>
        <source>Location</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;Түрү&quot; (kind) is used for severity (error or warning) so that the column header fits; &quot;Олуттуулугу&quot; is the literal word</translatorcomment>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ката</numerusform>
            <numerusform>%n ката</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n эскертүү</numerusform>
            <numerusform>%n эскертүү</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>ката</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>эскертүү</translation>
    </message>
</context>
<context>
    <name>dpi::DimensionForm</name>
    <message>
        <source>Dimension</source>
        <translation>Өлчөм</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Аталыш:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Сүрөттөмө:</translation>
    </message>
    <message>
        <source>Weight in the framework:</source>
        <translation>Методикадагы салмагы:</translation>
    </message>
    <message>
        <source>Edit dimension title</source>
        <translation>Өлчөмдүн аталышын түзөтүү</translation>
    </message>
    <message>
        <source>Edit dimension description</source>
        <translation>Өлчөмдүн сүрөттөмөсүн түзөтүү</translation>
    </message>
    <message>
        <source>Change dimension weight</source>
        <translation>Өлчөмдүн салмагын өзгөртүү</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n критерий</numerusform>
            <numerusform>%n критерий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n critical</source>
        <translation>
            <numerusform>, %n критикалык</numerusform>
            <numerusform>, %n критикалык</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename dimension %1 to %2</source>
        <translation>%1 өлчөмүнүн атын %2 кылып өзгөртүү</translation>
    </message>
</context>
<context>
    <name>dpi::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Аталышы жок</translation>
    </message>
    <message>
        <source>The project has no file name yet.</source>
        <translation>Долбоордун азырынча файл аты жок.</translation>
    </message>
</context>
<context>
    <name>dpi::EvidenceEditor</name>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Өйдө</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ылдый</translation>
    </message>
    <message>
        <source>What was found, e.g. “Listed as a member in the catalogue”</source>
        <translation>Эмне табылды, мисалы «Каталогдо мүчө катары көрсөтүлгөн»</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Булактын URL&apos;и</translation>
    </message>
</context>
<context>
    <name>dpi::EvidenceModel</name>
    <message>
        <source>Evidence</source>
        <translation>Далилдер</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Булактын URL&apos;и</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>dpi::FallbackMarker</name>
    <message>
        <source>shown in Russian: no Kyrgyz text</source>
        <translation>орусча көрсөтүлдү: кыргызча тексти жок</translation>
    </message>
    <message>
        <source>shown in English: no Kyrgyz or Russian text</source>
        <translation>англисче көрсөтүлдү: кыргызча да, орусча да тексти жок</translation>
    </message>
    <message>
        <source>shown in English: no Russian text</source>
        <translation>англисче көрсөтүлдү: орусча тексти жок</translation>
    </message>
    <message>
        <source>shown in the language “%1”: no text in “%2”</source>
        <translation>«%1» тилинде көрсөтүлдү: «%2» тилинде тексти жок</translation>
    </message>
</context>
<context>
    <name>dpi::FilterBar</name>
    <message>
        <source>Unscored only</source>
        <translation>Бааланбагандар гана</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Критикалыктар гана</translation>
    </message>
    <message>
        <source>Search criteria (id, title, question)</source>
        <translation>Критерийлерди издөө (id, аталыш, суроо)</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>Өлчөм:</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Бардык өлчөмдөр</translation>
    </message>
    <message>
        <source>Disagreements only</source>
        <translation>Келишпестиктер гана</translation>
    </message>
    <message>
        <source>Criteria on which the analysts gave different levels in some sector</source>
        <translation>Аналитиктер кайсы бир тармакта ар башка деңгээл берген критерийлер</translation>
    </message>
    <message>
        <source>Changed since last round</source>
        <translation>Мурунку айлампадан бери өзгөргөн</translation>
    </message>
    <message>
        <source>Criteria whose level, N/A, unverified mark or confidence differs from the previous round in some sector</source>
        <translation>Кайсы бир тармакта деңгээли, «колд. эмес» же «тастыкталган эмес» белгиси, же ишеними мурунку айлампадан айырмаланган критерийлер</translation>
    </message>
</context>
<context>
    <name>dpi::FindingListModel</name>
    <message>
        <source>Key finding</source>
        <translation>Негизги тыянак</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Күчтүү жагы</translation>
    </message>
    <message>
        <source>Linked criteria</source>
        <translation>Критерийлер</translation>
    </message>
</context>
<context>
    <name>dpi::FindingsPage</name>
    <message>
        <source>Turn Recommendations into Actions</source>
        <translation>Сунуштарды иш-аракеттерге айландыруу</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Негизги тыянактар</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Күчтүү жактары</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Иш-аракеттер планы</translation>
    </message>
    <message>
        <source>Each score&apos;s one-line recommendation becomes an action of its sector, linked to that criterion, with medium priority.</source>
        <translation>Ар бир баанын бир саптык сунушу ошол критерий менен байланышкан, орто артыкчылыктагы өз тармагынын иш-аракетине айланат.</translation>
    </message>
    <message>
        <source>&amp;Conclusions of:</source>
        <translation>&amp;Тыянактар:</translation>
    </message>
    <message>
        <source>The whole assessment</source>
        <translation>Баалоо жалпысынан</translation>
    </message>
    <message>
        <source>No score has a recommendation to turn into an action.</source>
        <translation>Иш-аракетке айландыра турган сунушу бар баа жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) turned into actions.</source>
        <translation>
            <numerusform>%n сунуш иш-аракетке айландырылды.</numerusform>
            <numerusform>%n сунуш иш-аракеттерге айландырылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkDiffDialog</name>
    <message>
        <source>Compare Frameworks — %1 → %2</source>
        <translation>Методикаларды салыштыруу — %1 → %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkDiffView</name>
    <message>
        <source>Copy as Text</source>
        <translation>Текст катары көчүрүү</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>JSON катары сактоо…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%2)&lt;/span&gt; &amp;nbsp;→&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%4)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%2)&lt;/span&gt; &amp;nbsp;→&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%4)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Filter changes (id, title, text)…</source>
        <translation>Өзгөрүүлөрдү чыпкалоо (id, аталыш, текст)…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөрүү</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кийин</translation>
    </message>
    <message>
        <source>Copy the changes as text, in the form of “dpiw diff”</source>
        <translation>Өзгөрүүлөрдү «dpiw diff» түрүндө текст катары көчүрүү</translation>
    </message>
    <message>
        <source>Save the changes as JSON, in the form of “dpiw diff --format json”</source>
        <translation>Өзгөрүүлөрдү «dpiw diff --format json» түрүндө JSON катары сактоо</translation>
    </message>
    <message>
        <source>Save Framework Diff as JSON</source>
        <translation>Методикаларды салыштырууну JSON катары сактоо</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON файлдары (*.json);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Айырма жок</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 renamed, %4 changed</source>
        <translation>кошулду: %1, алынды: %2, аты өзгөрдү: %3, өзгөрдү: %4</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;No differences: the two frameworks are the same.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;Айырма жок: эки методика бирдей.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 changes shown</source>
        <translation>%2 өзгөрүүнүн %1 көрсөтүлдү</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n change(s) as text.</source>
        <translation>
            <numerusform>%n өзгөрүү текст катары көчүрүлдү.</numerusform>
            <numerusform>%n өзгөрүү текст катары көчүрүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 сакталган жок: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сакталды: %1</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Аталышы жок</translation>
    </message>
    <message>
        <source>The file is larger than 16 MiB.</source>
        <translation>Файлдын көлөмү 16 МиБ чегинен ашат.</translation>
    </message>
    <message>
        <source>The framework has no file name yet.</source>
        <translation>Методиканын азырынча файл аты жок.</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkEditorActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The project uses no framework</source>
        <translation>Долбоор эч бир методиканы колдонбойт</translation>
    </message>
    <message>
        <source>Edit &amp;Framework…</source>
        <translation>&amp;Методиканы түзөтүү…</translation>
    </message>
    <message>
        <source>Edit framework</source>
        <translation>Методиканы түзөтүү</translation>
    </message>
    <message>
        <source>Framework files (*.framework.yaml *.framework.yml);;All files (*)</source>
        <translation>Методика файлдары (*.framework.yaml *.framework.yml);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>&amp;New Framework</source>
        <translation>&amp;Жаңы методика</translation>
    </message>
    <message>
        <source>Edit Framework of This &amp;Project</source>
        <translation>Бул &amp;долбоордун методикасын түзөтүү</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkEditorWindow</name>
    <message>
        <source>Framework files (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Методика файлдары (*.framework.yaml *.framework.yml);;YAML файлдары (*.yaml *.yml);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Түзүлүш</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Framework</source>
        <translation>&amp;Жаңы методика</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ачуу…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Башкача сактоо…</translation>
    </message>
    <message>
        <source>Save as New &amp;Version…</source>
        <translation>Жаңы &amp;версия катары сактоо…</translation>
    </message>
    <message>
        <source>Create &amp;Variant…</source>
        <translation>В&amp;ариант түзүү…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Кийинки көйгөй</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Мурунку көйгөй</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Салыштыруу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Түзүлүш</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>Open framework</source>
        <translation>Методиканы ачуу</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 ачылган жок:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ачылды: %1</translation>
    </message>
    <message>
        <source>Save framework</source>
        <translation>Методиканы сактоо</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1 сакталган жок:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сакталды: %1</translation>
    </message>
    <message>
        <source>Save framework as</source>
        <translation>Методиканы башкача сактоо</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>Жаңы версия катары сактоо</translation>
    </message>
    <message>
        <source>The YAML has errors. Fix them first: a new version is made from what the text says, and the text does not say it clearly yet.</source>
        <translation>YAML&apos;да каталар бар. Адегенде аларды оңдоңуз: жаңы версия тексттеги маалыматтан түзүлөт, ал эми текст азырынча муну так айтпайт.</translation>
    </message>
    <message>
        <source>New Version %1</source>
        <translation>Жаңы версия %1</translation>
    </message>
    <message>
        <source>Version %1 is in the editor but not saved; Undo takes it back.</source>
        <translation>%1 версиясы редактордо, бирок сакталган жок; «Артка кайтаруу» аны жокко чыгарат.</translation>
    </message>
    <message>
        <source>Create Variant</source>
        <translation>Вариант түзүү</translation>
    </message>
    <message>
        <source>The YAML has errors. Fix them first: a variant is made from what the text says.</source>
        <translation>YAML&apos;да каталар бар. Адегенде аларды оңдоңуз: вариант тексттеги маалыматтан түзүлөт.</translation>
    </message>
    <message>
        <source>“%1” cannot be the variant&apos;s id: it must be a valid id different from %2.</source>
        <translation>«%1» варианттын id&apos;си боло албайт: ал %2 эмес, башка жарактуу id болушу керек.</translation>
    </message>
    <message>
        <source>Create Variant %1</source>
        <translation>%1 вариантын түзүү</translation>
    </message>
    <message>
        <source>The variant is in the editor but not saved; Undo takes it back.</source>
        <translation>Вариант редактордо, бирок сакталган жок; «Артка кайтаруу» аны жокко чыгарат.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөрүүлөр</translation>
    </message>
    <message>
        <source>The framework “%1” has unsaved changes. Save them?</source>
        <translation>«%1» методикасында сакталбаган өзгөрүүлөр бар. Аларды сактайсызбы?</translation>
    </message>
    <message>
        <source>No problems in the YAML.</source>
        <translation>YAML&apos;да көйгөй жок.</translation>
    </message>
    <message>
        <source>%1[*] — Framework Editor</source>
        <translation>%1[*] — Методика редактору</translation>
    </message>
    <message>
        <source>%1 (last valid state)</source>
        <translation>%1 (акыркы туура абалы)</translation>
    </message>
    <message>
        <source>not readable yet</source>
        <translation>азырынча окулбайт</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 ката</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 ката</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 эскертүү</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 эскертүү</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Артка кайтаруу: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Кайталоо: %1</translation>
    </message>
    <message numerus="yes">
        <source>  (%n times)</source>
        <translation>
            <numerusform>  (%n жолу)</numerusform>
            <numerusform>  (%n жолу)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 комментарий</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>%1 комментарий</translation>
    </message>
    <message>
        <source>%1 of %2 would be lost: edits in the Structure tab rewrite the YAML, and the rewritten text cannot keep comments.</source>
        <translation>%2 ичинен %1 жоголот: «Түзүлүш» өтмөгүндөгү оңдоолор YAML&apos;ды кайра жазат, ал эми кайра жазылган текст комментарийлерди сактай албайт.</translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more</source>
        <translation>
            <numerusform>    … жана дагы %n</numerusform>
            <numerusform>    … жана дагы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“Show YAML Tab” saves nothing: there you can undo the structured edits (Ctrl+Z) to get the comments back and make the change in the text instead, or add the comments again.</source>
        <translation>«YAML өтмөгүн көрсөтүү» эч нерсе сактабайт: ал жерде комментарийлерди кайтаруу үчүн түзүлүштүк оңдоолорду жокко чыгарып (Ctrl+Z), өзгөрүүнү текстте жасасаңыз болот, же комментарийлерди кайра кошуңуз.</translation>
    </message>
    <message>
        <source>Comments would be lost</source>
        <translation>Комментарийлер жоголот</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Аларсыз сактоо</translation>
    </message>
    <message>
        <source>Show YAML Tab</source>
        <translation>YAML өтмөгүн көрсөтүү</translation>
    </message>
    <message>
        <source>Not saved. Undo the structured edits here to get the comments back, or add them again.</source>
        <translation>Сакталган жок. Комментарийлерди кайтаруу үчүн бул жердеги түзүлүштүк оңдоолорду жокко чыгарыңыз же аларды кайра кошуңуз.</translation>
    </message>
    <message>
        <source>Save an invalid framework?</source>
        <translation>Туура эмес методиканы сактайсызбы?</translation>
    </message>
    <message numerus="yes">
        <source>The framework has %n error(s), the first:

%1

It can be saved as it is to finish later, but projects cannot use it and the Structure tab cannot show it until the errors are fixed.</source>
        <translation>
            <numerusform>Методикада %n ката бар, биринчиси:

%1

Аны кийин бүтүрүү үчүн ушул бойдон сактоого болот, бирок каталар оңдолмоюнча долбоорлор аны колдоно албайт жана «Түзүлүш» өтмөгү аны көрсөтө албайт.</numerusform>
            <numerusform>Методикада %n ката бар, биринчиси:

%1

Аны кийин бүтүрүү үчүн ушул бойдон сактоого болот, бирок каталар оңдолмоюнча долбоорлор аны колдоно албайт жана «Түзүлүш» өтмөгү аны көрсөтө албайт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Баары бир сактоо</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkForm</name>
    <message>
        <source>Framework</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;методика&quot; for framework (assessment framework) is a loan word shared with Russian; please confirm</translatorcomment>
        <translation>Методика</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Use “Save as New Version” to change it; that also adds a changelog entry.</source>
        <translation>Аны өзгөртүү үчүн «Жаңы версия катары сактоо» буйругун колдонуңуз; ал өзгөртүүлөр журналына да жазуу кошот.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>not derived from another framework</source>
        <translation>башка методикага негизделген эмес</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation>Негизделген:</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0</source>
        <translation>мисалы CC-BY-4.0</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>One author per line</source>
        <translation>Ар бир сапка бир автор</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Авторлор:</translation>
    </message>
    <message>
        <source>Edit licence</source>
        <translation>Лицензияны түзөтүү</translation>
    </message>
    <message>
        <source>Edit authors</source>
        <translation>Авторлорду түзөтүү</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Тексттер</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Аталыш:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Сүрөттөмө:</translation>
    </message>
    <message>
        <source>Edit framework title</source>
        <translation>Методиканын аталышын түзөтүү</translation>
    </message>
    <message>
        <source>Edit framework description</source>
        <translation>Методиканын сүрөттөмөсүн түзөтүү</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Булактар</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталыш</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Текшерилген</translation>
    </message>
    <message>
        <source>Accessed: the date the URL was last checked, YYYY-MM-DD</source>
        <translation>Текшерилген: URL акыркы жолу текшерилген күн, ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Булак кошуу</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Булакты алып салуу</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <translation>Булактарды түзөтүү</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Analysts may mark a criterion “not applicable”</source>
        <translation>Аналитиктер критерийди «колдонулбайт» деп белгилей алат</translation>
    </message>
    <message>
        <source>Level values are fixed here: rubrics and scores refer to them. Change them in the YAML tab if you must.</source>
        <translation>Деңгээлдердин маанилери бул жерде өзгөрбөйт: рубрикалар жана баалар аларга шилтейт. Өтө зарыл болсо, аларды YAML өтмөгүндө өзгөртүңүз.</translation>
    </message>
    <message>
        <source>Allow “not applicable”</source>
        <translation>«Колдонулбайт» деп белгилөөгө уруксат берүү</translation>
    </message>
    <message>
        <source>Forbid “not applicable”</source>
        <translation>«Колдонулбайт» деп белгилөөгө тыюу салуу</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>Өзгөртүүлөр журналы</translation>
    </message>
    <message>
        <source>&lt;i&gt;No changelog entries yet. “Save as New Version” adds one.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Өзгөртүүлөр журналында азырынча жазуу жок. Аны «Жаңы версия катары сактоо» кошот.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Level %1 label:</source>
        <translation>%1-деңгээлдин энбелгиси:</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>сүрөттөмө:</translation>
    </message>
    <message>
        <source>Edit scale level %1</source>
        <translation>%1 шкала деңгээлин түзөтүү</translation>
    </message>
    <message>
        <source>Change framework id to %1</source>
        <translation>Методиканын id&apos;син %1 кылып өзгөртүү</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Жаңы булак</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>%1 булагын алып салуу</translation>
    </message>
    <message>
        <source>Projects pin the framework as id@version. To adapt someone else&apos;s framework, use “Create Variant” instead of changing the id.</source>
        <translation>Долбоорлор методиканы id@version катары бекитет. Башка бирөөнүн методикасын ыңгайлаштыруу үчүн id&apos;ни өзгөртпөй, «Вариант түзүү» буйругун колдонуңуз.</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkSourcePicker</name>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>In this project: %1 (%2@%3)</source>
        <translation>Бул долбоордо: %1 (%2@%3)</translation>
    </message>
    <message>
        <source>Framework file…</source>
        <translation>Методика файлы…</translation>
    </message>
    <message>
        <source>path/to/name.framework.yaml</source>
        <translation>жол/аталыш.framework.yaml</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>бул долбоор</translation>
    </message>
    <message>
        <source>Choose a framework file.</source>
        <translation>Методика файлын тандаңыз.</translation>
    </message>
    <message>
        <source>%1: error: not a usable framework file</source>
        <translation>%1: ката: колдонууга жараксыз методика файлы</translation>
    </message>
    <message>
        <source>Choose Framework</source>
        <translation>Методиканы тандоо</translation>
    </message>
    <message>
        <source>Frameworks (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Методикалар (*.framework.yaml *.framework.yml);;YAML файлдары (*.yaml *.yml);;Бардык файлдар (*)</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkStructureEditor</name>
    <message>
        <source>Dimensions and criteria</source>
        <translation>Өлчөмдөр жана критерийлер</translation>
    </message>
    <message>
        <source>Language of the titles in the tree</source>
        <translation>Дарактагы аталыштардын тили</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Өлчөм</translation>
    </message>
    <message>
        <source>Add a dimension after the selected one</source>
        <translation>Тандалгандан кийин өлчөм кошуу</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Add a criterion to the selected dimension</source>
        <translation>Тандалган өлчөмгө критерий кошуу</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Көчүрмөсүн түзүү</translation>
    </message>
    <message>
        <source>Duplicate the selected element with a new id</source>
        <translation>Тандалган элементтин жаңы id менен көчүрмөсүн түзүү</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Remove the selected element</source>
        <translation>Тандалган элементти алып салуу</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Өйдө</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Өйдө</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Ылдый</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ылдый</translation>
    </message>
    <message>
        <source>+ Dimension</source>
        <translation>+ Өлчөм</translation>
    </message>
    <message>
        <source>+ Criterion</source>
        <translation>+ Критерий</translation>
    </message>
    <message>
        <source>Add Language…</source>
        <translation>Тил кошуу…</translation>
    </message>
    <message>
        <source>Add a column for another language (e.g. ky for Kyrgyz) to every text</source>
        <translation>Ар бир текстке башка тил үчүн мамыча кошуу (мисалы, кыргыз тили үчүн ky)</translation>
    </message>
    <message>
        <source>The YAML has never been valid, so there is nothing to show yet. Fix it in the YAML tab.</source>
        <translation>YAML эч качан туура болгон эмес, ошондуктан азырынча көрсөтө турган эч нерсе жок. Аны YAML өтмөгүндө оңдоңуз.</translation>
    </message>
    <message>
        <source>The YAML has errors; fix them in the YAML tab to edit here.</source>
        <translation>YAML&apos;да каталар бар; бул жерде түзөтүү үчүн аларды YAML өтмөгүндө оңдоңуз.</translation>
    </message>
    <message>
        <source>The YAML has errors; fix them in the YAML tab to edit here. Showing the last valid version, read-only.</source>
        <translation>YAML&apos;да каталар бар; бул жерде түзөтүү үчүн аларды YAML өтмөгүндө оңдоңуз. Акыркы туура версия окуу үчүн гана көрсөтүлдү.</translation>
    </message>
    <message>
        <source>Languages side by side: %1</source>
        <translation>Катар тилдер: %1</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>Тил кошуу</translation>
    </message>
    <message>
        <source>Language code (two or three lower-case letters, e.g. ky for Kyrgyz):</source>
        <translation>Тилдин коду (эки же үч кичине тамга, мисалы кыргыз тили үчүн ky):</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>«%1» — тилдин коду эмес.</translation>
    </message>
    <message>
        <source>This change was not applied: %1</source>
        <translation>Бул өзгөрүү колдонулган жок: %1</translation>
    </message>
    <message>
        <source>Remove Dimension</source>
        <translation>Өлчөмдү алып салуу</translation>
    </message>
    <message numerus="yes">
        <source>Remove the dimension “%1” and its %n criteria?</source>
        <translation>
            <numerusform>«%1» өлчөмүн жана анын %n критерийин алып саласызбы?</numerusform>
            <numerusform>«%1» өлчөмүн жана анын %n критерийин алып саласызбы?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Муну артка кайтарса болот.</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkTreeModel</name>
    <message>
        <source>⚑ &lt;%1</source>
        <translation>⚑ &lt;%1</translation>
    </message>
    <message>
        <source>Missing translations:
%1</source>
        <translation>Котормолор жок:
%1</translation>
    </message>
    <message>
        <source>Critical: a level below %1 raises a red flag for the sector</source>
        <translation>Критикалык: %1 деңгээлден төмөн болсо тармак үчүн кызыл желек көтөрүлөт</translation>
    </message>
    <message>
        <source> and caps the dimension at %1 %</source>
        <translation> жана өлчөмдү %1 % менен чектейт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмак</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталыш</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критикалык</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkValidator</name>
    <message>
        <source>the framework needs a title in at least one language</source>
        <translation>методикага жок дегенде бир тилде аталыш керек</translation>
    </message>
    <message>
        <source>duplicate %1 (first used at line %2)</source>
        <translation>кайталанган %1 (биринчи жолу %2-сапта)</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>кайталанган %1</translation>
    </message>
    <message>
        <source>&apos;id&apos; must not be empty</source>
        <translation>«id» бош болбошу керек</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>«%1» жарактуу id эмес: тамгаларды, сандарды, «.», «_» жана «-» колдонуңуз, тамга же сан менен баштаңыз</translation>
    </message>
    <message>
        <source>&apos;version&apos; must not be empty</source>
        <translation>«version» бош болбошу керек</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)</source>
        <translation>«%1» версиясы семантикалык версия эмес (MAJOR.MINOR.PATCH, мисалы 1.0.0)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>«%1» жарактуу дата эмес (ЖЖЖЖ-АА-КК күтүлөт)</translation>
    </message>
    <message>
        <source>&apos;weight&apos; must be greater than 0, not %1</source>
        <translation>«weight» 0дөн чоң болушу керек, %1 эмес</translation>
    </message>
    <message>
        <source>&apos;derived_from&apos; must be id@version (e.g. govstack-readiness@1.0.0), not &apos;%1&apos;</source>
        <translation>«derived_from» id@версия түрүндө болушу керек (мисалы govstack-readiness@1.0.0), «%1» эмес</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>булактын id&apos;си</translation>
    </message>
    <message>
        <source>&apos;title&apos; must not be empty</source>
        <translation>«title» бош болбошу керек</translation>
    </message>
    <message>
        <source>scale level value %1</source>
        <translation>шкала деңгээлинин мааниси %1</translation>
    </message>
    <message>
        <source>scale levels must be listed from lowest to highest; %1 comes after %2</source>
        <translation>шкаланын деңгээлдери төмөнкүдөн жогоркуга карай саналышы керек; %1 %2дөн кийин келет</translation>
    </message>
    <message>
        <source>scale level %1 needs a label in at least one language</source>
        <translation>шкаланын %1-деңгээлине жок дегенде бир тилде аталыш керек</translation>
    </message>
    <message>
        <source>a scale needs at least two levels</source>
        <translation>шкалага жок дегенде эки деңгээл керек</translation>
    </message>
    <message>
        <source>a gate framework&apos;s scale has exactly two levels (does not meet, then meets), not %1</source>
        <translatorcomment>Uncertain Kyrgyz: &apos;шарттар тизмеси методикасы&apos; for a gate framework.</translatorcomment>
        <translation>шарттар тизмеси методикасынын шкаласында так эки деңгээл болот (шайкеш эмес, андан кийин шайкеш), %1 эмес</translation>
    </message>
    <message>
        <source>a framework needs at least one dimension</source>
        <translation>методикага жок дегенде бир өлчөм керек</translation>
    </message>
    <message>
        <source>dimension id</source>
        <translation>өлчөмдүн id&apos;си</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos;</source>
        <translation>«%1» өлчөмү</translation>
    </message>
    <message>
        <source>a dimension</source>
        <translation>өлчөм</translation>
    </message>
    <message>
        <source>%1 needs a title in at least one language</source>
        <translation>%1: жок дегенде бир тилде аталыш керек</translation>
    </message>
    <message>
        <source>%1 has no criteria</source>
        <translation>%1: критерийлер жок</translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation>критерийдин id&apos;си</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;</source>
        <translation>«%1» критерийи</translation>
    </message>
    <message>
        <source>a criterion</source>
        <translation>критерий</translation>
    </message>
    <message>
        <source>%1 needs a question in at least one language</source>
        <translation>%1: жок дегенде бир тилде суроо керек</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;replaces&apos; is not a valid id</source>
        <translation>«replaces» ичиндеги «%1» жарактуу id эмес</translation>
    </message>
    <message>
        <source>critical threshold %1 is outside the scale: &apos;below&apos; must be between %2 and %3</source>
        <translation>%1 критикалык босогосу шкаладан тышкары: «below» %2 менен %3 ортосунда болушу керек</translation>
    </message>
    <message>
        <source>&apos;cap&apos; is a percentage and must be between 0 and 100, not %1</source>
        <translation>«cap» — пайыз, ал 0 менен 100 ортосунда болушу керек, %1 эмес</translation>
    </message>
    <message>
        <source>&apos;cap&apos; has no effect in a gate framework: gates are counted, never averaged; it is ignored</source>
        <translation>«cap» шарттар тизмеси методикасында иштебейт: шарттар саналат, орточоланбайт; ал эске алынбайт</translation>
    </message>
    <message>
        <source>the rubric of &apos;%1&apos;</source>
        <translation>«%1» рубрикасы</translation>
    </message>
    <message>
        <source>the rubric</source>
        <translation>рубрика</translation>
    </message>
    <message>
        <source>%1 is empty; describe each level of the scale</source>
        <translation>%1 бош; шкаланын ар бир деңгээлин сүрөттөңүз</translation>
    </message>
    <message>
        <source>rubric level %1 is not on the scale (%2)</source>
        <translation>рубриканын %1-деңгээли шкалада жок (%2)</translation>
    </message>
    <message>
        <source>rubric level %1 of &apos;%2&apos; is empty</source>
        <translation>«%2» рубрикасынын %1-деңгээли бош</translation>
    </message>
    <message>
        <source>rubric level %1 is empty</source>
        <translation>рубриканын %1-деңгээли бош</translation>
    </message>
    <message>
        <source>%1 does not describe level %2</source>
        <translation>%1 %2-деңгээлди сүрөттөбөйт</translation>
    </message>
    <message>
        <source>a reference needs at least one key: value pair, e.g. {url: &quot;https://...&quot;}</source>
        <translation>шилтемеге жок дегенде бир ачкыч: маани жубу керек, мисалы {url: &quot;https://...&quot;}</translation>
    </message>
    <message>
        <source>a reference key must not be empty</source>
        <translation>шилтеменин ачкычы бош болбошу керек</translation>
    </message>
    <message>
        <source>the changelog entry for %1 needs a summary in at least one language</source>
        <translation>%1 үчүн өзгөрүүлөр журналынын жазуусуна жок дегенде бир тилде кыскача баяндама керек</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkVariantDialog</name>
    <message>
        <source>Create Variant</source>
        <translation>Вариант түзүү</translation>
    </message>
    <message>
        <source>A variant is a framework of its own, adapted from &lt;b&gt;%1&lt;/b&gt;: it gets a new id, starts at version 1.0.0 and records &lt;code&gt;derived_from: %1&lt;/code&gt;. Criterion ids stay, so assessments made with either can be compared.</source>
        <translation>Вариант — &lt;b&gt;%1&lt;/b&gt; негизинде ыңгайлаштырылган өз алдынча методика: ал жаңы id алат, 1.0.0 версиясынан башталат жана &lt;code&gt;derived_from: %1&lt;/code&gt; деп жазат. Критерийлердин id&apos;лери өзгөрбөйт, ошондуктан экөөнүн бири менен жасалган баалоолорду салыштырууга болот.</translation>
    </message>
    <message>
        <source>New &amp;id:</source>
        <translation>Жаңы &amp;id:</translation>
    </message>
    <message>
        <source>Title (&amp;en):</source>
        <translation>Аталыш (&amp;en):</translation>
    </message>
    <message>
        <source>Title (&amp;ru):</source>
        <translation>Аталыш (&amp;ru):</translation>
    </message>
    <message>
        <source>Continue to Save As…</source>
        <translation>«Башкача сактоого» өтүү…</translation>
    </message>
    <message>
        <source>Enter an id for the variant.</source>
        <translation>Варианттын id&apos;син киргизиңиз.</translation>
    </message>
    <message>
        <source>An id starts with a letter or digit and uses only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Id тамга же цифра менен башталып, тамгалардан, цифралардан, «.», «_» жана «-» белгилеринен гана турат.</translation>
    </message>
    <message>
        <source>The variant needs an id different from %1.</source>
        <translation>Вариантка %1 эмес, башка id керек.</translation>
    </message>
    <message>
        <source>The variant will be %1@1.0.0, derived from %2.</source>
        <translation>Вариант %2 негизинде %1@1.0.0 болот.</translation>
    </message>
</context>
<context>
    <name>dpi::GridLegend</name>
    <message>
        <source>not applicable</source>
        <translation>колдонулбайт</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>бааланган эмес</translation>
    </message>
    <message>
        <source>critical failure</source>
        <translation>критикалык ийгиликсиздик</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>далилдер</translation>
    </message>
    <message>
        <source>gate passed</source>
        <translatorcomment>Uncertain Kyrgyz: &apos;шарт&apos; (condition) for a gate.</translatorcomment>
        <translation>шарт аткарылды</translation>
    </message>
    <message>
        <source>gate failed</source>
        <translation>шарт аткарылган жок</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>тастыкталган эмес</translation>
    </message>
    <message>
        <source>changed since the last round</source>
        <translation>мурунку айлампадан бери өзгөргөн</translation>
    </message>
</context>
<context>
    <name>dpi::LanguageHeader</name>
    <message>
        <source>Optional: the framework uses this language in a few places only</source>
        <translation>Милдеттүү эмес: методика бул тилди бир нече жерде гана колдонот</translation>
    </message>
</context>
<context>
    <name>dpi::LocalizedTextField</name>
    <message>
        <source>Missing %1 translation</source>
        <translation>%1 котормосу жок</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (милдеттүү эмес)</translation>
    </message>
</context>
<context>
    <name>dpi::MainWindow</name>
    <message>
        <source>Framework upgraded. Edit &gt; Undo restores the project as it was.</source>
        <translation>Методика жаңыртылды. «Түзөтүү › Артка кайтаруу» долбоорду мурунку абалына кайтарат.</translation>
    </message>
    <message>
        <source>&amp;Compare Frameworks…</source>
        <translation>Методикаларды &amp;салыштыруу…</translation>
    </message>
    <message>
        <source>What changed between two versions of a framework</source>
        <translation>Методиканын эки версиясынын ортосунда эмне өзгөрдү</translation>
    </message>
    <message>
        <source>&amp;Upgrade Framework in Assessment…</source>
        <translation>Баалоодогу методиканы &amp;жаңыртуу…</translation>
    </message>
    <message>
        <source>Move this assessment to a newer version of one of its frameworks</source>
        <translation>Бул баалоону анын методикаларынын биринин жаңы версиясына өткөрүү</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Баалоо</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Автосактоо ишке ашкан жок: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Натыйжалар</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;ачык долбоор&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарых</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Жаңы долбоор…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ачуу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Акыркылар</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Башкача сактоо…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттоо</translation>
    </message>
    <message>
        <source>Scores from &amp;CSV…</source>
        <translation>&amp;CSV&apos;ден баалар…</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>Бааларды импорттоо</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV файлдары (*.csv);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Scores as &amp;CSV…</source>
        <translation>Баалар &amp;CSV катары…</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Бааларды экспорттоо</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Отчет (PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Отчетту экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>&amp;Find Criterion</source>
        <translation>Критерийди &amp;табуу</translation>
    </message>
    <message>
        <source>Back to the &amp;Grid</source>
        <translation>&amp;Таблицага кайтуу</translation>
    </message>
    <message>
        <source>Analyst &amp;Name…</source>
        <translation>Аналитиктин &amp;аты…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Жөндөөлөр…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <source>Content &amp;Language</source>
        <translation>Мазмундун &amp;тили</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Куралдар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;Keyboard Scoring</source>
        <translation>&amp;Баскычтоптон баалоо</translation>
    </message>
    <message>
        <source>Keyboard scoring</source>
        <translation>Баскычтоптон баалоо</translation>
    </message>
    <message>
        <source>&amp;About DPI Workbench</source>
        <translation>DPI Workbench &amp;жөнүндө</translation>
    </message>
    <message>
        <source>The new interface language applies at the next start.</source>
        <translation>Интерфейстин жаңы тили кийинки ишке киргизгенде колдонулат.</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Аналитиктин аты</translation>
    </message>
    <message>
        <source>Name stamped on the scores you set:</source>
        <translation>Сиз койгон бааларга жазылуучу ат:</translation>
    </message>
    <message>
        <source>Bundled frameworks in %1</source>
        <translation>%1 ичиндеги камтылган методикалар</translation>
    </message>
    <message>
        <source>%1[*] — DPI Workbench</source>
        <translation>%1[*] — DPI Workbench</translation>
    </message>
    <message>
        <source>%1 of %2 cells scored</source>
        <translation>%2 уячанын %1 бааланды</translation>
    </message>
    <message>
        <source> · %1 N/A</source>
        <translation> · колдонулбайт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s)</source>
        <translation>
            <numerusform>%n кызыл желек</numerusform>
            <numerusform>%n кызыл желек</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 мындан ары жок.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Акыркы долбоорлор жок</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Менюну тазалоо</translation>
    </message>
    <message>
        <source>Open project or framework</source>
        <translation>Долбоорду же методиканы ачуу</translation>
    </message>
    <message>
        <source>Reading framework %1</source>
        <translation>%1 методикасы окулууда</translation>
    </message>
    <message>
        <source>%1 has errors; see Diagnostics.</source>
        <translation>%1 ичинде каталар бар; «Диагностиканы» караңыз.</translation>
    </message>
    <message>
        <source>Framework %1 added to the library for new projects.</source>
        <translation>%1 методикасы жаңы долбоорлор үчүн китепканага кошулду.</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Сакталбаган өзгөрүүлөрдү калыбына келтиресизби?</translation>
    </message>
    <message>
        <source>DPI Workbench did not close properly while “%1” had unsaved changes.

An autosaved version from %2 exists. Restore it? You can undo the restore.</source>
        <translation>«%1» ичинде сакталбаган өзгөрүүлөр турганда DPI Workbench туура эмес жабылды.

%2 убагындагы автосакталган версия бар. Аны калыбына келтиресизби? Калыбына келтирүүнү артка кайтарса болот.</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>файлдын көлөмү 16 МиБ чегинен ашат</translation>
    </message>
    <message>
        <source>Importing %1 failed</source>
        <translation>%1 импорттолгон жок</translation>
    </message>
    <message>
        <source>Import conflicts</source>
        <translation>Импорттоо карама-каршылыктары</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in %1 differ from scores already in the project.

Take the imported scores (Yes) or keep the project&apos;s (No)?</source>
        <translation>
            <numerusform>%1 ичиндеги %n уяча долбоордо мурунтан бар баалардан айырмаланат.

Импорттолгон бааларды аласызбы (Ооба) же долбоордукун калтырасызбы (Жок)?</numerusform>
            <numerusform>%1 ичиндеги %n уяча долбоордо мурунтан бар баалардан айырмаланат.

Импорттолгон бааларды аласызбы (Ооба) же долбоордукун калтырасызбы (Жок)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Импорттолду: %1</translation>
    </message>
    <message>
        <source>Import scores from %1</source>
        <translation>%1 ичинен бааларды импорттоо</translation>
    </message>
    <message>
        <source>%1 changes no score.</source>
        <translation>%1 эч бир бааны өзгөртпөйт.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n cell(s) from %1; Undo takes the import back.</source>
        <translation>
            <numerusform>%1 ичинен %n уяча импорттолду; «Артка кайтаруу» импортту жокко чыгарат.</numerusform>
            <numerusform>%1 ичинен %n уяча импорттолду; «Артка кайтаруу» импортту жокко чыгарат.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорттоо катасы</translation>
    </message>
    <message>
        <source>Could not write “%1”:
%2</source>
        <translation>«%1» жазылган жок:
%2</translation>
    </message>
    <message>
        <source>Exported scores to %1</source>
        <translation>Баалар %1 ичине экспорттолду</translation>
    </message>
    <message>
        <source>New project created; use File › Save As to give it a file.</source>
        <translation>Жаңы долбоор түзүлдү; ага файл берүү үчүн «Файл › Башкача сактоо» колдонуңуз.</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>файл табылган жок</translation>
    </message>
    <message>
        <source>the project could not be read</source>
        <translation>долбоорду окуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <source>Opening %1 failed</source>
        <translation>%1 ачылган жок</translation>
    </message>
    <message numerus="yes">
        <source>Could not open %1: %n error(s); see Diagnostics.</source>
        <translation>
            <numerusform>%1 ачылган жок: %n ката; «Диагностиканы» караңыз.</numerusform>
            <numerusform>%1 ачылган жок: %n ката; «Диагностиканы» караңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ачылды: %1</translation>
    </message>
    <message>
        <source>Reading the recovered version failed</source>
        <translation>Калыбына келтирилген версия окулган жок</translation>
    </message>
    <message>
        <source>Restore recovered changes</source>
        <translation>Өзгөрүүлөрдү калыбына келтирүү</translation>
    </message>
    <message>
        <source>Recovered changes restored; save to keep them.</source>
        <translation>Өзгөрүүлөр калыбына келтирилди; жоготпоо үчүн сактаңыз.</translation>
    </message>
    <message>
        <source>an unsaved new project</source>
        <translation>сакталбаган жаңы долбоор</translation>
    </message>
    <message>
        <source>DPI Workbench did not close properly. An autosaved version of %1 from %2 exists.

Restore it now? “Ignore” keeps it for the next start.</source>
        <translation>DPI Workbench туура эмес жабылды. %1 долбоорунун %2 убагындагы автосакталган версиясы бар.

Аны азыр калыбына келтиресизби? «Өткөрүп жиберүү» аны кийинки ишке киргизүүгө чейин сактайт.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Долбоорду башкача сактоо</translation>
    </message>
    <message>
        <source>DPI projects (*.dpi.yaml)</source>
        <translation>DPI долбоорлору (*.dpi.yaml)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Сактоо катасы</translation>
    </message>
    <message>
        <source>Could not save “%1”:
%2

Your changes are still open and autosaved.</source>
        <translation>«%1» сакталган жок:
%2

Сиздин өзгөрүүлөрүңүз дагы эле ачык жана автосакталган.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сакталды: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөрүүлөр</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>«%1» ичинде сакталбаган өзгөрүүлөр бар. Аларды сактайсызбы?</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.

Reload it from disk and lose your unsaved changes, or keep your version (saving will overwrite the other change)?</source>
        <translation>«%1» башка программа тарабынан өзгөртүлдү.

Аны дисктен кайра жүктөп, сакталбаган өзгөрүүлөрдү жоготосузбу, же өз версияңызды калтырасызбы (сактаганда башка өзгөрүү үстүнөн жазылат)?</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.

Reload it from disk, or keep the version shown (saving will overwrite the other change)?</source>
        <translation>«%1» башка программа тарабынан өзгөртүлдү.

Аны дисктен кайра жүктөйсүзбү, же көрсөтүлгөн версияны калтырасызбы (сактаганда башка өзгөрүү үстүнөн жазылат)?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Файл дискте өзгөрдү</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>Кайра жүктөлдү: %1</translation>
    </message>
    <message>
        <source>Reloading %1 failed; your version is kept</source>
        <translation>%1 кайра жүктөлгөн жок; сиздин версияңыз сакталды</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Кайра жүктөө</translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation>Менин версиямды калтыруу</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кийинчерээк</translation>
    </message>
    <message>
        <source>Findings &amp;&amp; Actions</source>
        <translation>Тыянактар жана иш-аракеттер</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Аналитиктер</translation>
    </message>
    <message>
        <source>Wardley &amp;Map (OWM)…</source>
        <translation>Уордли &amp;картасы (OWM)…</translation>
    </message>
    <message>
        <source>Import Wardley map</source>
        <translation>Уордли картасын импорттоо</translation>
    </message>
    <message>
        <source>OnlineWardleyMaps text (*.owm);;All files (*)</source>
        <translation>OnlineWardleyMaps тексти (*.owm);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>&amp;Merge Analysts&apos; Files…</source>
        <translation>Аналитиктердин файлдарын &amp;бириктирүү…</translation>
    </message>
    <message>
        <source>In the scoring grid:

0–9	set the level
N or -	not applicable
U or ?	unverified (looked for, not found)
Delete	clear the level (evidence and notes stay)
Enter	add evidence for the cell
Arrows, Tab	move between cells
Ctrl+F	search criteria; Ctrl+G back to the grid
Ctrl+Z / Ctrl+Shift+Z	undo / redo</source>
        <translation>Баалоо таблицасында:

0–9	деңгээлди коюу
N же -	колдонулбайт
U же ?	тастыкталган эмес (изделди, табылган жок)
Delete	деңгээлди тазалоо (далилдер жана жазуулар калат)
Enter	уячага далил кошуу
Жебелер, Tab	уячалар арасында жылуу
Ctrl+F	критерийлерди издөө; Ctrl+G — таблицага кайтуу
Ctrl+Z / Ctrl+Shift+Z	артка кайтаруу / кайталоо</translation>
    </message>
    <message>
        <source> · %1 unverified</source>
        <translation> · тастыкталган эмес: %1</translation>
    </message>
    <message>
        <source>DPI projects, frameworks and maps (*.dpi.yaml *.framework.yaml *.owm);;DPI projects (*.dpi.yaml);;Frameworks (*.framework.yaml);;Wardley maps (*.owm);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>DPI долбоорлору, методикалары жана карталары (*.dpi.yaml *.framework.yaml *.owm);;DPI долбоорлору (*.dpi.yaml);;Методикалар (*.framework.yaml);;Уордли карталары (*.owm);;YAML файлдары (*.yaml *.yml);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Merge analysts&apos; files: choose two or more</source>
        <translation>Аналитиктердин файлдарын бириктирүү: экини же көбүрөөктү тандаңыз</translation>
    </message>
    <message>
        <source>DPI projects (*.dpi.yaml);;All files (*)</source>
        <translation>DPI долбоорлору (*.dpi.yaml);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Merge analysts&apos; files</source>
        <translation>Аналитиктердин файлдарын бириктирүү</translation>
    </message>
    <message>
        <source>Choose at least two files, one per analyst (or a team file and more analysts&apos; files).</source>
        <translation>Жок дегенде эки файл тандаңыз, ар бир аналитикке бирден (же топтун файлын жана башка аналитиктердин файлдарын).</translation>
    </message>
    <message>
        <source>Save the team file</source>
        <translation>Топтун файлын сактоо</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n analysts&apos; file(s)</source>
        <translation>
            <numerusform>%n аналитиктин файлы бириктирилүүдө</numerusform>
            <numerusform>%n аналитиктин файлдары бириктирилүүдө</numerusform>
        </translation>
    </message>
    <message>
        <source>The files were not merged; see Diagnostics.</source>
        <translation>Файлдар бириктирилген жок; «Диагностиканы» караңыз.</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1 сакталган жок:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Merged the ratings of %1: %n open disagreement(s) to reconcile.</source>
        <translation>
            <numerusform>Баалар бириктирилди (%1): макулдаша турган %n келишпестик.</numerusform>
            <numerusform>Баалар бириктирилди (%1): макулдаша турган %n келишпестик.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing map %1 failed</source>
        <translation>%1 картасын импорттоо ишке ашкан жок</translation>
    </message>
    <message>
        <source>Imported map %1</source>
        <translation>%1 картасы импорттолду</translation>
    </message>
    <message>
        <source>Map %1 added to the project; Undo takes it out again.</source>
        <translation>%1 картасы долбоорго кошулду; «Артка кайтаруу» аны кайра алып салат.</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Round…</source>
        <translation>&amp;Мурунку айлампа менен салыштыруу…</translation>
    </message>
    <message>
        <source>What changed since the previous round of this assessment</source>
        <translation>Бул баалоонун мурунку айлампасынан бери эмне өзгөрдү</translation>
    </message>
</context>
<context>
    <name>dpi::MapChangePainter</name>
    <message>
        <source>moved (arrow from the earlier position)</source>
        <translation>жылдырылды (жебе мурунку ордунан)</translation>
    </message>
    <message>
        <source>new since the earlier version</source>
        <translation>мурунку версияга салыштырмалуу жаңы</translation>
    </message>
    <message>
        <source>removed since the earlier version</source>
        <translation>мурунку версияга салыштырмалуу алынып салынды</translation>
    </message>
</context>
<context>
    <name>dpi::MapExplanationDialog</name>
    <message>
        <source>Map Explanation</source>
        <translation>Картанын түшүндүрмөсү</translation>
    </message>
    <message>
        <source>What the map shows and why its components stand where they do, for the readers of the report. A blank line starts a new paragraph.</source>
        <translation>Карта эмнени көрсөтөт жана анын компоненттери эмне үчүн ошол жерде турат — отчеттун окурмандары үчүн. Бош сап жаңы абзацты баштайт.</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Англисче:</translation>
    </message>
    <message>
        <source>&amp;Russian:</source>
        <translation>&amp;Орусча:</translation>
    </message>
</context>
<context>
    <name>dpi::MapExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазылбайт: %2</translation>
    </message>
    <message>
        <source>Wardley map drawn by DPI Workbench</source>
        <translation>DPI Workbench түзгөн Уордли картасы</translation>
    </message>
    <message>
        <source>cannot allocate an image of %1 pixels wide</source>
        <translation>туурасы %1 пиксель болгон сүрөткө эс бөлүнбөйт</translation>
    </message>
    <message>
        <source>cannot encode PNG</source>
        <translation>PNG коддолбойт</translation>
    </message>
    <message>
        <source>%1: unknown image type (use .svg or .png)</source>
        <translation>%1: белгисиз сүрөт түрү (.svg же .png колдонуңуз)</translation>
    </message>
</context>
<context>
    <name>dpi::MapFileImport</name>
    <message>
        <source>Import map %1</source>
        <translation>%1 картасын импорттоо</translation>
    </message>
</context>
<context>
    <name>dpi::MapScores</name>
    <message>
        <source>not scored</source>
        <translation>бааланган эмес</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Баалар: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>dpi::MapTab</name>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Карта:</translation>
    </message>
    <message>
        <source>&amp;New Map</source>
        <translation>&amp;Жаңы карта</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Атын өзгөртүү…</translation>
    </message>
    <message>
        <source>&amp;Delete Map</source>
        <translation>Картаны &amp;өчүрүү</translation>
    </message>
    <message>
        <source>Deletes this map from the project (Edit &gt; Undo brings it back)</source>
        <translation>Бул картаны долбоордон өчүрөт («Түзөтүү › Артка кайтаруу» аны кайтарат)</translation>
    </message>
    <message>
        <source>This project has no Wardley map yet.</source>
        <translation>Бул долбоордо азырынча Уордли картасы жок.</translation>
    </message>
    <message>
        <source>Create a New Map</source>
        <translation>Жаңы карта түзүү</translation>
    </message>
    <message>
        <source>Rename Map</source>
        <translation>Картанын атын өзгөртүү</translation>
    </message>
    <message>
        <source>Map title:</source>
        <translation>Картанын аталышы:</translation>
    </message>
    <message>
        <source>E&amp;xplanation…</source>
        <translation>&amp;Түшүндүрмө…</translation>
    </message>
    <message>
        <source>What the map shows, in words: the report prints it with the map</source>
        <translation>Карта эмнени көрсөтөт, сөз менен: отчет аны карта менен бирге басып чыгарат</translation>
    </message>
    <message>
        <source>&amp;Changes Since Last Round</source>
        <translatorcomment>Kyrgyz rendering uncertain: please review (native speaker).</translatorcomment>
        <translation>Мурунку айлампадан бери &amp;өзгөрүүлөр</translation>
    </message>
    <message>
        <source>Draw what moved since the previous round&apos;s version of this map: an arrow from where a component stood, rings around new ones, crosses where removed ones stood</source>
        <translation>Картанын мурунку айлампадагы версиясынан бери эмне жылганын көрсөтүү: компонент турган жерден жебе, жаңыларынын айланасында шакек, алынып салынгандардын ордунда крестик</translation>
    </message>
</context>
<context>
    <name>dpi::NewFrameworkVersionDialog</name>
    <message>
        <source>Save as New Version</source>
        <translation>Жаңы версия катары сактоо</translation>
    </message>
    <message>
        <source>&amp;Major: %1 — criteria removed or rescaled; old scores may not carry over</source>
        <translation>&amp;Негизги: %1 — критерийлер алынды же шкала өзгөрдү; эски баалар өтпөй калышы мүмкүн</translation>
    </message>
    <message>
        <source>M&amp;inor: %1 — criteria added or reworded; scores carry over</source>
        <translation>&amp;Кичи: %1 — критерийлер кошулду же кайра жазылды; баалар өтөт</translation>
    </message>
    <message>
        <source>&amp;Patch: %1 — typos, translations, references</source>
        <translation>&amp;Оңдоо: %1 — ката жазуулар, котормолор, шилтемелер</translation>
    </message>
    <message>
        <source>Change of %1 (now %2)</source>
        <translation>%1 өзгөрүүсү (азыр %2)</translation>
    </message>
    <message>
        <source>What changed, in English (required)</source>
        <translation>Эмне өзгөрдү, англисче (милдеттүү)</translation>
    </message>
    <message>
        <source>What changed, in Russian (optional)</source>
        <translation>Эмне өзгөрдү, орусча (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Changelog entry</source>
        <translation>Өзгөртүүлөр журналынын жазуусу</translation>
    </message>
    <message>
        <source>Summary (&amp;en):</source>
        <translation>Кыскача (&amp;en):</translation>
    </message>
    <message>
        <source>Summary (&amp;ru):</source>
        <translation>Кыскача (&amp;ru):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Continue to Save As…</source>
        <translation>«Башкача сактоого» өтүү…</translation>
    </message>
    <message>
        <source>“%1” is not a semantic version (MAJOR.MINOR.PATCH); fix it in the YAML tab first.</source>
        <translation>«%1» — семантикалык версия эмес (MAJOR.MINOR.PATCH); адегенде аны YAML өтмөгүндө оңдоңуз.</translation>
    </message>
    <message>
        <source>New version: %1@%2</source>
        <translation>Жаңы версия: %1@%2</translation>
    </message>
</context>
<context>
    <name>dpi::NewProjectWizard</name>
    <message>
        <source>New assessment</source>
        <translation>Жаңы баалоо</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Баалоо</translation>
    </message>
    <message>
        <source>What is assessed, where, when and by whom. All of it can be changed later.</source>
        <translation>Эмне, кайда, качан жана ким тарабынан бааланат. Мунун баарын кийин өзгөртсө болот.</translation>
    </message>
    <message>
        <source>e.g. Rapid DPI assessment, Kyrgyz Republic</source>
        <translation>мисалы, СКИни тез баалоо, Кыргыз Республикасы</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. KG</source>
        <translation>ISO 3166-1 alpha-2, мисалы KG</translation>
    </message>
    <message>
        <source>e.g. 2024 or 2024-03/2024-06</source>
        <translation>мисалы 2024 же 2024-03/2024-06</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ар бир сапка бир ат</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Аталыш:</translation>
    </message>
    <message>
        <source>Title in &amp;Russian:</source>
        <translation>&amp;Орусча аталышы:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Өлкө:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Мезгил:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>Отчеттун &amp;тили:</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Методикалар</translation>
    </message>
    <message>
        <source>Pick the assessment frameworks to score against. Each is copied into the project and pinned to its version.</source>
        <translation>Баалоо жүргүзүлө турган методикаларды тандаңыз. Ар бири долбоорго көчүрүлүп, өз версиясына бекитилет.</translation>
    </message>
    <message>
        <source>Add framework &amp;file…</source>
        <translation>Методика &amp;файлын кошуу…</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Тармактар</translation>
    </message>
    <message>
        <source>Pick the sectors to assess, or add your own. Every criterion is scored per sector.</source>
        <translation>Баалоо үчүн тармактарды тандаңыз же өзүңүздүкүн кошуңуз. Ар бир критерий ар бир тармак боюнча бааланат.</translation>
    </message>
    <message>
        <source>Another sector, e.g. Tourism</source>
        <translation>Башка тармак, мисалы Туризм</translation>
    </message>
    <message>
        <source>&amp;Add sector</source>
        <translation>Тармак &amp;кошуу</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (колдонууга болбойт)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add framework files</source>
        <translation>Методика файлдарын кошуу</translation>
    </message>
    <message>
        <source>Assessment frameworks (*.framework.yaml);;YAML files (*.yaml *.yml)</source>
        <translation>Баалоо методикалары (*.framework.yaml);;YAML файлдары (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Two versions of &apos;%1&apos; are checked; a project uses one version of each framework.</source>
        <translation>«%1» методикасынын эки версиясы белгиленди; долбоор ар бир методиканын бир версиясын колдонот.</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
</context>
<context>
    <name>dpi::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>A new interface language applies the next time DPI Workbench starts. Open work stays open until then. Framework texts follow the content language (View &gt; Content Language).</source>
        <translation>Интерфейстин жаңы тили DPI Workbench кийинки жолу ишке киргенде колдонулат. Ачык иш ага чейин ачык бойдон калат. Методика тексттери мазмундун тилине ылайык көрсөтүлөт («Көрүнүш › Мазмундун тили»).</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейстин &amp;тили:</translation>
    </message>
</context>
<context>
    <name>dpi::ProjectTree</name>
    <message>
        <source>Frameworks</source>
        <translation>Методикалар</translation>
    </message>
    <message>
        <source>Sectors (%1)</source>
        <translation>Тармактар (%1)</translation>
    </message>
    <message>
        <source>Maps (%1)</source>
        <translation>Карталар (%1)</translation>
    </message>
</context>
<context>
    <name>dpi::RatingsPanel</name>
    <message>
        <source>Keep every analyst&apos;s evidence</source>
        <translation>Ар бир аналитиктин далилдерин сактоо</translation>
    </message>
    <message>
        <source>Set Agreed Level</source>
        <translation>Макулдашылган деңгээлди коюу</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгээл</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Ишеним</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Далилдер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазуулар</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Бааланган</translation>
    </message>
    <message>
        <source>Agreed level:</source>
        <translation>Макулдашылган деңгээл:</translation>
    </message>
    <message>
        <source>Set your analyst name first (Edit › Analyst Name): a reconciliation records who made it.</source>
        <translation>Адегенде аналитиктин атын коюңуз (Түзөтүү › Аналитиктин аты): макулдашуу аны ким жасаганын жазат.</translation>
    </message>
    <message>
        <source>No analyst&apos;s rating for this cell: it was scored in this file only.</source>
        <translation>Бул уячада аналитиктердин баалары жок: ал ушул файлда гана бааланган.</translation>
    </message>
    <message>
        <source>Select a cell of the grid to see each analyst&apos;s rating.</source>
        <translation>Ар бир аналитиктин баасын көрүү үчүн таблицанын уячасын тандаңыз.</translation>
    </message>
    <message>
        <source>The analysts disagree. Compare their reasons, then set the agreed level.</source>
        <translation>Аналитиктер келишпейт. Алардын жүйөлөрүн салыштырып, андан кийин макулдашылган деңгээлди коюңуз.</translation>
    </message>
    <message>
        <source>The analysts disagreed; reconciled by %1 on %2.</source>
        <translation>Аналитиктер келишкен эмес; %1 %2 макулдаштырды.</translation>
    </message>
    <message>
        <source>The analysts disagreed; the agreed level was set without a recorded reconciliation.</source>
        <translation>Аналитиктер келишкен эмес; макулдашылган деңгээл макулдашуу жазылбастан коюлган.</translation>
    </message>
    <message>
        <source>The analysts agree.</source>
        <translation>Аналитиктер макул.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Колд. эмес</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>тастыкталган эмес</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>бааланган эмес</translation>
    </message>
    <message>
        <source>N/A — not applicable</source>
        <translation>Колд. эмес — колдонулбайт</translation>
    </message>
</context>
<context>
    <name>dpi::RecoveryStore</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 түзүлбөйт</translation>
    </message>
</context>
<context>
    <name>dpi::ReportExportDialog</name>
    <message>
        <source>PDF/&amp;A-1b (for archiving)</source>
        <translation>PDF/&amp;A-1b (архивдик сактоо үчүн)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Отчетту экспорттоо</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Барактын &amp;өлчөмү:</translation>
    </message>
    <message>
        <source>Cover &amp;date:</source>
        <translation>Мукабадагы &amp;дата:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF&apos;ке &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Алдын ала көрүү:</translation>
    </message>
    <message>
        <source>Report template &quot;%1&quot; not found.</source>
        <translation>«%1» отчет шаблону табылган жок.</translation>
    </message>
    <message>
        <source>The report template cannot be read.</source>
        <translation>Отчет шаблону окулбайт.</translation>
    </message>
    <message>
        <source>The report cannot be laid out.</source>
        <translation>Отчетту калыпка салуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1-барак</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n барак.</numerusform>
            <numerusform>%n барак.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Отчет экспорттолууда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message numerus="yes">
        <source>Written %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 жазылды (%n барак).</numerusform>
            <numerusform>%1 жазылды (%n барак).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорттоо токтотулду; эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Отчет жазылган жок.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
</context>
<context>
    <name>dpi::RoundComparisonView</name>
    <message>
        <source>Sector</source>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Мурунку айлампа</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Ушул айлампа</translation>
    </message>
    <message>
        <source>Sector, framework, dimension</source>
        <translation>Тармак, методика, өлчөм</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөрүү</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Кызыл желек</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Пайыздар</translation>
    </message>
    <message>
        <source>Changed Cells</source>
        <translation>Өзгөргөн уячалар</translation>
    </message>
    <message>
        <source>Gates</source>
        <translatorcomment>Kyrgyz rendering uncertain: please review (native speaker).</translatorcomment>
        <translation>Милдеттүү шарттар</translation>
    </message>
    <message>
        <source>Red Flags</source>
        <translation>Кызыл желектер</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерийлер</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1-деңгээл</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Колд. эмес</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>тастыкталган эмес</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>бааланган эмес</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>ишеним: %1</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <translatorcomment>Kyrgyz rendering uncertain: please review (native speaker).</translatorcomment>
        <translation>%1%2 п. п.</translation>
    </message>
    <message>
        <source>%1 of %2 passed, %3 failed, %4 unverified</source>
        <translation>%2 ичинен %1 аткарылды, %3 аткарылган жок, %4 тастыкталган эмес</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(мурда %1)</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>пайда болду</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>жоюлду</translation>
    </message>
    <message>
        <source>added</source>
        <translation>кошулду</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>алынып салынды</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>аты өзгөртүлдү</translation>
    </message>
</context>
<context>
    <name>dpi::RubricCard</name>
    <message>
        <source>(no rubric text)</source>
        <translation>(рубриканын тексти жок)</translation>
    </message>
    <message>
        <source>Set level %1</source>
        <translation>%1-деңгээлди коюу</translation>
    </message>
</context>
<context>
    <name>dpi::ScoreGridModel</name>
    <message>
        <source>N/A</source>
        <translatorcomment>Uncertain Kyrgyz, please review: abbreviation of &quot;колдонулбайт&quot; (not applicable); uncertain, a native reviewer may prefer another short form</translatorcomment>
        <translation>Колд. эмес</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>%1-деңгээл (%2)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Колдонулбайт</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Азырынча бааланган эмес</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Ишеним: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n далил</numerusform>
            <numerusform>%n далил</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical: below level %1</source>
        <translation>Критикалык: %1-деңгээлден төмөн</translation>
    </message>
    <message>
        <source>Dimension weight %1</source>
        <translation>Өлчөмдүн салмагы %1</translation>
    </message>
    <message>
        <source>Score %1, %2 of %3 applicable criteria scored</source>
        <translation>Баа %1, %3 колдонулуучу критерийдин %2 бааланды</translation>
    </message>
    <message>
        <source>Capped by a critical criterion (uncapped %1)</source>
        <translation>Критикалык критерий менен чектелген (чектөөсүз %1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message numerus="yes">
        <source>%1: readiness %2, %3 % of applicable criteria scored, %n red flag(s)</source>
        <translation>
            <numerusform>%1: даярдык %2, колдонулуучу критерийлердин %3 % бааланды, %n кызыл желек</numerusform>
            <numerusform>%1: даярдык %2, колдонулуучу критерийлердин %3 % бааланды, %n кызыл желек</numerusform>
        </translation>
    </message>
    <message>
        <source>Unverified: looked for, not found in the sources available</source>
        <translation>Тастыкталган эмес: изделди, жеткиликтүү булактардан табылган жок</translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation>Текшерүү: %1</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>тастыкталган эмес</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>бааланган эмес</translation>
    </message>
    <message>
        <source>The analysts disagree: not reconciled yet</source>
        <translation>Аналитиктер келишпейт: азырынча макулдашылган эмес</translation>
    </message>
    <message>
        <source>Reconciled by %1</source>
        <translation>%1 макулдаштырды</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>%1/%2 аткарылды</translation>
    </message>
    <message>
        <source>Gates: %1 passed, %2 failed, %3 unverified, %4 unscored. Gates are counted, never averaged.</source>
        <translation>Шарттар: %1 аткарылды, %2 аткарылган жок, %3 тастыкталган эмес, %4 бааланган эмес. Шарттар саналат, орточоланбайт.</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1-деңгээл</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>бааланган эмес</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>ишеним: %1</translation>
    </message>
    <message>
        <source>Previous round: %1, now %2</source>
        <translation>Мурунку айлампа: %1, азыр %2</translation>
    </message>
</context>
<context>
    <name>dpi::ScoreGridView</name>
    <message>
        <source>The criterion is hidden by the filter.</source>
        <translation>Критерий чыпка менен жашырылган.</translation>
    </message>
    <message>
        <source>Level %1 is not on this framework&apos;s scale (%2–%3).</source>
        <translation>%1-деңгээл бул методиканын шкаласында жок (%2–%3).</translation>
    </message>
    <message>
        <source>This framework does not allow “not applicable”.</source>
        <translation>Бул методика «колдонулбайт» белгисине жол бербейт.</translation>
    </message>
</context>
<context>
    <name>dpi::StructureForm</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Колдонулган жок: %1</translation>
    </message>
    <message>
        <source>Weights are relative: 2 and 1 mean the same as 1 and 0.5</source>
        <translation>Салмактар салыштырмалуу: 2 жана 1 — 1 жана 0,5 менен бирдей</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>Id керек.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Тамга же цифра менен баштап, тамгаларды, цифраларды, «.», «_» жана «-» белгилерин колдонуңуз.</translation>
    </message>
    <message>
        <source>The id “%1” is already used.</source>
        <translation>«%1» id&apos;си мурунтан колдонулууда.</translation>
    </message>
</context>
<context>
    <name>dpi::TemplateEditorActions</name>
    <message>
        <source>Edit Report &amp;Template…</source>
        <translation>Отчеттун &amp;шаблонун түзөтүү…</translation>
    </message>
    <message>
        <source>Edit a report template&apos;s HTML with a live preview of the current project</source>
        <translation>Учурдагы долбоордун түз алдын ала көрүнүшү менен отчет шаблонунун HTML&apos;ин түзөтүү</translation>
    </message>
</context>
<context>
    <name>dpi::TemplateEditorWindow</name>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source> Template: </source>
        <translation> Шаблон: </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Шаблонду сактоо</translation>
    </message>
    <message>
        <source>Save as &amp;New Template…</source>
        <translation>&amp;Жаңы шаблон катары сактоо…</translation>
    </message>
    <message>
        <source>Copy the whole template, with your edits, into your own template folder</source>
        <translation>Бүт шаблонду оңдоолоруңуз менен өз шаблондор папкаңызга көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source> Preview: </source>
        <translation> Алдын ала көрүү: </translation>
    </message>
    <message>
        <source>Whole report</source>
        <translation>Бүт отчет</translation>
    </message>
    <message>
        <source>First sector only (faster)</source>
        <translation>Биринчи тармак гана (тезирээк)</translation>
    </message>
    <message>
        <source>  Language: </source>
        <translation>  Тил: </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Жаңылоо</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Variables of this project</source>
        <translation>Бул долбоордун өзгөрмөлөрү</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Көйгөйлөр</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (сиздики)</translation>
    </message>
    <message>
        <source>%1 (bundled, read-only)</source>
        <translation>%1 (камтылган, окуу үчүн гана)</translation>
    </message>
    <message>
        <source>%1 – Report Template Editor[*]</source>
        <translation>%1 – Отчет шаблондорунун редактору[*]</translation>
    </message>
    <message>
        <source>Bundled template %1 is read-only: save your changes with “Save as New Template…”.</source>
        <translation>%1 камтылган шаблону окуу үчүн гана: өзгөрүүлөрдү «Жаңы шаблон катары сактоо…» аркылуу сактаңыз.</translation>
    </message>
    <message>
        <source>Your template: %1</source>
        <translation>Сиздин шаблон: %1</translation>
    </message>
    <message>
        <source>the sample assessment</source>
        <translation>үлгү баалоо</translation>
    </message>
    <message>
        <source>the current project</source>
        <translation>учурдагы долбоор</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>жаңыланууда…</translation>
    </message>
    <message>
        <source>not updated: fix the problems below</source>
        <translation>жаңыланган жок: төмөнкү көйгөйлөрдү оңдоңуз</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of %1, laid out in %2 ms</source>
        <translation>
            <numerusform>%1: %n барак, %2 мс ичинде калыпка салынды</numerusform>
            <numerusform>%1: %n барак, %2 мс ичинде калыпка салынды</numerusform>
        </translation>
    </message>
    <message>
        <source>first sector only, for speed (choose “Whole report” to see all)</source>
        <translation>тездик үчүн биринчи тармак гана (баарын көрүү үчүн «Бүт отчетту» тандаңыз)</translation>
    </message>
    <message>
        <source>Problems — none</source>
        <translation>Көйгөйлөр — жок</translation>
    </message>
    <message>
        <source>Problems — %1 error(s), %2 warning(s)</source>
        <translation>Көйгөйлөр — ката: %1, эскертүү: %2</translation>
    </message>
    <message>
        <source>  (main)</source>
        <translation>  (негизги)</translation>
    </message>
    <message>
        <source>%1 — changed, not saved</source>
        <translation>%1 — өзгөртүлдү, сакталган жок</translation>
    </message>
    <message>
        <source>Bundled templates are read-only: saving makes a new template of your own</source>
        <translation>Камтылган шаблондор окуу үчүн гана: сактаганда өзүңүздүн жаңы шаблонуңуз түзүлөт</translation>
    </message>
    <message>
        <source>Save the changed files of this template</source>
        <translation>Бул шаблондун өзгөртүлгөн файлдарын сактоо</translation>
    </message>
    <message>
        <source>%1  Line %2, Column %3</source>
        <translation>%1  %2-сап, %3-мамыча</translation>
    </message>
    <message>
        <source>Bundled templates are read-only; use Save as New Template…</source>
        <translation>Камтылган шаблондор окуу үчүн гана; «Жаңы шаблон катары сактоо…» колдонуңуз</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сакталды: %1</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; and &apos;_&apos; only (up to 64), starting with a letter or digit.</source>
        <translation>Тамга же цифра менен баштап, тамгаларды, цифраларды, «-» жана «_» белгилерин гана колдонуңуз (эң көп 64 белги).</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation>«%1» аттуу шаблон мурунтан бар.</translation>
    </message>
    <message>
        <source>There is no folder for your own templates on this system.</source>
        <translation>Бул системада өз шаблондоруңуз үчүн папка жок.</translation>
    </message>
    <message>
        <source>Saved to %1, but it cannot be opened again.</source>
        <translation>%1 ичине сакталды, бирок аны кайра ачуу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Saved as a new template in %1</source>
        <translation>%1 ичине жаңы шаблон катары сакталды</translation>
    </message>
    <message>
        <source>Name of the new template (a folder in %1):</source>
        <translation>Жаңы шаблондун аты (%1 ичиндеги папка):</translation>
    </message>
    <message>
        <source>Save as New Template</source>
        <translation>Жаңы шаблон катары сактоо</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Жаңы шаблондун аты:</translation>
    </message>
    <message>
        <source>Unsaved Template Changes</source>
        <translation>Шаблондун сакталбаган өзгөрүүлөрү</translation>
    </message>
    <message>
        <source>The bundled template has unsaved changes. Save them as a new template?</source>
        <translation>Камтылган шаблондо сакталбаган өзгөрүүлөр бар. Аларды жаңы шаблон катары сактайсызбы?</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>Бул шаблондун өзгөрүүлөрүн сактайсызбы?</translation>
    </message>
</context>
<context>
    <name>dpi::TemplatePreview</name>
    <message>
        <source>No preview yet</source>
        <translation>Азырынча алдын ала көрүү жок</translation>
    </message>
</context>
<context>
    <name>dpi::TemplateVariablesPanel</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <source>Filter variables…</source>
        <translation>Өзгөрмөлөрдү чыпкалоо…</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Өзгөрмө</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>Бул долбоордо</translation>
    </message>
    <message>
        <source>Insert the selected variable at the cursor (or double-click it)</source>
        <translation>Тандалган өзгөрмөнү курсор турган жерге коюу (же аны эки жолу басыңыз)</translation>
    </message>
    <message>
        <source>partials</source>
        <translation>бөлүк шаблондор</translation>
    </message>
    <message>
        <source>files included with {{&gt; name}}</source>
        <translation>{{&gt; name}} аркылуу кошулган файлдар</translation>
    </message>
    <message>
        <source>Inserts {{&gt; %1}}: the file&apos;s content at this place</source>
        <translation>{{&gt; %1}} коёт: файлдын мазмуну ушул жерде</translation>
    </message>
    <message>
        <source>
Use inside {{#%1}}…{{/%1}}.</source>
        <translation>
{{#%1}}…{{/%1}} ичинде колдонуңуз.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n маани</numerusform>
            <numerusform>%n маани</numerusform>
        </translation>
    </message>
    <message>
        <source>Group: its values are written %1.NAME</source>
        <translation>Топ: анын маанилери %1.NAME түрүндө жазылат</translation>
    </message>
    <message numerus="yes">
        <source>list, %n item(s)</source>
        <translation>
            <numerusform>тизме, %n элемент</numerusform>
            <numerusform>тизме, %n элемент</numerusform>
        </translation>
    </message>
    <message>
        <source>List: inserts {{#%1}}…{{/%1}}, repeated for each item; inside, the item&apos;s values are written by their own names</source>
        <translation>Тизме: ар бир элемент үчүн кайталанган {{#%1}}…{{/%1}} коёт; ичинде элементтин маанилери өз аттары менен жазылат</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Flag: inserts {{#%1}}…{{/%1}} (shown when true); {{^%1}} shows a part when false</source>
        <translation>Белги: {{#%1}}…{{/%1}} коёт (чын болсо көрсөтүлөт); {{^%1}} жалган болгондо бир бөлүгүн көрсөтөт</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бош)</translation>
    </message>
    <message>
        <source>Inserts {{%1}} (HTML-escaped)</source>
        <translation>{{%1}} коёт (HTML экрандалып)</translation>
    </message>
    <message>
        <source>Double-click a variable to insert it at the cursor.</source>
        <translation>Өзгөрмөнү курсор турган жерге коюу үчүн аны эки жолу басыңыз.</translation>
    </message>
    <message>
        <source>
Here: %1</source>
        <translation>
Бул жерде: %1</translation>
    </message>
</context>
<context>
    <name>dpi::UpgradeFrameworkDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Карап чыгуу…</translation>
    </message>
    <message>
        <source>Upgrade Framework in Assessment</source>
        <translation>Баалоодогу методиканы жаңыртуу</translation>
    </message>
    <message>
        <source>%1 — %2@%3</source>
        <translation>%1 — %2@%3</translation>
    </message>
    <message>
        <source>path/to/name.framework.yaml (the new version)</source>
        <translation>жол/аталыш.framework.yaml (жаңы версия)</translation>
    </message>
    <message>
        <source>Choose the New Framework Version</source>
        <translation>Методиканын жаңы версиясын тандаңыз</translation>
    </message>
    <message>
        <source>Frameworks (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Методикалар (*.framework.yaml *.framework.yml);;YAML файлдары (*.yaml *.yml);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>&amp;Framework to upgrade:</source>
        <translation>Жаңыртылуучу &amp;методика:</translation>
    </message>
    <message>
        <source>&amp;New version file:</source>
        <translation>&amp;Жаңы версиянын файлы:</translation>
    </message>
    <message>
        <source>scores carried over unchanged</source>
        <translation>баалар өзгөрүүсүз өткөрүлдү</translation>
    </message>
    <message>
        <source>scores following a renamed criterion</source>
        <translation>аты өзгөргөн критерийге ээрчиген баалар</translation>
    </message>
    <message>
        <source>scores moved to the archive</source>
        <translation>баалар архивге жылдырылды</translation>
    </message>
    <message>
        <source>Kept in the project&apos;s archive with the reason, never deleted.</source>
        <translation>Долбоордун архивинде себеби менен сакталат, эч качан өчүрүлбөйт.</translation>
    </message>
    <message>
        <source>cells left to score</source>
        <translation>бааланышы керек болгон уячалар</translation>
    </message>
    <message>
        <source>Sector</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;тармак&quot; is used for sector throughout; please confirm it reads as an economic/government sector</translatorcomment>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Эмне болот</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>&amp;Apply Upgrade</source>
        <translation>Жаңыртууну &amp;колдонуу</translation>
    </message>
    <message>
        <source>One step in the undo history: Edit &gt; Undo restores the project as it was.</source>
        <translation>Артка кайтаруу тарыхындагы бир кадам: «Түзөтүү › Артка кайтаруу» долбоорду мурунку абалына кайтарат.</translation>
    </message>
    <message>
        <source>%1: error: not a usable framework file</source>
        <translation>%1: ката: колдонууга жараксыз методика файлы</translation>
    </message>
    <message>
        <source>The open project uses no framework. Open an assessment first.</source>
        <translation>Ачык долбоор эч бир методиканы колдонбойт. Адегенде баалоону ачыңыз.</translation>
    </message>
    <message>
        <source>The file cannot be read; nothing was changed.
%1</source>
        <translation>Файл окулбайт; эч нерсе өзгөртүлгөн жок.
%1</translation>
    </message>
    <message>
        <source>Choose the file of the new version of “%1”. Nothing changes until you press Apply Upgrade.</source>
        <translation>«%1» жаңы версиясынын файлын тандаңыз. «Жаңыртууну колдонуу» баскычын баспаганча эч нерсе өзгөрбөйт.</translation>
    </message>
    <message>
        <source>in this project</source>
        <translation>бул долбоордо</translation>
    </message>
    <message>
        <source>Framework Changes (%1)</source>
        <translation>Методиканын өзгөрүүлөрү (%1)</translation>
    </message>
    <message>
        <source>Cannot upgrade: %1 holds the framework “%2”, not “%3”. An upgrade moves an assessment to a newer version of the same framework; the Framework Changes tab shows how the two differ.</source>
        <translation>Жаңыртуу мүмкүн эмес: %1 ичинде «%3» эмес, «%2» методикасы бар. Жаңыртуу баалоону ошол эле методиканын жаңы версиясына өткөрөт; «Методиканын өзгөрүүлөрү» өтмөгү алардын айырмасын көрсөтөт.</translation>
    </message>
    <message>
        <source>Cannot upgrade: %1. The project uses %2@%3; choose a file with a newer version.</source>
        <translation>Жаңыртуу мүмкүн эмес: %1. Долбоор %2@%3 колдонот; жаңыраак версиясы бар файлды тандаңыз.</translation>
    </message>
    <message>
        <source>Ready to upgrade %1 from %2 to %3. Nothing changes until you press Apply Upgrade; afterwards Edit &gt; Undo restores the project as it was.</source>
        <translation>%1 методикасын %2 версиясынан %3 версиясына жаңыртууга даяр. «Жаңыртууну колдонуу» баскычын баспаганча эч нерсе өзгөрбөйт; андан кийин «Түзөтүү › Артка кайтаруу» долбоорду мурунку абалына кайтарат.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 → %3 &amp;nbsp;·&amp;nbsp; criteria: %4 added, %5 removed, %6 renamed, %7 moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: версия %2 → %3 &amp;nbsp;·&amp;nbsp; критерийлер: кошулду %4, алынды %5, аты өзгөрдү %6, жылдырылды %7</translation>
    </message>
    <message>
        <source>Scores following a renamed criterion</source>
        <translation>Аты өзгөргөн критерийге ээрчиген баалар</translation>
    </message>
    <message>
        <source>score moves to “%1”</source>
        <translation>баа «%1» критерийине өтөт</translation>
    </message>
    <message>
        <source>Scores moved to the archive</source>
        <translation>Архивге жылдырылган баалар</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>бааланган эмес</translation>
    </message>
    <message>
        <source>N/A</source>
        <translatorcomment>Uncertain Kyrgyz, please review: abbreviation of &quot;колдонулбайт&quot; (not applicable); uncertain, a native reviewer may prefer another short form</translatorcomment>
        <translation>Колд. эмес</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1-деңгээл</translation>
    </message>
    <message>
        <source>%1, archived: %2</source>
        <translation>%1, архивде: %2</translation>
    </message>
    <message>
        <source>New criteria to score</source>
        <translation>Баалана турган жаңы критерийлер</translation>
    </message>
    <message>
        <source>all sectors</source>
        <translation>бардык тармактар</translation>
    </message>
    <message>
        <source>new in %1%2</source>
        <translation>%1%2 ичинде жаңы</translation>
    </message>
    <message>
        <source>, dimension “%1”</source>
        <translation>, «%1» өлчөмү</translation>
    </message>
    <message>
        <source>Every score is carried over under the same criterion.</source>
        <translation>Ар бир баа ошол эле критерий астында өткөрүлөт.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#777&apos;&gt;The summary appears here once a newer version is chosen.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;Жаңыраак версия тандалганда кыскача маалымат ушул жерде пайда болот.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cannot upgrade: %1.</source>
        <translation>Жаңыртуу мүмкүн эмес: %1.</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation>%1 методикасын %2 версиясына жаңыртуу</translation>
    </message>
</context>
<context>
    <name>dpi::WardleyMapEditor</name>
    <message>
        <source>Map text (OnlineWardleyMaps)</source>
        <translation>Картанын тексти (OnlineWardleyMaps)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Батыруу</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>+ компонент</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>+ жазуу</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>+ аннотация</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баалар</translation>
    </message>
    <message>
        <source>Colour components by the scores of their linked criteria</source>
        <translation>Компоненттерди байланышкан критерийлердин баалары боюнча боёо</translation>
    </message>
    <message>
        <source>Sector whose scores colour the map</source>
        <translation>Баалары картаны боёгон тармак</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG экспорт…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG экспорт…</translation>
    </message>
    <message>
        <source>Export OWM…</source>
        <translation>OWM экспорт…</translation>
    </message>
    <message>
        <source>map</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>%1-сап: %2: %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ката</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>эскертүү</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылбайт: %2</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG сүрөттөрү (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG сүрөттөрү (*.png)</translation>
    </message>
    <message>
        <source>OnlineWardleyMaps text (*.owm)</source>
        <translation>OnlineWardleyMaps тексти (*.owm)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Картаны экспорттоо</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG экспорттоо</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Пикселдеги туурасы:</translation>
    </message>
</context>
<context>
    <name>dpi::WardleyPainter</name>
    <message>
        <source>Pioneers</source>
        <translatorcomment>Uncertain Kyrgyz, please review: Wardley&apos;s &quot;Pioneers&quot;; the Kyrgyz term is uncertain (&quot;жол ачуучулар&quot; is an alternative)</translatorcomment>
        <translation>Изилдөөчүлөр</translation>
    </message>
    <message>
        <source>Settlers</source>
        <translatorcomment>Uncertain Kyrgyz, please review: Wardley&apos;s &quot;Settlers&quot;; uncertain rendering</translatorcomment>
        <translation>Отурукташуучулар</translation>
    </message>
    <message>
        <source>Town planners</source>
        <translatorcomment>Uncertain Kyrgyz, please review: Wardley&apos;s &quot;Town planners&quot;; uncertain rendering</translatorcomment>
        <translation>Шаар куруучулар</translation>
    </message>
    <message>
        <source>Value Chain</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;нарк чынжыры&quot; for value chain is uncertain; &quot;баалуулук чынжыры&quot; is an alternative</translatorcomment>
        <translation>Нарк чынжыры</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Көрүнгөн</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Көрүнбөгөн</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Эволюция</translation>
    </message>
    <message>
        <source>Uncharted</source>
        <translation>Изилденбеген</translation>
    </message>
    <message>
        <source>Industrialised</source>
        <translation>Индустриялашкан</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотациялар</translation>
    </message>
</context>
<context>
    <name>dpi::WardleyScene</name>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Атын өзгөртүү</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Инерция</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Куруу</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Сатып алуу</translation>
    </message>
    <message>
        <source>Outsource</source>
        <translation>Аутсорсинг</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>Экосистема</translation>
    </message>
    <message>
        <source>Add evolution arrow</source>
        <translation>Эволюция жебесин кошуу</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translatorcomment>Uncertain Kyrgyz, please review: &quot;конвейер&quot; for a Wardley map pipeline is a loan word; a native reviewer may prefer another term</translatorcomment>
        <translation>Конвейер кошуу</translation>
    </message>
    <message>
        <source>Add component here</source>
        <translation>Бул жерге компонент кошуу</translation>
    </message>
    <message>
        <source>Add note here</source>
        <translation>Бул жерге жазуу кошуу</translation>
    </message>
    <message>
        <source>Add annotation here</source>
        <translation>Бул жерге аннотация кошуу</translation>
    </message>
</context>
<context>
    <name>dpi::YamlTextEditor</name>
    <message>
        <source>error: %1</source>
        <translation>ката: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>эскертүү: %1</translation>
    </message>
</context>
<context>
    <name>dpi::agreement</name>
    <message>
        <source>only one analyst gave levels here</source>
        <translation>бул жерде бир гана аналитик деңгээл берген</translation>
    </message>
    <message>
        <source>no analyst&apos;s ratings</source>
        <translation>аналитиктердин баалары жок</translation>
    </message>
    <message>
        <source>every rating has the same value, so agreement beyond chance cannot be measured</source>
        <translation>бардык баалар бирдей, ошондуктан кокустуктан тышкаркы макулдукту өлчөөгө болбойт</translation>
    </message>
    <message>
        <source>fewer than two items were rated by at least two analysts</source>
        <translation>жок дегенде эки аналитик баалаган критерийлер экиден аз</translation>
    </message>
    <message>
        <source>the bootstrap needs at least two draws and a level between 0 and 1</source>
        <translation>бутстрепке жок дегенде эки тандоо жана 0 менен 1 ортосундагы деңгээл керек</translation>
    </message>
    <message>
        <source>alpha could be computed in only %1 of %2 bootstrap resamples</source>
        <translation>альфаны %2 бутстреп тандоосунун %1 гана ичинде эсептөөгө мүмкүн болду</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa compares exactly two analysts (there are %1)</source>
        <translation>Коэндин каппасы так эки аналитикти салыштырат (алар %1)</translation>
    </message>
    <message>
        <source>no item was rated by both analysts</source>
        <translation>эки аналитик тең баалаган критерий жок</translation>
    </message>
    <message>
        <source>no item was rated by two analysts</source>
        <translation>эки аналитик баалаган критерий жок</translation>
    </message>
</context>
<context>
    <name>dpi::conclusionsedit</name>
    <message>
        <source>Add Finding</source>
        <translation>Тыянак кошуу</translation>
    </message>
    <message>
        <source>Add Strength</source>
        <translation>Күчтүү жагын кошуу</translation>
    </message>
    <message>
        <source>Remove Finding</source>
        <translation>Тыянакты алып салуу</translation>
    </message>
    <message>
        <source>Remove Strength</source>
        <translation>Күчтүү жагын алып салуу</translation>
    </message>
    <message>
        <source>Edit Finding</source>
        <translation>Тыянакты түзөтүү</translation>
    </message>
    <message>
        <source>Edit Strength</source>
        <translation>Күчтүү жагын түзөтүү</translation>
    </message>
    <message>
        <source>Link Criteria</source>
        <translation>Критерийлер менен байланыштыруу</translation>
    </message>
    <message>
        <source>Move Finding</source>
        <translation>Тыянакты жылдыруу</translation>
    </message>
    <message>
        <source>Move Strength</source>
        <translation>Күчтүү жагын жылдыруу</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Иш-аракет кошуу</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Иш-аракетти алып салуу</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Иш-аракетти түзөтүү</translation>
    </message>
    <message>
        <source>Set Action Priority</source>
        <translation>Иш-аракеттин артыкчылыгын коюу</translation>
    </message>
    <message>
        <source>Set Action Owner</source>
        <translation>Жооптуу адамды дайындоо</translation>
    </message>
    <message>
        <source>Set Action Horizon</source>
        <translation>Иш-аракеттин мөөнөтүн коюу</translation>
    </message>
    <message>
        <source>Edit Action Cost</source>
        <translation>Иш-аракеттин чыгымын түзөтүү</translation>
    </message>
    <message>
        <source>Move Action</source>
        <translation>Иш-аракетти жылдыруу</translation>
    </message>
    <message>
        <source>Turn Recommendations into Actions</source>
        <translation>Сунуштарды иш-аракеттерге айландыруу</translation>
    </message>
    <message>
        <source>Edit Context</source>
        <translation>Контекстти түзөтүү</translation>
    </message>
    <message>
        <source>Edit Context Sources</source>
        <translation>Контексттин булактарын түзөтүү</translation>
    </message>
</context>
<context>
    <name>dpi::edit</name>
    <message>
        <source>Set level %1</source>
        <translation>%1-деңгээлди коюу</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Колдонулбайт деп белгилөө</translation>
    </message>
    <message>
        <source>Clear level</source>
        <translation>Деңгээлди тазалоо</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Ишенимди коюу</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Жазууларды түзөтүү</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Сунушту түзөтүү</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Далил кошуу</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Далилди алып салуу</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Далилди түзөтүү</translation>
    </message>
    <message>
        <source>Move evidence</source>
        <translation>Далилди жылдыруу</translation>
    </message>
    <message>
        <source>Mark unverified</source>
        <translation>Тастыкталган эмес деп белгилөө</translation>
    </message>
    <message>
        <source>Edit what would verify</source>
        <translation>Эмне текшере турганын түзөтүү</translation>
    </message>
    <message>
        <source>Reconcile at level %1</source>
        <translation>%1-деңгээлде макулдашуу</translation>
    </message>
    <message>
        <source>Reconcile as not applicable</source>
        <translation>Колдонулбайт деп макулдашуу</translation>
    </message>
</context>
<context>
    <name>dpi::frameworkcompare</name>
    <message>
        <source>The YAML has errors. Fix them (Edit &gt; Next Problem) before comparing.</source>
        <translation>YAML&apos;да каталар бар. Салыштыруудан мурун аларды оңдоңуз («Түзөтүү › Кийинки көйгөй»).</translation>
    </message>
    <message>
        <source>being edited</source>
        <translation>түзөтүлүүдө</translation>
    </message>
    <message>
        <source>This framework has not been saved yet, so there is no saved version to compare with.</source>
        <translation>Бул методика азырынча сакталган эмес, ошондуктан салыштыра турган сакталган версия жок.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сакталган</translation>
    </message>
    <message>
        <source>Compare Frameworks</source>
        <translation>Методикаларды салыштыруу</translation>
    </message>
    <message>
        <source>With &amp;Saved Version</source>
        <translation>&amp;Сакталган версия менен</translation>
    </message>
    <message>
        <source>With &amp;File…</source>
        <translation>&amp;Файл менен…</translation>
    </message>
    <message>
        <source>Compare with Framework</source>
        <translation>Методика менен салыштыруу</translation>
    </message>
    <message>
        <source>Frameworks (*.framework.yaml *.yaml)</source>
        <translation>Методикалар (*.framework.yaml *.yaml)</translation>
    </message>
</context>
<context>
    <name>dpi::mapedit</name>
    <message>
        <source>New map %1</source>
        <translation>Жаңы карта %1</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Жаңы карта</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Картанын атын өзгөртүү</translation>
    </message>
    <message>
        <source>Edit map explanation</source>
        <translation>Картанын түшүндүрмөсүн түзөтүү</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Картаны өчүрүү</translation>
    </message>
    <message>
        <source>Move map element</source>
        <translation>Картанын элементин жылдыруу</translation>
    </message>
    <message numerus="yes">
        <source>Move %n map elements</source>
        <translation>
            <numerusform>Картанын %n элементин жылдыруу</numerusform>
            <numerusform>Картанын %n элементин жылдыруу</numerusform>
        </translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Жаңы компонент</translation>
    </message>
    <message>
        <source>Add component &quot;%1&quot;</source>
        <translation>«%1» компонентин кошуу</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>«%1» атын «%2» деп өзгөртүү</translation>
    </message>
    <message>
        <source>Delete map element</source>
        <translation>Картанын элементин өчүрүү</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n map elements</source>
        <translation>
            <numerusform>Картанын %n элементин өчүрүү</numerusform>
            <numerusform>Картанын %n элементин өчүрүү</numerusform>
        </translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>«%1» менен «%2» байланыштыруу</translation>
    </message>
    <message>
        <source>Evolve &quot;%1&quot;</source>
        <translation>«%1» эволюциясы</translation>
    </message>
    <message>
        <source>Add pipeline to &quot;%1&quot;</source>
        <translation>«%1» үчүн конвейер кошуу</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертме</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Эскертме кошуу</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Эскертмени түзөтүү</translation>
    </message>
    <message>
        <source>Annotation %1</source>
        <translation>Аннотация %1</translation>
    </message>
    <message>
        <source>Add annotation %1</source>
        <translation>%1 аннотациясын кошуу</translation>
    </message>
    <message>
        <source>Add inertia to &quot;%1&quot;</source>
        <translation>«%1» үчүн инерция кошуу</translation>
    </message>
    <message>
        <source>Remove inertia from &quot;%1&quot;</source>
        <translation>«%1» инерциясын алып салуу</translation>
    </message>
    <message>
        <source>Change how &quot;%1&quot; is sourced</source>
        <translation>«%1» кантип алынарын өзгөртүү</translation>
    </message>
    <message>
        <source>Edit map text</source>
        <translation>Картанын текстин түзөтүү</translation>
    </message>
</context>
<context>
    <name>dpi::merge</name>
    <message>
        <source>both branches changed map &apos;%1&apos; differently</source>
        <translatorcomment>Uncertain Kyrgyz: &apos;бутак&apos; for a git branch.</translatorcomment>
        <translation>эки бутак тең «%1» картасын ар башкача өзгөрттү</translation>
    </message>
    <message>
        <source>both branches changed the report settings differently</source>
        <translation>эки бутак тең отчеттун жөндөөлөрүн ар башкача өзгөрттү</translation>
    </message>
    <message>
        <source>both branches changed the project&apos;s &apos;%1&apos; differently</source>
        <translation>эки бутак тең долбоордун «%1» маанисин ар башкача өзгөрттү</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; is at version %2 on this branch and %3 on the other: upgrade both to the same version with &apos;dpiw upgrade&apos; before merging</source>
        <translation>«%1» методикасы бул бутакта %2 версиясында, экинчисинде %3: бириктирүүдөн мурун экөөнү тең «dpiw upgrade» менен бир версияга жаңыртыңыз</translation>
    </message>
    <message>
        <source>both branches changed framework &apos;%1&apos; differently</source>
        <translation>эки бутак тең «%1» методикасын ар башкача өзгөрттү</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; was upgraded on one branch while scores of it changed on the other: run &apos;dpiw upgrade&apos; on the other branch too, then merge</source>
        <translation>«%1» методикасы бир бутакта жаңыртылды, ал эми анын баалары экинчисинде өзгөрдү: экинчи бутакта да «dpiw upgrade» аткарып, андан кийин бириктириңиз</translation>
    </message>
    <message>
        <source>both branches changed sector &apos;%1&apos; (title or description, or one removed it) differently</source>
        <translation>эки бутак тең «%1» тармагын ар башкача өзгөрттү (аталышын, сүрөттөмөсүн, же бирөө аны алып салды)</translation>
    </message>
    <message>
        <source>%1: both branches changed the rating by &apos;%2&apos; differently</source>
        <translation>%1: эки бутак тең «%2» баасын ар башкача өзгөрттү</translation>
    </message>
    <message>
        <source>cannot tell whose ratings this file holds: no score names its analyst and the team is not one person; set &apos;team: [NAME]&apos; (or score it with your name set in the app)</source>
        <translation>бул файлда кимдин баалары экенин билүүгө болбойт: эч бир баа өз аналитигин атабайт жана топ бир адам эмес; «team: [АТЫ]» коюңуз (же программада атыңызды коюп баалаңыз)</translation>
    </message>
    <message>
        <source>the scores name several analysts (%1); merge expects one analyst&apos;s file, or a team file with &apos;ratings&apos;</source>
        <translation>баалар бир нече аналитикти атайт (%1); бириктирүү бир аналитиктин файлын же «ratings» бар топтун файлын күтөт</translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation>бириктире турган эч нерсе жок</translation>
    </message>
    <message>
        <source>this file and %1 both hold ratings by &apos;%2&apos;; each analyst&apos;s file must name its own analyst</source>
        <translation>бул файлда да, %1 ичинде да «%2» баалары бар; ар бир аналитиктин файлы өз аналитигин аташы керек</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; is at version %2 here but at %3 in %4: bring both files to the same version first with &apos;dpiw upgrade FILE --framework NEWER.framework.yaml --apply&apos;</source>
        <translation>«%1» методикасы бул жерде %2 версиясында, ал эми %4 ичинде %3: адегенде эки файлды «dpiw upgrade FILE --framework NEWER.framework.yaml --apply» менен бир версияга келтириңиз</translation>
    </message>
    <message>
        <source>the embedded copy of &apos;%1@%2&apos; differs from the one in %3; the files must embed the same framework</source>
        <translation>«%1@%2» ичиндеги көчүрмөсү %3 ичиндегисинен айырмаланат; файлдарда бир эле методика болушу керек</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; has weight %2 here and %3 in %4; the merged file keeps %3</source>
        <translation>«%1» методикасынын салмагы бул жерде %2, ал эми %4 ичинде %3; бириктирилген файл %3 сактайт</translation>
    </message>
    <message>
        <source>sector &apos;%1&apos; has another title or description here than in %2; the merged file keeps the one from %2</source>
        <translation>«%1» тармагынын аталышы же сүрөттөмөсү бул жерде %2 ичиндегиден башкача; бириктирилген файл %2 ичиндегисин сактайт</translation>
    </message>
    <message>
        <source>%1: the rating by &apos;%2&apos; differs from the one in %3; keep one version of each analyst&apos;s rating</source>
        <translation>%1: «%2» баасы %3 ичиндегиден айырмаланат; ар бир аналитиктин баасынын бир версиясын калтырыңыз</translation>
    </message>
    <message>
        <source>%1: the agreed result differs from the one in %2; the criterion is open for reconciliation again</source>
        <translation>%1: макулдашылган жыйынтык %2 ичиндегиден айырмаланат; критерий кайра макулдашууга ачык</translation>
    </message>
    <message>
        <source>%1: the agreed level %2 is contradicted by the new rating of &apos;%3&apos; (%4); the criterion is open for reconciliation again</source>
        <translation>%1: макулдашылган %2-деңгээлге «%3» жаңы баасы (%4) каршы келет; критерий кайра макулдашууга ачык</translation>
    </message>
    <message>
        <source>the maps differ from those in %1; the merged file keeps the maps of %1</source>
        <translation>карталар %1 ичиндегилерден айырмаланат; бириктирилген файл %1 карталарын сактайт</translation>
    </message>
    <message>
        <source>the report settings differ from those in %1; the merged file keeps those of %1</source>
        <translation>отчеттун жөндөөлөрү %1 ичиндегилерден айырмаланат; бириктирилген файл %1 жөндөөлөрүн сактайт</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Score digital public infrastructure assessments.</source>
        <translation>Санариптик коомдук инфраструктураны баалоо.</translation>
    </message>
    <message>
        <source>Open a framework file in the framework editor only.</source>
        <translation>Методика файлын методика редакторунда гана ачуу.</translation>
    </message>
    <message>
        <source>The tab to show on start: scoring, map, results or findings.</source>
        <translation>Баштаганда көрсөтүлө турган өтмөк: scoring, map, results же findings.</translation>
    </message>
    <message>
        <source>A project (*.dpi.yaml) to open, a framework (*.framework.yaml) to edit, or a Wardley map (*.owm) to add to a new project.</source>
        <translation>Ачыла турган долбоор (*.dpi.yaml), түзөтүлө турган методика (*.framework.yaml) же жаңы долбоорго кошула турган Уордли картасы (*.owm).</translation>
    </message>
    <message>
        <source>The interface language for this run, not stored: en, ru or ky.</source>
        <translation>Ушул иштетүү үчүн интерфейстин тили, сакталбайт: en, ru же ky.</translation>
    </message>
</context>
</TS>
