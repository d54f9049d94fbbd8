<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FrameworkDiffSections</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Переименовано</translation>
    </message>
    <message>
        <source>Moved to another dimension</source>
        <translation>Перенесено в другое измерение</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Critical rule</source>
        <translation>Критическое правило</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>Wording and references</source>
        <translation>Формулировки и ссылки</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>уровень %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>указания</translation>
    </message>
    <message>
        <source>evidence expected</source>
        <translation>ожидаемые доказательства</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>references</source>
        <translation>ссылки</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>critical rule</source>
        <translation>критическое правило</translation>
    </message>
    <message>
        <source>label</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
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
        <translation>основана на</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>переименовано</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>измерение</translation>
    </message>
    <message>
        <source>criterion in %1</source>
        <translation>критерий в %1</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>критерий</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, weight %1</source>
        <translation>
            <numerusform>%n критерий, вес %1</numerusform>
            <numerusform>%n критерия, вес %1</numerusform>
            <numerusform>%n критериев, вес %1</numerusform>
        </translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Уровень %1 — %2</translation>
    </message>
</context>
<context>
    <name>FrameworkEditGate</name>
    <message>
        <source>The YAML has errors; fix them in the YAML tab first.</source>
        <translation>В YAML есть ошибки; сначала исправьте их на вкладке YAML.</translation>
    </message>
</context>
<context>
    <name>FrameworkEdits</name>
    <message>
        <source>Edit YAML</source>
        <translation>Правка YAML</translation>
    </message>
</context>
<context>
    <name>FrameworkStructure</name>
    <message>
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
    <message>
        <source>What does the analyst check?</source>
        <translation>Что проверяет аналитик?</translation>
    </message>
    <message>
        <source>Describe this level.</source>
        <translation>Опишите этот уровень.</translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation>Добавить измерение</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Новое измерение</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <source>Duplicate criterion</source>
        <translation>Дублировать критерий</translation>
    </message>
    <message>
        <source>Duplicate dimension</source>
        <translation>Дублировать измерение</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Удалить критерий</translation>
    </message>
    <message>
        <source>Remove dimension</source>
        <translation>Удалить измерение</translation>
    </message>
    <message>
        <source>Move dimension up</source>
        <translation>Переместить измерение вверх</translation>
    </message>
    <message>
        <source>Move dimension down</source>
        <translation>Переместить измерение вниз</translation>
    </message>
    <message>
        <source>Move criterion up</source>
        <translation>Переместить критерий вверх</translation>
    </message>
    <message>
        <source>Move criterion down</source>
        <translation>Переместить критерий вниз</translation>
    </message>
    <message>
        <source>Move criterion to “%1”</source>
        <translation>Переместить критерий в «%1»</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>Переместить критерий</translation>
    </message>
    <message>
        <source>Move dimension</source>
        <translation>Переместить измерение</translation>
    </message>
</context>
<context>
    <name>FrameworkTranslations</name>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>указания</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <source>rubric %1</source>
        <translation>рубрика %1</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
</context>
<context>
    <name>dpi::AboutDialog</name>
    <message>
        <source>About DPI Workbench</source>
        <translation>О программе DPI Workbench</translation>
    </message>
    <message>
        <source>Rapid assessments of digital public infrastructure.</source>
        <translation>Быстрые оценки цифровой публичной инфраструктуры.</translation>
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
        <translation>Qt %1 (собрано с Qt %2)</translation>
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
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Linked criteria</source>
        <translation>Связанные критерии</translation>
    </message>
    <message>
        <source>Cost note</source>
        <translation>Затраты</translation>
    </message>
</context>
<context>
    <name>dpi::AgreementView</name>
    <message>
        <source>No analysts&apos; ratings: merge the analysts&apos; files (File › Merge Analysts&apos; Files) to measure their agreement.</source>
        <translation>Нет оценок аналитиков: объедините файлы аналитиков (Файл › Объединить файлы аналитиков), чтобы измерить их согласованность.</translation>
    </message>
    <message>
        <source>Analysts: %1. Items rated by two or more: %2. Alpha with bootstrap 95 % interval; N/A and unrated are missing values.</source>
        <translation>Аналитики: %1. Критериев с оценками двух и более: %2. Альфа с бутстреп-интервалом 95 %; Н/П и неоценённые — пропуски.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>α ordinal</source>
        <translation>α порядковая</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % интервал</translation>
    </message>
    <message>
        <source>α interval</source>
        <translation>α интервальная</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Точно</translation>
    </message>
    <message>
        <source>Within 1</source>
        <translation>В пределах 1</translation>
    </message>
    <message>
        <source>κ</source>
        <translation>κ</translation>
    </message>
    <message>
        <source>κ linear</source>
        <translation>κ линейная</translation>
    </message>
    <message>
        <source>κ quadratic</source>
        <translation>κ квадратичная</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>Сектор: %1</translation>
    </message>
</context>
<context>
    <name>dpi::CompareFrameworksDialog</name>
    <message>
        <source>Compare Frameworks</source>
        <translation>Сравнить методики</translation>
    </message>
    <message>
        <source>Shows what changed from the old framework to the new one: criteria added, removed or renamed, weights, critical rules, rubric levels and translations.</source>
        <translation>Показывает, что изменилось от старой методики к новой: добавленные, удалённые и переименованные критерии, веса, критические правила, уровни рубрик и переводы.</translation>
    </message>
    <message>
        <source>&amp;Old (before):</source>
        <translation>&amp;Старая (до):</translation>
    </message>
    <message>
        <source>&amp;New (after):</source>
        <translation>&amp;Новая (после):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Choose two frameworks to compare.</source>
        <translation>Выберите две методики для сравнения.</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>старая: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>новая: %1</translation>
    </message>
</context>
<context>
    <name>dpi::CompareRoundsDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>&amp;Use as Previous Round</source>
        <translation>&amp;Сделать прошлым раундом</translation>
    </message>
    <message>
        <source>Compare with Previous Round</source>
        <translation>Сравнение с прошлым раундом</translation>
    </message>
    <message>
        <source>Store this file as the project&apos;s previous round (Edit &gt; Undo takes it back)</source>
        <translation>Записать этот файл как прошлый раунд проекта (Правка &gt; Отменить вернёт как было)</translation>
    </message>
    <message>
        <source>This project names no previous round. Choose the earlier round&apos;s project file.</source>
        <translation>В проекте не указан прошлый раунд. Выберите файл проекта предыдущего раунда.</translation>
    </message>
    <message>
        <source>Previous round: %1</source>
        <translation>Прошлый раунд: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Сравнивается с: %1</translation>
    </message>
    <message>
        <source>This file cannot be compared: %1</source>
        <translation>Этот файл нельзя сравнить: %1</translation>
    </message>
    <message>
        <source>it is not a readable project</source>
        <translation>это не читаемый файл проекта</translation>
    </message>
    <message>
        <source>The two rounds hold the same scores.</source>
        <translation>В обоих раундах одинаковые оценки.</translation>
    </message>
    <message>
        <source>Previous Round</source>
        <translation>Прошлый раунд</translation>
    </message>
    <message>
        <source>Assessment projects (*.dpi.yaml)</source>
        <translation>Проекты оценки (*.dpi.yaml)</translation>
    </message>
</context>
<context>
    <name>dpi::ConclusionLabels</name>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Within 6 months</source>
        <translation>До 6 месяцев</translation>
    </message>
    <message>
        <source>6–18 months</source>
        <translation>6–18 месяцев</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
</context>
<context>
    <name>dpi::ConclusionSection</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Link Criteria…</source>
        <translation>Критерии…</translation>
    </message>
</context>
<context>
    <name>dpi::ContextEditor</name>
    <message>
        <source>Context of the assessment</source>
        <translation>Контекст оценки</translation>
    </message>
    <message>
        <source>National strategies, the data-exchange platform and its operator… A blank line starts a new paragraph.</source>
        <translation>Национальные стратегии, платформа обмена данными и её оператор… Пустая строка начинает новый абзац.</translation>
    </message>
    <message>
        <source>One source per line: https://… or Title | https://…</source>
        <translation>Один источник на строку: https://… или Название | https://…</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
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
        <translation>Оценки и связи на карте ссылаются на этот id. Переименовываете критерий, который уже используется в оценках? Добавьте старый id в «Заменяет».</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>Измерение:</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Указания:</translation>
    </message>
    <message>
        <source>Evidence expected:</source>
        <translation>Ожидаемые доказательства:</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <source>Weight in its dimension:</source>
        <translation>Вес в своём измерении:</translation>
    </message>
    <message>
        <source>Change criterion weight</source>
        <translation>Изменить вес критерия</translation>
    </message>
    <message>
        <source>Critical (red flag)</source>
        <translation>Критический (красный флаг)</translation>
    </message>
    <message>
        <source>Flag when the level is below:</source>
        <translation>Флаг, когда уровень ниже:</translation>
    </message>
    <message>
        <source>Cap the dimension score at</source>
        <translation>Ограничить балл измерения значением</translation>
    </message>
    <message>
        <source>A level strictly below the threshold raises a red flag for the sector; with a cap, the dimension&apos;s score is limited while flagged.</source>
        <translation>Уровень строго ниже порога поднимает красный флаг для сектора; с ограничением балл измерения урезается, пока флаг поднят.</translation>
    </message>
    <message>
        <source>Rubric: what each level looks like</source>
        <translation>Рубрика: как выглядит каждый уровень</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Rows with the same number form one reference, e.g. govstack + requirement. Common keys: govstack, requirement, dpg, law, url, note.</source>
        <translation>Строки с одним номером образуют одну ссылку, например govstack + requirement. Частые ключи: govstack, requirement, dpg, law, url, note.</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation>Добавить ссылку</translation>
    </message>
    <message>
        <source>Add key to reference</source>
        <translation>Добавить ключ к ссылке</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Обновления версий</translation>
    </message>
    <message>
        <source>old ids, separated by commas</source>
        <translation>старые id через запятую</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Заменяет:</translation>
    </message>
    <message>
        <source>Ids this criterion had in earlier versions: upgrading an assessment carries their scores over to this criterion.</source>
        <translation>Id этого критерия в прежних версиях: при обновлении оценки их баллы переносятся на этот критерий.</translation>
    </message>
    <message>
        <source>Edit criterion %1</source>
        <translation>Правка критерия %1</translation>
    </message>
    <message>
        <source>Edit rubric level %1</source>
        <translation>Правка уровня рубрики %1</translation>
    </message>
    <message>
        <source>Rename criterion %1 to %2</source>
        <translation>Переименовать критерий %1 в %2</translation>
    </message>
    <message>
        <source>Change critical rule</source>
        <translation>Изменить критическое правило</translation>
    </message>
    <message>
        <source>Edit references</source>
        <translation>Правка ссылок</translation>
    </message>
    <message>
        <source>Where the requirement comes from</source>
        <translation>Откуда взято требование</translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation>Удалить ссылку</translation>
    </message>
    <message>
        <source>“%1” is not a valid id.</source>
        <translation>«%1» — недопустимый id.</translation>
    </message>
    <message>
        <source>A criterion cannot replace itself.</source>
        <translation>Критерий не может заменять сам себя.</translation>
    </message>
    <message>
        <source>Edit replaced ids</source>
        <translation>Правка заменяемых id</translation>
    </message>
</context>
<context>
    <name>dpi::CriterionLinkDialog</name>
    <message>
        <source>Link Criteria</source>
        <translation>Связать с критериями</translation>
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
        <translation>Отметьте критерии, на которых основан этот пункт:</translation>
    </message>
</context>
<context>
    <name>dpi::CriterionPanel</name>
    <message>
        <source>Select a criterion in the scoring grid.</source>
        <translation>Выберите критерий в таблице оценок.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Указания</translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation>Ожидаемые доказательства</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Mark the criterion not applicable to this sector (key N)</source>
        <translation>Отметить критерий как неприменимый к этому сектору (клавиша N)</translation>
    </message>
    <message>
        <source>Clear level</source>
        <translation>Сбросить уровень</translation>
    </message>
    <message>
        <source>Remove the level; evidence and notes stay (key Delete)</source>
        <translation>Убрать уровень; доказательства и заметки остаются (клавиша Delete)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Уверенность:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Observations; for N/A, the reason</source>
        <translation>Наблюдения; для «неприменимо» — причина</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>What should change to reach the next level</source>
        <translation>Что нужно изменить, чтобы достичь следующего уровня</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>вес %1</translation>
    </message>
    <message>
        <source>Critical: a level below %1 raises a red flag for the sector</source>
        <translation>Критический: уровень ниже %1 поднимает красный флаг для сектора</translation>
    </message>
    <message>
        <source> and caps the dimension at %1 %</source>
        <translation> и ограничивает измерение значением %1 %</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Оценка для «%1»</translation>
    </message>
    <message>
        <source>Select a sector column in the grid to score this criterion.</source>
        <translation>Выберите столбец сектора в таблице, чтобы оценить этот критерий.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <source>Scored by %1</source>
        <translation>Оценил(а): %1</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>Looked for but not found in the sources available: counts as unscored, raises no red flag and is listed to verify (key U)</source>
        <translation>Искали, но не нашли в доступных источниках: считается неоценённым, не поднимает красный флаг и попадает в список для проверки (клавиша U)</translation>
    </message>
    <message>
        <source>What would settle it</source>
        <translation>Что позволит проверить</translation>
    </message>
    <message>
        <source>The source or check that would give a level, e.g. the operator&apos;s member catalogue</source>
        <translation>Источник или проверка, которые дали бы уровень, например каталог участников у оператора</translation>
    </message>
</context>
<context>
    <name>dpi::CriterionPreview</name>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — as analysts see it while scoring</source>
        <translation>&lt;b&gt;Предпросмотр&lt;/b&gt; — как его видят аналитики при оценивании</translation>
    </message>
    <message>
        <source>Scores given here go to a sample sector and are not kept.</source>
        <translation>Оценки, поставленные здесь, относятся к образцовому сектору и не сохраняются.</translation>
    </message>
    <message>
        <source>Language of the preview</source>
        <translation>Язык предпросмотра</translation>
    </message>
    <message>
        <source>Select a criterion in the tree to see it as analysts will.</source>
        <translation>Выберите критерий в дереве, чтобы увидеть его так, как увидят аналитики.</translation>
    </message>
    <message>
        <source>Framework preview</source>
        <translation>Предпросмотр методики</translation>
    </message>
    <message>
        <source>Sample sector</source>
        <translation>Образцовый сектор</translation>
    </message>
</context>
<context>
    <name>dpi::DashboardWidget</name>
    <message>
        <source>Add a framework and a sector to see results here.</source>
        <translation>Добавьте методику и сектор, чтобы увидеть здесь результаты.</translation>
    </message>
    <message>
        <source>Radars for &amp;framework:</source>
        <translation>Радары для &amp;методики:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Красные флаги</translation>
    </message>
    <message>
        <source>%1 (below %2)</source>
        <translation>%1 (ниже %2)</translation>
    </message>
    <message>
        <source>Red flags (%1)</source>
        <translation>Красные флаги (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Confidence of the %1 score(s) behind it: %2 high, %3 medium, %4 low, %5 not given (counted as low). The label is the median.</source>
        <translation>Уверенность оценок, на которых он основан (%1): высокая %2, средняя %3, низкая %4, не указана %5 (считается низкой). Показана медиана.</translation>
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
        <translation>Охват %1: оценено %2 из %3 применимых критериев, не подтверждено %4.
%5</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>соответствует</translation>
    </message>
    <message>
        <source>does not meet</source>
        <translation>не соответствует</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>не определено</translation>
    </message>
    <message>
        <source>%1 of %2 passed, %3 failed, %4 unverified, %5 unscored</source>
        <translation>выполнено %1 из %2, не выполнено %3, не подтверждено %4, не оценено %5</translation>
    </message>
    <message>
        <source>Under each percentage: its coverage (applicable criteria scored) · the confidence of the scores behind it (their median; not given counts as low). Gate frameworks are checklists, never averaged. The figures are not a ranking.</source>
        <translation>Под каждым процентом: охват (доля оценённых применимых критериев) · уверенность оценок, на которых он основан (медиана; не указанная считается низкой). Методики-перечни условий — контрольные списки, они не усредняются. Цифры — не рейтинг.</translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation>Согласованность аналитиков</translation>
    </message>
    <message>
        <source>%1: %2
%3 covered · %4 confidence</source>
        <translation>%1: %2
охват %3 · уверенность %4</translation>
    </message>
    <message>
        <source>%1
%2 of %3 passed</source>
        <translation>%1
выполнено %2 из %3</translation>
    </message>
    <message>
        <source>%1
%2 covered · %3 confidence</source>
        <translation>%1
охват %2 · уверенность %3</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (не подтверждено)</translation>
    </message>
    <message>
        <source>Unscored and unverified criteria (%1)</source>
        <translation>Неоценённые и неподтверждённые критерии (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>ещё не оценено</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/п</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не выполнено</translation>
    </message>
    <message numerus="yes">
        <source>Gates (%n framework(s), never averaged)</source>
        <translation>
            <numerusform>Условия (%n методика, не усредняются)</numerusform>
            <numerusform>Условия (%n методики, не усредняются)</numerusform>
            <numerusform>Условия (%n методик, не усредняются)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpi::DiagnosticsView</name>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>dpi::DimensionForm</name>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Weight in the framework:</source>
        <translation>Вес в методике:</translation>
    </message>
    <message>
        <source>Edit dimension title</source>
        <translation>Правка названия измерения</translation>
    </message>
    <message>
        <source>Edit dimension description</source>
        <translation>Правка описания измерения</translation>
    </message>
    <message>
        <source>Change dimension weight</source>
        <translation>Изменить вес измерения</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n критерий</numerusform>
            <numerusform>%n критерия</numerusform>
            <numerusform>%n критериев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n critical</source>
        <translation>
            <numerusform>, %n критический</numerusform>
            <numerusform>, %n критических</numerusform>
            <numerusform>, %n критических</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename dimension %1 to %2</source>
        <translation>Переименовать измерение %1 в %2</translation>
    </message>
</context>
<context>
    <name>dpi::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>The project has no file name yet.</source>
        <translation>У проекта ещё нет имени файла.</translation>
    </message>
</context>
<context>
    <name>dpi::EvidenceEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>What was found, e.g. “Listed as a member in the catalogue”</source>
        <translation>Что найдено, например «Указан как участник в каталоге»</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL источника</translation>
    </message>
</context>
<context>
    <name>dpi::EvidenceModel</name>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL источника</translation>
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
        <translation>показано на русском: нет текста на кыргызском</translation>
    </message>
    <message>
        <source>shown in English: no Kyrgyz or Russian text</source>
        <translation>показано на английском: нет текста на кыргызском и русском</translation>
    </message>
    <message>
        <source>shown in English: no Russian text</source>
        <translation>показано на английском: нет текста на русском</translation>
    </message>
    <message>
        <source>shown in the language “%1”: no text in “%2”</source>
        <translation>показано на языке «%1»: нет текста на языке «%2»</translation>
    </message>
</context>
<context>
    <name>dpi::FilterBar</name>
    <message>
        <source>Unscored only</source>
        <translation>Только неоценённые</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Только критические</translation>
    </message>
    <message>
        <source>Search criteria (id, title, question)</source>
        <translation>Поиск критериев (id, название, вопрос)</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>Измерение:</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Все измерения</translation>
    </message>
    <message>
        <source>Disagreements only</source>
        <translation>Только расхождения</translation>
    </message>
    <message>
        <source>Criteria on which the analysts gave different levels in some sector</source>
        <translation>Критерии, по которым аналитики дали разные уровни хотя бы в одном секторе</translation>
    </message>
    <message>
        <source>Changed since last round</source>
        <translation>Изменилось с прошлого раунда</translation>
    </message>
    <message>
        <source>Criteria whose level, N/A, unverified mark or confidence differs from the previous round in some sector</source>
        <translation>Критерии, у которых уровень, отметка Н/П, «не подтверждено» или уверенность в каком-либо секторе отличаются от прошлого раунда</translation>
    </message>
</context>
<context>
    <name>dpi::FindingListModel</name>
    <message>
        <source>Key finding</source>
        <translation>Основной вывод</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сильная сторона</translation>
    </message>
    <message>
        <source>Linked criteria</source>
        <translation>Связанные критерии</translation>
    </message>
</context>
<context>
    <name>dpi::FindingsPage</name>
    <message>
        <source>Turn Recommendations into Actions</source>
        <translation>Превратить рекомендации в действия</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Основные выводы</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Each score&apos;s one-line recommendation becomes an action of its sector, linked to that criterion, with medium priority.</source>
        <translation>Однострочная рекомендация каждой оценки становится действием её сектора, связанным с этим критерием, со средним приоритетом.</translation>
    </message>
    <message>
        <source>&amp;Conclusions of:</source>
        <translation>&amp;Выводы для:</translation>
    </message>
    <message>
        <source>The whole assessment</source>
        <translation>Оценка в целом</translation>
    </message>
    <message>
        <source>No score has a recommendation to turn into an action.</source>
        <translation>Ни у одной оценки нет рекомендации, которую можно превратить в действие.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) turned into actions.</source>
        <translation>
            <numerusform>%n рекомендация превращена в действие.</numerusform>
            <numerusform>%n рекомендации превращены в действия.</numerusform>
            <numerusform>%n рекомендаций превращено в действия.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkDiffDialog</name>
    <message>
        <source>Compare Frameworks — %1 → %2</source>
        <translation>Сравнение методик — %1 → %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkDiffView</name>
    <message>
        <source>Copy as Text</source>
        <translation>Копировать как текст</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Сохранить как JSON…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%2)&lt;/span&gt; &amp;nbsp;→&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%4)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%2)&lt;/span&gt; &amp;nbsp;→&amp;nbsp; &lt;b&gt;%3&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;(%4)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Filter changes (id, title, text)…</source>
        <translation>Фильтр изменений (id, название, текст)…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Copy the changes as text, in the form of “dpiw diff”</source>
        <translation>Скопировать изменения как текст, в виде «dpiw diff»</translation>
    </message>
    <message>
        <source>Save the changes as JSON, in the form of “dpiw diff --format json”</source>
        <translation>Сохранить изменения как JSON, в виде «dpiw diff --format json»</translation>
    </message>
    <message>
        <source>Save Framework Diff as JSON</source>
        <translation>Сохранить сравнение методик как JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Различий нет</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 renamed, %4 changed</source>
        <translation>добавлено: %1, удалено: %2, переименовано: %3, изменено: %4</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;No differences: the two frameworks are the same.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;Различий нет: обе методики одинаковы.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 changes shown</source>
        <translation>Показано изменений: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n change(s) as text.</source>
        <translation>
            <numerusform>Скопировано %n изменение как текст.</numerusform>
            <numerusform>Скопировано %n изменения как текст.</numerusform>
            <numerusform>Скопировано %n изменений как текст.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>The file is larger than 16 MiB.</source>
        <translation>Файл больше 16 МиБ.</translation>
    </message>
    <message>
        <source>The framework has no file name yet.</source>
        <translation>У методики ещё нет имени файла.</translation>
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
        <translation>Проект не использует ни одной методики</translation>
    </message>
    <message>
        <source>Edit &amp;Framework…</source>
        <translation>Редактировать &amp;методику…</translation>
    </message>
    <message>
        <source>Edit framework</source>
        <translation>Редактировать методику</translation>
    </message>
    <message>
        <source>Framework files (*.framework.yaml *.framework.yml);;All files (*)</source>
        <translation>Файлы методик (*.framework.yaml *.framework.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;New Framework</source>
        <translation>&amp;Новая методика</translation>
    </message>
    <message>
        <source>Edit Framework of This &amp;Project</source>
        <translation>Редактировать методику этого &amp;проекта</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkEditorWindow</name>
    <message>
        <source>Framework files (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Файлы методик (*.framework.yaml *.framework.yml);;Файлы YAML (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Структура</translation>
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
        <translation>&amp;Новая методика</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save as New &amp;Version…</source>
        <translation>Сохранить как новую &amp;версию…</translation>
    </message>
    <message>
        <source>Create &amp;Variant…</source>
        <translation>Создать в&amp;ариант…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Следующая проблема</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Предыдущая проблема</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Структура</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>Open framework</source>
        <translation>Открыть методику</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>Не удалось открыть %1:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>Save framework</source>
        <translation>Сохранить методику</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>Не удалось сохранить %1:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Save framework as</source>
        <translation>Сохранить методику как</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>The YAML has errors. Fix them first: a new version is made from what the text says, and the text does not say it clearly yet.</source>
        <translation>В YAML есть ошибки. Сначала исправьте их: новая версия создаётся из того, что сказано в тексте, а текст пока говорит это неясно.</translation>
    </message>
    <message>
        <source>New Version %1</source>
        <translation>Новая версия %1</translation>
    </message>
    <message>
        <source>Version %1 is in the editor but not saved; Undo takes it back.</source>
        <translation>Версия %1 в редакторе, но не сохранена; «Отменить» вернёт всё назад.</translation>
    </message>
    <message>
        <source>Create Variant</source>
        <translation>Создать вариант</translation>
    </message>
    <message>
        <source>The YAML has errors. Fix them first: a variant is made from what the text says.</source>
        <translation>В YAML есть ошибки. Сначала исправьте их: вариант создаётся из того, что сказано в тексте.</translation>
    </message>
    <message>
        <source>“%1” cannot be the variant&apos;s id: it must be a valid id different from %2.</source>
        <translation>«%1» не может быть id варианта: это должен быть допустимый id, отличный от %2.</translation>
    </message>
    <message>
        <source>Create Variant %1</source>
        <translation>Создать вариант %1</translation>
    </message>
    <message>
        <source>The variant is in the editor but not saved; Undo takes it back.</source>
        <translation>Вариант в редакторе, но не сохранён; «Отменить» вернёт всё назад.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The framework “%1” has unsaved changes. Save them?</source>
        <translation>В методике «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>No problems in the YAML.</source>
        <translation>В YAML нет проблем.</translation>
    </message>
    <message>
        <source>%1[*] — Framework Editor</source>
        <translation>%1[*] — Редактор методик</translation>
    </message>
    <message>
        <source>%1 (last valid state)</source>
        <translation>%1 (последнее корректное состояние)</translation>
    </message>
    <message>
        <source>not readable yet</source>
        <translation>пока не читается</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 ошибка</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>Ошибок: %1</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 предупреждение</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>Предупреждений: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message numerus="yes">
        <source>  (%n times)</source>
        <translation>
            <numerusform>  (%n раз)</numerusform>
            <numerusform>  (%n раза)</numerusform>
            <numerusform>  (%n раз)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 комментарий</translation>
    </message>
    <message>
        <source>%1 comments</source>
        <translation>Комментариев: %1</translation>
    </message>
    <message>
        <source>%1 of %2 would be lost: edits in the Structure tab rewrite the YAML, and the rewritten text cannot keep comments.</source>
        <translation>Будет потеряно %1 из %2: правки на вкладке «Структура» переписывают YAML, и переписанный текст не может сохранить комментарии.</translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more</source>
        <translation>
            <numerusform>    … и ещё %n</numerusform>
            <numerusform>    … и ещё %n</numerusform>
            <numerusform>    … и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“Show YAML Tab” saves nothing: there you can undo the structured edits (Ctrl+Z) to get the comments back and make the change in the text instead, or add the comments again.</source>
        <translation>«Показать вкладку YAML» ничего не сохраняет: там можно отменить структурные правки (Ctrl+Z), чтобы вернуть комментарии, и внести изменение в текст, либо добавить комментарии заново.</translation>
    </message>
    <message>
        <source>Comments would be lost</source>
        <translation>Комментарии будут потеряны</translation>
    </message>
    <message>
        <source>Save Without Them</source>
        <translation>Сохранить без них</translation>
    </message>
    <message>
        <source>Show YAML Tab</source>
        <translation>Показать вкладку YAML</translation>
    </message>
    <message>
        <source>Not saved. Undo the structured edits here to get the comments back, or add them again.</source>
        <translation>Не сохранено. Отмените здесь структурные правки, чтобы вернуть комментарии, или добавьте их заново.</translation>
    </message>
    <message>
        <source>Save an invalid framework?</source>
        <translation>Сохранить некорректную методику?</translation>
    </message>
    <message numerus="yes">
        <source>The framework has %n error(s), the first:

%1

It can be saved as it is to finish later, but projects cannot use it and the Structure tab cannot show it until the errors are fixed.</source>
        <translation>
            <numerusform>В методике %n ошибка, первая:

%1

Её можно сохранить как есть, чтобы закончить позже, но проекты не смогут её использовать, а вкладка «Структура» не сможет её показать, пока ошибки не исправлены.</numerusform>
            <numerusform>В методике %n ошибки, первая:

%1

Её можно сохранить как есть, чтобы закончить позже, но проекты не смогут её использовать, а вкладка «Структура» не сможет её показать, пока ошибки не исправлены.</numerusform>
            <numerusform>В методике %n ошибок, первая:

%1

Её можно сохранить как есть, чтобы закончить позже, но проекты не смогут её использовать, а вкладка «Структура» не сможет её показать, пока ошибки не исправлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkForm</name>
    <message>
        <source>Framework</source>
        <translation>Методика</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Use “Save as New Version” to change it; that also adds a changelog entry.</source>
        <translation>Чтобы изменить её, используйте «Сохранить как новую версию»; это также добавит запись в журнал изменений.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>not derived from another framework</source>
        <translation>не основана на другой методике</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation>Основана на:</translation>
    </message>
    <message>
        <source>e.g. CC-BY-4.0</source>
        <translation>например CC-BY-4.0</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>One author per line</source>
        <translation>Один автор на строку</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Авторы:</translation>
    </message>
    <message>
        <source>Edit licence</source>
        <translation>Правка лицензии</translation>
    </message>
    <message>
        <source>Edit authors</source>
        <translation>Правка авторов</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Edit framework title</source>
        <translation>Правка названия методики</translation>
    </message>
    <message>
        <source>Edit framework description</source>
        <translation>Правка описания методики</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Accessed: the date the URL was last checked, YYYY-MM-DD</source>
        <translation>Проверено: дата последней проверки URL, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <translation>Правка источников</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Analysts may mark a criterion “not applicable”</source>
        <translation>Аналитики могут отмечать критерий как «неприменимо»</translation>
    </message>
    <message>
        <source>Level values are fixed here: rubrics and scores refer to them. Change them in the YAML tab if you must.</source>
        <translation>Значения уровней здесь неизменны: на них ссылаются рубрики и оценки. Если очень нужно, меняйте их на вкладке YAML.</translation>
    </message>
    <message>
        <source>Allow “not applicable”</source>
        <translation>Разрешить «неприменимо»</translation>
    </message>
    <message>
        <source>Forbid “not applicable”</source>
        <translation>Запретить «неприменимо»</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>&lt;i&gt;No changelog entries yet. “Save as New Version” adds one.&lt;/i&gt;</source>
        <translation>&lt;i&gt;В журнале изменений пока нет записей. Их добавляет «Сохранить как новую версию».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Level %1 label:</source>
        <translation>Подпись уровня %1:</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>описание:</translation>
    </message>
    <message>
        <source>Edit scale level %1</source>
        <translation>Правка уровня шкалы %1</translation>
    </message>
    <message>
        <source>Change framework id to %1</source>
        <translation>Сменить id методики на %1</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>Удалить источник %1</translation>
    </message>
    <message>
        <source>Projects pin the framework as id@version. To adapt someone else&apos;s framework, use “Create Variant” instead of changing the id.</source>
        <translation>Проекты закрепляют методику как id@version. Чтобы адаптировать чужую методику, используйте «Создать вариант», а не меняйте id.</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkSourcePicker</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>In this project: %1 (%2@%3)</source>
        <translation>В этом проекте: %1 (%2@%3)</translation>
    </message>
    <message>
        <source>Framework file…</source>
        <translation>Файл методики…</translation>
    </message>
    <message>
        <source>path/to/name.framework.yaml</source>
        <translation>путь/к/имени.framework.yaml</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>этот проект</translation>
    </message>
    <message>
        <source>Choose a framework file.</source>
        <translation>Выберите файл методики.</translation>
    </message>
    <message>
        <source>%1: error: not a usable framework file</source>
        <translation>%1: ошибка: непригодный файл методики</translation>
    </message>
    <message>
        <source>Choose Framework</source>
        <translation>Выбор методики</translation>
    </message>
    <message>
        <source>Frameworks (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Методики (*.framework.yaml *.framework.yml);;Файлы YAML (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkStructureEditor</name>
    <message>
        <source>Dimensions and criteria</source>
        <translation>Измерения и критерии</translation>
    </message>
    <message>
        <source>Language of the titles in the tree</source>
        <translation>Язык названий в дереве</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Add a dimension after the selected one</source>
        <translation>Добавить измерение после выбранного</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Add a criterion to the selected dimension</source>
        <translation>Добавить критерий в выбранное измерение</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Duplicate the selected element with a new id</source>
        <translation>Дублировать выбранный элемент с новым id</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected element</source>
        <translation>Удалить выбранный элемент</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>+ Dimension</source>
        <translation>+ Измерение</translation>
    </message>
    <message>
        <source>+ Criterion</source>
        <translation>+ Критерий</translation>
    </message>
    <message>
        <source>Add Language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <source>Add a column for another language (e.g. ky for Kyrgyz) to every text</source>
        <translation>Добавить столбец для другого языка (например, ky для кыргызского) к каждому тексту</translation>
    </message>
    <message>
        <source>The YAML has never been valid, so there is nothing to show yet. Fix it in the YAML tab.</source>
        <translation>YAML ещё ни разу не был корректным, поэтому показывать пока нечего. Исправьте его на вкладке YAML.</translation>
    </message>
    <message>
        <source>The YAML has errors; fix them in the YAML tab to edit here.</source>
        <translation>В YAML есть ошибки; исправьте их на вкладке YAML, чтобы редактировать здесь.</translation>
    </message>
    <message>
        <source>The YAML has errors; fix them in the YAML tab to edit here. Showing the last valid version, read-only.</source>
        <translation>В YAML есть ошибки; исправьте их на вкладке YAML, чтобы редактировать здесь. Показана последняя корректная версия, только для чтения.</translation>
    </message>
    <message>
        <source>Languages side by side: %1</source>
        <translation>Языки рядом: %1</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>Language code (two or three lower-case letters, e.g. ky for Kyrgyz):</source>
        <translation>Код языка (две или три строчные буквы, например ky для кыргызского):</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>«%1» — не код языка.</translation>
    </message>
    <message>
        <source>This change was not applied: %1</source>
        <translation>Это изменение не применено: %1</translation>
    </message>
    <message>
        <source>Remove Dimension</source>
        <translation>Удалить измерение</translation>
    </message>
    <message numerus="yes">
        <source>Remove the dimension “%1” and its %n criteria?</source>
        <translation>
            <numerusform>Удалить измерение «%1» и его %n критерий?</numerusform>
            <numerusform>Удалить измерение «%1» и его %n критерия?</numerusform>
            <numerusform>Удалить измерение «%1» и его %n критериев?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Это можно отменить.</translation>
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
        <translation>Нет переводов:
%1</translation>
    </message>
    <message>
        <source>Critical: a level below %1 raises a red flag for the sector</source>
        <translation>Критический: уровень ниже %1 поднимает красный флаг для сектора</translation>
    </message>
    <message>
        <source> and caps the dimension at %1 %</source>
        <translation> и ограничивает измерение значением %1 %</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkValidator</name>
    <message>
        <source>the framework needs a title in at least one language</source>
        <translation>методике нужно название хотя бы на одном языке</translation>
    </message>
    <message>
        <source>duplicate %1 (first used at line %2)</source>
        <translation>повтор: %1 (впервые в строке %2)</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>повтор: %1</translation>
    </message>
    <message>
        <source>&apos;id&apos; must not be empty</source>
        <translation>«id» не должен быть пустым</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>«%1» — недопустимый id: используйте буквы, цифры, «.», «_» и «-», начиная с буквы или цифры</translation>
    </message>
    <message>
        <source>&apos;version&apos; must not be empty</source>
        <translation>«version» не должна быть пустой</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)</source>
        <translation>версия «%1» — не семантическая версия (MAJOR.MINOR.PATCH, например 1.0.0)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>«%1» — недопустимая дата (ожидается ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&apos;weight&apos; must be greater than 0, not %1</source>
        <translation>«weight» должен быть больше 0, а не %1</translation>
    </message>
    <message>
        <source>&apos;derived_from&apos; must be id@version (e.g. govstack-readiness@1.0.0), not &apos;%1&apos;</source>
        <translation>«derived_from» должно иметь вид id@версия (например govstack-readiness@1.0.0), а не «%1»</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>id источника</translation>
    </message>
    <message>
        <source>&apos;title&apos; must not be empty</source>
        <translation>«title» не должен быть пустым</translation>
    </message>
    <message>
        <source>scale level value %1</source>
        <translation>значение уровня шкалы %1</translation>
    </message>
    <message>
        <source>scale levels must be listed from lowest to highest; %1 comes after %2</source>
        <translation>уровни шкалы перечисляются от низшего к высшему; %1 идёт после %2</translation>
    </message>
    <message>
        <source>scale level %1 needs a label in at least one language</source>
        <translation>уровню шкалы %1 нужна подпись хотя бы на одном языке</translation>
    </message>
    <message>
        <source>a scale needs at least two levels</source>
        <translation>шкале нужно хотя бы два уровня</translation>
    </message>
    <message>
        <source>a gate framework&apos;s scale has exactly two levels (does not meet, then meets), not %1</source>
        <translation>у шкалы методики-перечня условий ровно два уровня (не соответствует, затем соответствует), а не %1</translation>
    </message>
    <message>
        <source>a framework needs at least one dimension</source>
        <translation>методике нужно хотя бы одно измерение</translation>
    </message>
    <message>
        <source>dimension id</source>
        <translation>id измерения</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos;</source>
        <translation>измерение «%1»</translation>
    </message>
    <message>
        <source>a dimension</source>
        <translation>измерение</translation>
    </message>
    <message>
        <source>%1 needs a title in at least one language</source>
        <translation>%1: нужно название хотя бы на одном языке</translation>
    </message>
    <message>
        <source>%1 has no criteria</source>
        <translation>%1: нет критериев</translation>
    </message>
    <message>
        <source>criterion id</source>
        <translation>id критерия</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;</source>
        <translation>критерий «%1»</translation>
    </message>
    <message>
        <source>a criterion</source>
        <translation>критерий</translation>
    </message>
    <message>
        <source>%1 needs a question in at least one language</source>
        <translation>%1: нужен вопрос хотя бы на одном языке</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;replaces&apos; is not a valid id</source>
        <translation>«%1» в «replaces» — недопустимый id</translation>
    </message>
    <message>
        <source>critical threshold %1 is outside the scale: &apos;below&apos; must be between %2 and %3</source>
        <translation>критический порог %1 вне шкалы: «below» должен быть от %2 до %3</translation>
    </message>
    <message>
        <source>&apos;cap&apos; is a percentage and must be between 0 and 100, not %1</source>
        <translation>«cap» — процент, он должен быть от 0 до 100, а не %1</translation>
    </message>
    <message>
        <source>&apos;cap&apos; has no effect in a gate framework: gates are counted, never averaged; it is ignored</source>
        <translation>«cap» не действует в методике-перечне условий: условия подсчитываются, а не усредняются; он игнорируется</translation>
    </message>
    <message>
        <source>the rubric of &apos;%1&apos;</source>
        <translation>рубрика «%1»</translation>
    </message>
    <message>
        <source>the rubric</source>
        <translation>рубрика</translation>
    </message>
    <message>
        <source>%1 is empty; describe each level of the scale</source>
        <translation>%1 пуста; опишите каждый уровень шкалы</translation>
    </message>
    <message>
        <source>rubric level %1 is not on the scale (%2)</source>
        <translation>уровня рубрики %1 нет на шкале (%2)</translation>
    </message>
    <message>
        <source>rubric level %1 of &apos;%2&apos; is empty</source>
        <translation>уровень рубрики %1 у «%2» пуст</translation>
    </message>
    <message>
        <source>rubric level %1 is empty</source>
        <translation>уровень рубрики %1 пуст</translation>
    </message>
    <message>
        <source>%1 does not describe level %2</source>
        <translation>%1 не описывает уровень %2</translation>
    </message>
    <message>
        <source>a reference needs at least one key: value pair, e.g. {url: &quot;https://...&quot;}</source>
        <translation>ссылке нужна хотя бы одна пара ключ: значение, например {url: &quot;https://...&quot;}</translation>
    </message>
    <message>
        <source>a reference key must not be empty</source>
        <translation>ключ ссылки не должен быть пустым</translation>
    </message>
    <message>
        <source>the changelog entry for %1 needs a summary in at least one language</source>
        <translation>записи журнала изменений для %1 нужно описание хотя бы на одном языке</translation>
    </message>
</context>
<context>
    <name>dpi::FrameworkVariantDialog</name>
    <message>
        <source>Create Variant</source>
        <translation>Создать вариант</translation>
    </message>
    <message>
        <source>A variant is a framework of its own, adapted from &lt;b&gt;%1&lt;/b&gt;: it gets a new id, starts at version 1.0.0 and records &lt;code&gt;derived_from: %1&lt;/code&gt;. Criterion ids stay, so assessments made with either can be compared.</source>
        <translation>Вариант — это самостоятельная методика, адаптированная из &lt;b&gt;%1&lt;/b&gt;: она получает новый id, начинается с версии 1.0.0 и записывает &lt;code&gt;derived_from: %1&lt;/code&gt;. Id критериев остаются прежними, поэтому оценки, сделанные по любой из них, можно сравнивать.</translation>
    </message>
    <message>
        <source>New &amp;id:</source>
        <translation>Новый &amp;id:</translation>
    </message>
    <message>
        <source>Title (&amp;en):</source>
        <translation>Название (&amp;en):</translation>
    </message>
    <message>
        <source>Title (&amp;ru):</source>
        <translation>Название (&amp;ru):</translation>
    </message>
    <message>
        <source>Continue to Save As…</source>
        <translation>Далее к «Сохранить как…»</translation>
    </message>
    <message>
        <source>Enter an id for the variant.</source>
        <translation>Введите id варианта.</translation>
    </message>
    <message>
        <source>An id starts with a letter or digit and uses only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Id начинается с буквы или цифры и содержит только буквы, цифры, «.», «_» и «-».</translation>
    </message>
    <message>
        <source>The variant needs an id different from %1.</source>
        <translation>Варианту нужен id, отличный от %1.</translation>
    </message>
    <message>
        <source>The variant will be %1@1.0.0, derived from %2.</source>
        <translation>Вариант будет %1@1.0.0, основанный на %2.</translation>
    </message>
</context>
<context>
    <name>dpi::GridLegend</name>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>critical failure</source>
        <translation>критический провал</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <source>gate passed</source>
        <translation>условие выполнено</translation>
    </message>
    <message>
        <source>gate failed</source>
        <translation>условие не выполнено</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>changed since the last round</source>
        <translation>изменилось с прошлого раунда</translation>
    </message>
</context>
<context>
    <name>dpi::LanguageHeader</name>
    <message>
        <source>Optional: the framework uses this language in a few places only</source>
        <translation>Необязательно: методика использует этот язык лишь в нескольких местах</translation>
    </message>
</context>
<context>
    <name>dpi::LocalizedTextField</name>
    <message>
        <source>Missing %1 translation</source>
        <translation>Нет перевода (%1)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (необязательно)</translation>
    </message>
</context>
<context>
    <name>dpi::MainWindow</name>
    <message>
        <source>Framework upgraded. Edit &gt; Undo restores the project as it was.</source>
        <translation>Методика обновлена. «Правка › Отменить» вернёт проект в прежнее состояние.</translation>
    </message>
    <message>
        <source>&amp;Compare Frameworks…</source>
        <translation>&amp;Сравнить методики…</translation>
    </message>
    <message>
        <source>What changed between two versions of a framework</source>
        <translation>Что изменилось между двумя версиями методики</translation>
    </message>
    <message>
        <source>&amp;Upgrade Framework in Assessment…</source>
        <translation>&amp;Обновить методику в оценке…</translation>
    </message>
    <message>
        <source>Move this assessment to a newer version of one of its frameworks</source>
        <translation>Перевести эту оценку на более новую версию одной из её методик</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Сбой автосохранения: %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;открытый проект&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Scores from &amp;CSV…</source>
        <translation>Оценки из &amp;CSV…</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>Импорт оценок</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Scores as &amp;CSV…</source>
        <translation>Оценки в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Экспорт оценок</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Отчёт (PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Экспорт &amp;отчёта…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find Criterion</source>
        <translation>&amp;Найти критерий</translation>
    </message>
    <message>
        <source>Back to the &amp;Grid</source>
        <translation>Назад к &amp;таблице</translation>
    </message>
    <message>
        <source>Analyst &amp;Name…</source>
        <translation>&amp;Имя аналитика…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Content &amp;Language</source>
        <translation>&amp;Язык содержимого</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Scoring</source>
        <translation>Оценивание с &amp;клавиатуры</translation>
    </message>
    <message>
        <source>Keyboard scoring</source>
        <translation>Оценивание с клавиатуры</translation>
    </message>
    <message>
        <source>&amp;About DPI Workbench</source>
        <translation>&amp;О программе DPI Workbench</translation>
    </message>
    <message>
        <source>The new interface language applies at the next start.</source>
        <translation>Новый язык интерфейса вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>Analyst name</source>
        <translation>Имя аналитика</translation>
    </message>
    <message>
        <source>Name stamped on the scores you set:</source>
        <translation>Имя, которым подписываются ваши оценки:</translation>
    </message>
    <message>
        <source>Bundled frameworks in %1</source>
        <translation>Встроенные методики в %1</translation>
    </message>
    <message>
        <source>%1[*] — DPI Workbench</source>
        <translation>%1[*] — DPI Workbench</translation>
    </message>
    <message>
        <source>%1 of %2 cells scored</source>
        <translation>Оценено ячеек: %1 из %2</translation>
    </message>
    <message>
        <source> · %1 N/A</source>
        <translation> · неприменимо: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s)</source>
        <translation>
            <numerusform>%n красный флаг</numerusform>
            <numerusform>%n красных флага</numerusform>
            <numerusform>%n красных флагов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 больше не существует.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Очистить меню</translation>
    </message>
    <message>
        <source>Open project or framework</source>
        <translation>Открыть проект или методику</translation>
    </message>
    <message>
        <source>Reading framework %1</source>
        <translation>Чтение методики %1</translation>
    </message>
    <message>
        <source>%1 has errors; see Diagnostics.</source>
        <translation>В %1 есть ошибки; см. «Диагностику».</translation>
    </message>
    <message>
        <source>Framework %1 added to the library for new projects.</source>
        <translation>Методика %1 добавлена в библиотеку для новых проектов.</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Восстановить несохранённые изменения?</translation>
    </message>
    <message>
        <source>DPI Workbench did not close properly while “%1” had unsaved changes.

An autosaved version from %2 exists. Restore it? You can undo the restore.</source>
        <translation>DPI Workbench завершилась некорректно, когда в «%1» были несохранённые изменения.

Есть автосохранённая версия от %2. Восстановить её? Восстановление можно отменить.</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>файл больше 16 МиБ</translation>
    </message>
    <message>
        <source>Importing %1 failed</source>
        <translation>Не удалось импортировать %1</translation>
    </message>
    <message>
        <source>Import conflicts</source>
        <translation>Конфликты импорта</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in %1 differ from scores already in the project.

Take the imported scores (Yes) or keep the project&apos;s (No)?</source>
        <translation>
            <numerusform>%n ячейка в %1 отличается от оценок, уже имеющихся в проекте.

Взять импортированные оценки (Да) или оставить оценки проекта (Нет)?</numerusform>
            <numerusform>%n ячейки в %1 отличаются от оценок, уже имеющихся в проекте.

Взять импортированные оценки (Да) или оставить оценки проекта (Нет)?</numerusform>
            <numerusform>%n ячеек в %1 отличаются от оценок, уже имеющихся в проекте.

Взять импортированные оценки (Да) или оставить оценки проекта (Нет)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <source>Import scores from %1</source>
        <translation>Импорт оценок из %1</translation>
    </message>
    <message>
        <source>%1 changes no score.</source>
        <translation>%1 не меняет ни одной оценки.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n cell(s) from %1; Undo takes the import back.</source>
        <translation>
            <numerusform>Импортирована %n ячейка из %1; «Отменить» отменит импорт.</numerusform>
            <numerusform>Импортировано %n ячейки из %1; «Отменить» отменит импорт.</numerusform>
            <numerusform>Импортировано %n ячеек из %1; «Отменить» отменит импорт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Could not write “%1”:
%2</source>
        <translation>Не удалось записать «%1»:
%2</translation>
    </message>
    <message>
        <source>Exported scores to %1</source>
        <translation>Оценки экспортированы в %1</translation>
    </message>
    <message>
        <source>New project created; use File › Save As to give it a file.</source>
        <translation>Создан новый проект; дайте ему файл через «Файл › Сохранить как».</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>the project could not be read</source>
        <translation>не удалось прочитать проект</translation>
    </message>
    <message>
        <source>Opening %1 failed</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message numerus="yes">
        <source>Could not open %1: %n error(s); see Diagnostics.</source>
        <translation>
            <numerusform>Не удалось открыть %1: %n ошибка; см. «Диагностику».</numerusform>
            <numerusform>Не удалось открыть %1: %n ошибки; см. «Диагностику».</numerusform>
            <numerusform>Не удалось открыть %1: %n ошибок; см. «Диагностику».</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>Reading the recovered version failed</source>
        <translation>Не удалось прочитать восстановленную версию</translation>
    </message>
    <message>
        <source>Restore recovered changes</source>
        <translation>Восстановить изменения</translation>
    </message>
    <message>
        <source>Recovered changes restored; save to keep them.</source>
        <translation>Изменения восстановлены; сохраните, чтобы их не потерять.</translation>
    </message>
    <message>
        <source>an unsaved new project</source>
        <translation>несохранённый новый проект</translation>
    </message>
    <message>
        <source>DPI Workbench did not close properly. An autosaved version of %1 from %2 exists.

Restore it now? “Ignore” keeps it for the next start.</source>
        <translation>DPI Workbench завершилась некорректно. Есть автосохранённая версия %1 от %2.

Восстановить её сейчас? «Пропустить» сохранит её до следующего запуска.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>DPI projects (*.dpi.yaml)</source>
        <translation>Проекты DPI (*.dpi.yaml)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Ошибка сохранения</translation>
    </message>
    <message>
        <source>Could not save “%1”:
%2

Your changes are still open and autosaved.</source>
        <translation>Не удалось сохранить «%1»:
%2

Ваши изменения по-прежнему открыты и автосохранены.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>В «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.

Reload it from disk and lose your unsaved changes, or keep your version (saving will overwrite the other change)?</source>
        <translation>«%1» изменён другой программой.

Перезагрузить его с диска и потерять несохранённые изменения или оставить вашу версию (при сохранении чужое изменение будет перезаписано)?</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.

Reload it from disk, or keep the version shown (saving will overwrite the other change)?</source>
        <translation>«%1» изменён другой программой.

Перезагрузить его с диска или оставить показанную версию (при сохранении чужое изменение будет перезаписано)?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>Перезагружено: %1</translation>
    </message>
    <message>
        <source>Reloading %1 failed; your version is kept</source>
        <translation>Не удалось перезагрузить %1; ваша версия сохранена</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Findings &amp;&amp; Actions</source>
        <translation>Выводы и действия</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Аналитики</translation>
    </message>
    <message>
        <source>Wardley &amp;Map (OWM)…</source>
        <translation>&amp;Карта Уордли (OWM)…</translation>
    </message>
    <message>
        <source>Import Wardley map</source>
        <translation>Импорт карты Уордли</translation>
    </message>
    <message>
        <source>OnlineWardleyMaps text (*.owm);;All files (*)</source>
        <translation>Текст OnlineWardleyMaps (*.owm);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Merge Analysts&apos; Files…</source>
        <translation>&amp;Объединить файлы аналитиков…</translation>
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
        <translation>В таблице оценок:

0–9	задать уровень
N или -	неприменимо
U или ?	не подтверждено (искали, не нашли)
Delete	очистить уровень (доказательства и заметки остаются)
Enter	добавить доказательство для ячейки
Стрелки, Tab	переход между ячейками
Ctrl+F	поиск критериев; Ctrl+G — назад к таблице
Ctrl+Z / Ctrl+Shift+Z	отменить / повторить</translation>
    </message>
    <message>
        <source> · %1 unverified</source>
        <translation> · не подтверждено: %1</translation>
    </message>
    <message>
        <source>DPI projects, frameworks and maps (*.dpi.yaml *.framework.yaml *.owm);;DPI projects (*.dpi.yaml);;Frameworks (*.framework.yaml);;Wardley maps (*.owm);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Проекты, методики и карты DPI (*.dpi.yaml *.framework.yaml *.owm);;Проекты DPI (*.dpi.yaml);;Методики (*.framework.yaml);;Карты Уордли (*.owm);;Файлы YAML (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Merge analysts&apos; files: choose two or more</source>
        <translation>Объединить файлы аналитиков: выберите два или больше</translation>
    </message>
    <message>
        <source>DPI projects (*.dpi.yaml);;All files (*)</source>
        <translation>Проекты DPI (*.dpi.yaml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Merge analysts&apos; files</source>
        <translation>Объединить файлы аналитиков</translation>
    </message>
    <message>
        <source>Choose at least two files, one per analyst (or a team file and more analysts&apos; files).</source>
        <translation>Выберите хотя бы два файла, по одному на аналитика (или файл группы и файлы других аналитиков).</translation>
    </message>
    <message>
        <source>Save the team file</source>
        <translation>Сохранить файл группы</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n analysts&apos; file(s)</source>
        <translation>
            <numerusform>Объединение %n файла аналитиков</numerusform>
            <numerusform>Объединение %n файлов аналитиков</numerusform>
            <numerusform>Объединение %n файлов аналитиков</numerusform>
        </translation>
    </message>
    <message>
        <source>The files were not merged; see Diagnostics.</source>
        <translation>Файлы не объединены; см. «Диагностика».</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>Не удалось сохранить %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Merged the ratings of %1: %n open disagreement(s) to reconcile.</source>
        <translation>
            <numerusform>Оценки объединены (%1): %n несогласованное расхождение.</numerusform>
            <numerusform>Оценки объединены (%1): %n несогласованных расхождения.</numerusform>
            <numerusform>Оценки объединены (%1): %n несогласованных расхождений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing map %1 failed</source>
        <translation>Не удалось импортировать карту %1</translation>
    </message>
    <message>
        <source>Imported map %1</source>
        <translation>Карта %1 импортирована</translation>
    </message>
    <message>
        <source>Map %1 added to the project; Undo takes it out again.</source>
        <translation>Карта %1 добавлена в проект; «Отменить» уберёт её.</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Round…</source>
        <translation>Сравнить с &amp;прошлым раундом…</translation>
    </message>
    <message>
        <source>What changed since the previous round of this assessment</source>
        <translation>Что изменилось с прошлого раунда этой оценки</translation>
    </message>
</context>
<context>
    <name>dpi::MapChangePainter</name>
    <message>
        <source>moved (arrow from the earlier position)</source>
        <translation>перемещён (стрелка от прежнего положения)</translation>
    </message>
    <message>
        <source>new since the earlier version</source>
        <translation>новый по сравнению с прежней версией</translation>
    </message>
    <message>
        <source>removed since the earlier version</source>
        <translation>удалён по сравнению с прежней версией</translation>
    </message>
</context>
<context>
    <name>dpi::MapExplanationDialog</name>
    <message>
        <source>Map Explanation</source>
        <translation>Пояснение к карте</translation>
    </message>
    <message>
        <source>What the map shows and why its components stand where they do, for the readers of the report. A blank line starts a new paragraph.</source>
        <translation>Что показывает карта и почему компоненты стоят там, где стоят, — для читателей отчёта. Пустая строка начинает новый абзац.</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Английский:</translation>
    </message>
    <message>
        <source>&amp;Russian:</source>
        <translation>&amp;Русский:</translation>
    </message>
</context>
<context>
    <name>dpi::MapExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Wardley map drawn by DPI Workbench</source>
        <translation>Карта Уордли, построенная DPI Workbench</translation>
    </message>
    <message>
        <source>cannot allocate an image of %1 pixels wide</source>
        <translation>не удаётся выделить изображение шириной %1 пикселей</translation>
    </message>
    <message>
        <source>cannot encode PNG</source>
        <translation>не удаётся закодировать PNG</translation>
    </message>
    <message>
        <source>%1: unknown image type (use .svg or .png)</source>
        <translation>%1: неизвестный тип изображения (используйте .svg или .png)</translation>
    </message>
</context>
<context>
    <name>dpi::MapFileImport</name>
    <message>
        <source>Import map %1</source>
        <translation>Импорт карты %1</translation>
    </message>
</context>
<context>
    <name>dpi::MapScores</name>
    <message>
        <source>not scored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Оценки: %1</translation>
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
        <translation>&amp;Новая карта</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete Map</source>
        <translation>&amp;Удалить карту</translation>
    </message>
    <message>
        <source>Deletes this map from the project (Edit &gt; Undo brings it back)</source>
        <translation>Удаляет эту карту из проекта («Правка › Отменить» вернёт её)</translation>
    </message>
    <message>
        <source>This project has no Wardley map yet.</source>
        <translation>В этом проекте пока нет карты Уордли.</translation>
    </message>
    <message>
        <source>Create a New Map</source>
        <translation>Создать новую карту</translation>
    </message>
    <message>
        <source>Rename Map</source>
        <translation>Переименовать карту</translation>
    </message>
    <message>
        <source>Map title:</source>
        <translation>Название карты:</translation>
    </message>
    <message>
        <source>E&amp;xplanation…</source>
        <translation>&amp;Пояснение…</translation>
    </message>
    <message>
        <source>What the map shows, in words: the report prints it with the map</source>
        <translation>Что показывает карта, словами: отчёт печатает это вместе с картой</translation>
    </message>
    <message>
        <source>&amp;Changes Since Last Round</source>
        <translation>&amp;Изменения с прошлого раунда</translation>
    </message>
    <message>
        <source>Draw what moved since the previous round&apos;s version of this map: an arrow from where a component stood, rings around new ones, crosses where removed ones stood</source>
        <translation>Показать, что сдвинулось с версии карты из прошлого раунда: стрелка от прежнего места компонента, кольца вокруг новых, крестики на месте удалённых</translation>
    </message>
</context>
<context>
    <name>dpi::NewFrameworkVersionDialog</name>
    <message>
        <source>Save as New Version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>&amp;Major: %1 — criteria removed or rescaled; old scores may not carry over</source>
        <translation>&amp;Мажорная: %1 — критерии удалены или шкала изменена; старые оценки могут не перенестись</translation>
    </message>
    <message>
        <source>M&amp;inor: %1 — criteria added or reworded; scores carry over</source>
        <translation>М&amp;инорная: %1 — критерии добавлены или переформулированы; оценки переносятся</translation>
    </message>
    <message>
        <source>&amp;Patch: %1 — typos, translations, references</source>
        <translation>&amp;Патч: %1 — опечатки, переводы, ссылки</translation>
    </message>
    <message>
        <source>Change of %1 (now %2)</source>
        <translation>Изменение %1 (сейчас %2)</translation>
    </message>
    <message>
        <source>What changed, in English (required)</source>
        <translation>Что изменилось, по-английски (обязательно)</translation>
    </message>
    <message>
        <source>What changed, in Russian (optional)</source>
        <translation>Что изменилось, по-русски (необязательно)</translation>
    </message>
    <message>
        <source>Changelog entry</source>
        <translation>Запись журнала изменений</translation>
    </message>
    <message>
        <source>Summary (&amp;en):</source>
        <translation>Сводка (&amp;en):</translation>
    </message>
    <message>
        <source>Summary (&amp;ru):</source>
        <translation>Сводка (&amp;ru):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Continue to Save As…</source>
        <translation>Далее к «Сохранить как…»</translation>
    </message>
    <message>
        <source>“%1” is not a semantic version (MAJOR.MINOR.PATCH); fix it in the YAML tab first.</source>
        <translation>«%1» — не семантическая версия (MAJOR.MINOR.PATCH); сначала исправьте её на вкладке YAML.</translation>
    </message>
    <message>
        <source>New version: %1@%2</source>
        <translation>Новая версия: %1@%2</translation>
    </message>
</context>
<context>
    <name>dpi::NewProjectWizard</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>What is assessed, where, when and by whom. All of it can be changed later.</source>
        <translation>Что оценивается, где, когда и кем. Всё это можно изменить позже.</translation>
    </message>
    <message>
        <source>e.g. Rapid DPI assessment, Kyrgyz Republic</source>
        <translation>например, Экспресс-оценка ЦПИ, Кыргызская Республика</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. KG</source>
        <translation>ISO 3166-1 alpha-2, например KG</translation>
    </message>
    <message>
        <source>e.g. 2024 or 2024-03/2024-06</source>
        <translation>например 2024 или 2024-03/2024-06</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Одно имя на строку</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Title in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Методики</translation>
    </message>
    <message>
        <source>Pick the assessment frameworks to score against. Each is copied into the project and pinned to its version.</source>
        <translation>Выберите методики оценки, по которым будете оценивать. Каждая копируется в проект и закрепляется за своей версией.</translation>
    </message>
    <message>
        <source>Add framework &amp;file…</source>
        <translation>Добавить &amp;файл методики…</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Секторы</translation>
    </message>
    <message>
        <source>Pick the sectors to assess, or add your own. Every criterion is scored per sector.</source>
        <translation>Выберите секторы для оценки или добавьте свои. Каждый критерий оценивается по каждому сектору.</translation>
    </message>
    <message>
        <source>Another sector, e.g. Tourism</source>
        <translation>Другой сектор, например Туризм</translation>
    </message>
    <message>
        <source>&amp;Add sector</source>
        <translation>&amp;Добавить сектор</translation>
    </message>
    <message>
        <source>%1 (cannot be used)</source>
        <translation>%1 (нельзя использовать)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add framework files</source>
        <translation>Добавить файлы методик</translation>
    </message>
    <message>
        <source>Assessment frameworks (*.framework.yaml);;YAML files (*.yaml *.yml)</source>
        <translation>Методики оценки (*.framework.yaml);;Файлы YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Two versions of &apos;%1&apos; are checked; a project uses one version of each framework.</source>
        <translation>Отмечены две версии «%1»; проект использует одну версию каждой методики.</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
</context>
<context>
    <name>dpi::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>A new interface language applies the next time DPI Workbench starts. Open work stays open until then. Framework texts follow the content language (View &gt; Content Language).</source>
        <translation>Новый язык интерфейса вступит в силу при следующем запуске DPI Workbench. Открытая работа до тех пор остаётся открытой. Тексты методик следуют языку содержимого («Вид › Язык содержимого»).</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>dpi::ProjectTree</name>
    <message>
        <source>Frameworks</source>
        <translation>Методики</translation>
    </message>
    <message>
        <source>Sectors (%1)</source>
        <translation>Секторы (%1)</translation>
    </message>
    <message>
        <source>Maps (%1)</source>
        <translation>Карты (%1)</translation>
    </message>
</context>
<context>
    <name>dpi::RatingsPanel</name>
    <message>
        <source>Keep every analyst&apos;s evidence</source>
        <translation>Сохранить доказательства всех аналитиков</translation>
    </message>
    <message>
        <source>Set Agreed Level</source>
        <translation>Задать согласованный уровень</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Agreed level:</source>
        <translation>Согласованный уровень:</translation>
    </message>
    <message>
        <source>Set your analyst name first (Edit › Analyst Name): a reconciliation records who made it.</source>
        <translation>Сначала укажите имя аналитика (Правка › Имя аналитика): согласование записывает, кто его провёл.</translation>
    </message>
    <message>
        <source>No analyst&apos;s rating for this cell: it was scored in this file only.</source>
        <translation>У этой ячейки нет оценок аналитиков: она оценена только в этом файле.</translation>
    </message>
    <message>
        <source>Select a cell of the grid to see each analyst&apos;s rating.</source>
        <translation>Выберите ячейку таблицы, чтобы увидеть оценку каждого аналитика.</translation>
    </message>
    <message>
        <source>The analysts disagree. Compare their reasons, then set the agreed level.</source>
        <translation>Аналитики расходятся. Сравните их доводы, затем задайте согласованный уровень.</translation>
    </message>
    <message>
        <source>The analysts disagreed; reconciled by %1 on %2.</source>
        <translation>Аналитики расходились; согласовал(а) %1, %2.</translation>
    </message>
    <message>
        <source>The analysts disagreed; the agreed level was set without a recorded reconciliation.</source>
        <translation>Аналитики расходились; согласованный уровень задан без записи о согласовании.</translation>
    </message>
    <message>
        <source>The analysts agree.</source>
        <translation>Аналитики согласны.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>N/A — not applicable</source>
        <translation>Н/П — неприменимо</translation>
    </message>
</context>
<context>
    <name>dpi::RecoveryStore</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Не удаётся создать %1</translation>
    </message>
</context>
<context>
    <name>dpi::ReportExportDialog</name>
    <message>
        <source>PDF/&amp;A-1b (for archiving)</source>
        <translation>PDF/&amp;A-1b (для архивного хранения)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
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
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Размер страницы:</translation>
    </message>
    <message>
        <source>Cover &amp;date:</source>
        <translation>&amp;Дата на обложке:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <source>Report template &quot;%1&quot; not found.</source>
        <translation>Шаблон отчёта «%1» не найден.</translation>
    </message>
    <message>
        <source>The report template cannot be read.</source>
        <translation>Шаблон отчёта не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The report cannot be laid out.</source>
        <translation>Отчёт не удаётся сверстать.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страница.</numerusform>
            <numerusform>%n страницы.</numerusform>
            <numerusform>%n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Written %1 (%n page(s)).</source>
        <translation>
            <numerusform>Записан %1 (%n страница).</numerusform>
            <numerusform>Записан %1 (%n страницы).</numerusform>
            <numerusform>Записан %1 (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Не удалось записать отчёт.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
</context>
<context>
    <name>dpi::RoundComparisonView</name>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
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
        <translation>Прошлый раунд</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Этот раунд</translation>
    </message>
    <message>
        <source>Sector, framework, dimension</source>
        <translation>Сектор, методика, измерение</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Красный флаг</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <source>Changed Cells</source>
        <translation>Изменённые ячейки</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Обязательные условия</translation>
    </message>
    <message>
        <source>Red Flags</source>
        <translation>Красные флаги</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>уровень %1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>уверенность: %1</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <translation>%1%2 п. п.</translation>
    </message>
    <message>
        <source>%1 of %2 passed, %3 failed, %4 unverified</source>
        <translation>выполнено %1 из %2, не выполнено %3, не подтверждено %4</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(было %1)</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>появился</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>устранён</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>переименован</translation>
    </message>
</context>
<context>
    <name>dpi::RubricCard</name>
    <message>
        <source>(no rubric text)</source>
        <translation>(нет текста рубрики)</translation>
    </message>
    <message>
        <source>Set level %1</source>
        <translation>Установить уровень %1</translation>
    </message>
</context>
<context>
    <name>dpi::ScoreGridModel</name>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Level %1 (%2)</source>
        <translation>Уровень %1 (%2)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Уверенность: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n доказательство</numerusform>
            <numerusform>%n доказательства</numerusform>
            <numerusform>%n доказательств</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical: below level %1</source>
        <translation>Критический: ниже уровня %1</translation>
    </message>
    <message>
        <source>Dimension weight %1</source>
        <translation>Вес измерения %1</translation>
    </message>
    <message>
        <source>Score %1, %2 of %3 applicable criteria scored</source>
        <translation>Балл %1, оценено %2 из %3 применимых критериев</translation>
    </message>
    <message>
        <source>Capped by a critical criterion (uncapped %1)</source>
        <translation>Ограничено критическим критерием (без ограничения %1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message numerus="yes">
        <source>%1: readiness %2, %3 % of applicable criteria scored, %n red flag(s)</source>
        <translation>
            <numerusform>%1: готовность %2, оценено %3 % применимых критериев, %n красный флаг</numerusform>
            <numerusform>%1: готовность %2, оценено %3 % применимых критериев, %n красных флага</numerusform>
            <numerusform>%1: готовность %2, оценено %3 % применимых критериев, %n красных флагов</numerusform>
        </translation>
    </message>
    <message>
        <source>Unverified: looked for, not found in the sources available</source>
        <translation>Не подтверждено: искали, но не нашли в доступных источниках</translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation>Проверить: %1</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>The analysts disagree: not reconciled yet</source>
        <translation>Аналитики расходятся: ещё не согласовано</translation>
    </message>
    <message>
        <source>Reconciled by %1</source>
        <translation>Согласовал(а) %1</translation>
    </message>
    <message>
        <source>%1/%2 passed</source>
        <translation>выполнено %1/%2</translation>
    </message>
    <message>
        <source>Gates: %1 passed, %2 failed, %3 unverified, %4 unscored. Gates are counted, never averaged.</source>
        <translation>Условия: выполнено %1, не выполнено %2, не подтверждено %3, не оценено %4. Условия подсчитываются, а не усредняются.</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>уровень %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>уверенность: %1</translation>
    </message>
    <message>
        <source>Previous round: %1, now %2</source>
        <translation>Прошлый раунд: %1, сейчас %2</translation>
    </message>
</context>
<context>
    <name>dpi::ScoreGridView</name>
    <message>
        <source>The criterion is hidden by the filter.</source>
        <translation>Критерий скрыт фильтром.</translation>
    </message>
    <message>
        <source>Level %1 is not on this framework&apos;s scale (%2–%3).</source>
        <translation>Уровня %1 нет на шкале этой методики (%2–%3).</translation>
    </message>
    <message>
        <source>This framework does not allow “not applicable”.</source>
        <translation>Эта методика не допускает «неприменимо».</translation>
    </message>
</context>
<context>
    <name>dpi::StructureForm</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Не применено: %1</translation>
    </message>
    <message>
        <source>Weights are relative: 2 and 1 mean the same as 1 and 0.5</source>
        <translation>Веса относительны: 2 и 1 означают то же, что 1 и 0,5</translation>
    </message>
    <message>
        <source>An id is required.</source>
        <translation>Нужен id.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Используйте буквы, цифры, «.», «_» и «-», начиная с буквы или цифры.</translation>
    </message>
    <message>
        <source>The id “%1” is already used.</source>
        <translation>Id «%1» уже используется.</translation>
    </message>
</context>
<context>
    <name>dpi::TemplateEditorActions</name>
    <message>
        <source>Edit Report &amp;Template…</source>
        <translation>Редактировать &amp;шаблон отчёта…</translation>
    </message>
    <message>
        <source>Edit a report template&apos;s HTML with a live preview of the current project</source>
        <translation>Редактировать HTML шаблона отчёта с живым предпросмотром текущего проекта</translation>
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
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Save as &amp;New Template…</source>
        <translation>Сохранить как &amp;новый шаблон…</translation>
    </message>
    <message>
        <source>Copy the whole template, with your edits, into your own template folder</source>
        <translation>Скопировать весь шаблон с вашими правками в вашу папку шаблонов</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source> Preview: </source>
        <translation> Предпросмотр: </translation>
    </message>
    <message>
        <source>Whole report</source>
        <translation>Весь отчёт</translation>
    </message>
    <message>
        <source>First sector only (faster)</source>
        <translation>Только первый сектор (быстрее)</translation>
    </message>
    <message>
        <source>  Language: </source>
        <translation>  Язык: </translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Variables of this project</source>
        <translation>Переменные этого проекта</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (ваш)</translation>
    </message>
    <message>
        <source>%1 (bundled, read-only)</source>
        <translation>%1 (встроенный, только чтение)</translation>
    </message>
    <message>
        <source>%1 – Report Template Editor[*]</source>
        <translation>%1 – Редактор шаблонов отчётов[*]</translation>
    </message>
    <message>
        <source>Bundled template %1 is read-only: save your changes with “Save as New Template…”.</source>
        <translation>Встроенный шаблон %1 доступен только для чтения: сохраните изменения через «Сохранить как новый шаблон…».</translation>
    </message>
    <message>
        <source>Your template: %1</source>
        <translation>Ваш шаблон: %1</translation>
    </message>
    <message>
        <source>the sample assessment</source>
        <translation>образцовая оценка</translation>
    </message>
    <message>
        <source>the current project</source>
        <translation>текущий проект</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>обновление…</translation>
    </message>
    <message>
        <source>not updated: fix the problems below</source>
        <translation>не обновлено: исправьте проблемы ниже</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of %1, laid out in %2 ms</source>
        <translation>
            <numerusform>%n страница из %1, свёрстано за %2 мс</numerusform>
            <numerusform>%n страницы из %1, свёрстано за %2 мс</numerusform>
            <numerusform>%n страниц из %1, свёрстано за %2 мс</numerusform>
        </translation>
    </message>
    <message>
        <source>first sector only, for speed (choose “Whole report” to see all)</source>
        <translation>только первый сектор, для скорости (выберите «Весь отчёт», чтобы увидеть всё)</translation>
    </message>
    <message>
        <source>Problems — none</source>
        <translation>Проблемы — нет</translation>
    </message>
    <message>
        <source>Problems — %1 error(s), %2 warning(s)</source>
        <translation>Проблемы — ошибок: %1, предупреждений: %2</translation>
    </message>
    <message>
        <source>  (main)</source>
        <translation>  (основной)</translation>
    </message>
    <message>
        <source>%1 — changed, not saved</source>
        <translation>%1 — изменён, не сохранён</translation>
    </message>
    <message>
        <source>Bundled templates are read-only: saving makes a new template of your own</source>
        <translation>Встроенные шаблоны только для чтения: при сохранении создаётся ваш собственный новый шаблон</translation>
    </message>
    <message>
        <source>Save the changed files of this template</source>
        <translation>Сохранить изменённые файлы этого шаблона</translation>
    </message>
    <message>
        <source>%1  Line %2, Column %3</source>
        <translation>%1  Строка %2, столбец %3</translation>
    </message>
    <message>
        <source>Bundled templates are read-only; use Save as New Template…</source>
        <translation>Встроенные шаблоны только для чтения; используйте «Сохранить как новый шаблон…»</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; and &apos;_&apos; only (up to 64), starting with a letter or digit.</source>
        <translation>Используйте только буквы, цифры, «-» и «_» (до 64), начиная с буквы или цифры.</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation>Шаблон с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>There is no folder for your own templates on this system.</source>
        <translation>В этой системе нет папки для ваших шаблонов.</translation>
    </message>
    <message>
        <source>Saved to %1, but it cannot be opened again.</source>
        <translation>Сохранено в %1, но его не удаётся открыть снова.</translation>
    </message>
    <message>
        <source>Saved as a new template in %1</source>
        <translation>Сохранено как новый шаблон в %1</translation>
    </message>
    <message>
        <source>Name of the new template (a folder in %1):</source>
        <translation>Имя нового шаблона (папка в %1):</translation>
    </message>
    <message>
        <source>Save as New Template</source>
        <translation>Сохранить как новый шаблон</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Имя нового шаблона:</translation>
    </message>
    <message>
        <source>Unsaved Template Changes</source>
        <translation>Несохранённые изменения шаблона</translation>
    </message>
    <message>
        <source>The bundled template has unsaved changes. Save them as a new template?</source>
        <translation>Во встроенном шаблоне есть несохранённые изменения. Сохранить их как новый шаблон?</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>Сохранить изменения этого шаблона?</translation>
    </message>
</context>
<context>
    <name>dpi::TemplatePreview</name>
    <message>
        <source>No preview yet</source>
        <translation>Предпросмотра пока нет</translation>
    </message>
</context>
<context>
    <name>dpi::TemplateVariablesPanel</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <source>Filter variables…</source>
        <translation>Фильтр переменных…</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>В этом проекте</translation>
    </message>
    <message>
        <source>Insert the selected variable at the cursor (or double-click it)</source>
        <translation>Вставить выбранную переменную в позицию курсора (или дважды щёлкните её)</translation>
    </message>
    <message>
        <source>partials</source>
        <translation>частичные шаблоны</translation>
    </message>
    <message>
        <source>files included with {{&gt; name}}</source>
        <translation>файлы, включаемые через {{&gt; name}}</translation>
    </message>
    <message>
        <source>Inserts {{&gt; %1}}: the file&apos;s content at this place</source>
        <translation>Вставляет {{&gt; %1}}: содержимое файла в этом месте</translation>
    </message>
    <message>
        <source>
Use inside {{#%1}}…{{/%1}}.</source>
        <translation>
Используйте внутри {{#%1}}…{{/%1}}.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n значение</numerusform>
            <numerusform>%n значения</numerusform>
            <numerusform>%n значений</numerusform>
        </translation>
    </message>
    <message>
        <source>Group: its values are written %1.NAME</source>
        <translation>Группа: её значения записываются как %1.NAME</translation>
    </message>
    <message numerus="yes">
        <source>list, %n item(s)</source>
        <translation>
            <numerusform>список, %n элемент</numerusform>
            <numerusform>список, %n элемента</numerusform>
            <numerusform>список, %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>List: inserts {{#%1}}…{{/%1}}, repeated for each item; inside, the item&apos;s values are written by their own names</source>
        <translation>Список: вставляет {{#%1}}…{{/%1}}, повторяемое для каждого элемента; внутри значения элемента записываются по их собственным именам</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Flag: inserts {{#%1}}…{{/%1}} (shown when true); {{^%1}} shows a part when false</source>
        <translation>Флаг: вставляет {{#%1}}…{{/%1}} (показывается, если истина); {{^%1}} показывает часть, если ложь</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Inserts {{%1}} (HTML-escaped)</source>
        <translation>Вставляет {{%1}} (с экранированием HTML)</translation>
    </message>
    <message>
        <source>Double-click a variable to insert it at the cursor.</source>
        <translation>Дважды щёлкните переменную, чтобы вставить её в позицию курсора.</translation>
    </message>
    <message>
        <source>
Here: %1</source>
        <translation>
Здесь: %1</translation>
    </message>
</context>
<context>
    <name>dpi::UpgradeFrameworkDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Upgrade Framework in Assessment</source>
        <translation>Обновить методику в оценке</translation>
    </message>
    <message>
        <source>%1 — %2@%3</source>
        <translation>%1 — %2@%3</translation>
    </message>
    <message>
        <source>path/to/name.framework.yaml (the new version)</source>
        <translation>путь/к/имени.framework.yaml (новая версия)</translation>
    </message>
    <message>
        <source>Choose the New Framework Version</source>
        <translation>Выберите новую версию методики</translation>
    </message>
    <message>
        <source>Frameworks (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Методики (*.framework.yaml *.framework.yml);;Файлы YAML (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Framework to upgrade:</source>
        <translation>&amp;Обновляемая методика:</translation>
    </message>
    <message>
        <source>&amp;New version file:</source>
        <translation>Файл &amp;новой версии:</translation>
    </message>
    <message>
        <source>scores carried over unchanged</source>
        <translation>оценки перенесены без изменений</translation>
    </message>
    <message>
        <source>scores following a renamed criterion</source>
        <translation>оценки, следующие за переименованным критерием</translation>
    </message>
    <message>
        <source>scores moved to the archive</source>
        <translation>оценки перенесены в архив</translation>
    </message>
    <message>
        <source>Kept in the project&apos;s archive with the reason, never deleted.</source>
        <translation>Хранятся в архиве проекта с указанием причины и никогда не удаляются.</translation>
    </message>
    <message>
        <source>cells left to score</source>
        <translation>ячейки, которые осталось оценить</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Apply Upgrade</source>
        <translation>&amp;Применить обновление</translation>
    </message>
    <message>
        <source>One step in the undo history: Edit &gt; Undo restores the project as it was.</source>
        <translation>Один шаг в истории отмены: «Правка › Отменить» вернёт проект в прежнее состояние.</translation>
    </message>
    <message>
        <source>%1: error: not a usable framework file</source>
        <translation>%1: ошибка: непригодный файл методики</translation>
    </message>
    <message>
        <source>The open project uses no framework. Open an assessment first.</source>
        <translation>Открытый проект не использует ни одной методики. Сначала откройте оценку.</translation>
    </message>
    <message>
        <source>The file cannot be read; nothing was changed.
%1</source>
        <translation>Файл не удаётся прочитать; ничего не изменено.
%1</translation>
    </message>
    <message>
        <source>Choose the file of the new version of “%1”. Nothing changes until you press Apply Upgrade.</source>
        <translation>Выберите файл новой версии «%1». Ничего не изменится, пока вы не нажмёте «Применить обновление».</translation>
    </message>
    <message>
        <source>in this project</source>
        <translation>в этом проекте</translation>
    </message>
    <message>
        <source>Framework Changes (%1)</source>
        <translation>Изменения методики (%1)</translation>
    </message>
    <message>
        <source>Cannot upgrade: %1 holds the framework “%2”, not “%3”. An upgrade moves an assessment to a newer version of the same framework; the Framework Changes tab shows how the two differ.</source>
        <translation>Обновление невозможно: %1 содержит методику «%2», а не «%3». Обновление переводит оценку на более новую версию той же методики; вкладка «Изменения методики» показывает, чем они различаются.</translation>
    </message>
    <message>
        <source>Cannot upgrade: %1. The project uses %2@%3; choose a file with a newer version.</source>
        <translation>Обновление невозможно: %1. Проект использует %2@%3; выберите файл с более новой версией.</translation>
    </message>
    <message>
        <source>Ready to upgrade %1 from %2 to %3. Nothing changes until you press Apply Upgrade; afterwards Edit &gt; Undo restores the project as it was.</source>
        <translation>Готово к обновлению %1 с %2 до %3. Ничего не изменится, пока вы не нажмёте «Применить обновление»; после этого «Правка › Отменить» вернёт проект в прежнее состояние.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2 → %3 &amp;nbsp;·&amp;nbsp; criteria: %4 added, %5 removed, %6 renamed, %7 moved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: версия %2 → %3 &amp;nbsp;·&amp;nbsp; критерии: добавлено %4, удалено %5, переименовано %6, перемещено %7</translation>
    </message>
    <message>
        <source>Scores following a renamed criterion</source>
        <translation>Оценки, следующие за переименованным критерием</translation>
    </message>
    <message>
        <source>score moves to “%1”</source>
        <translation>оценка переходит в «%1»</translation>
    </message>
    <message>
        <source>Scores moved to the archive</source>
        <translation>Оценки, перенесённые в архив</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>уровень %1</translation>
    </message>
    <message>
        <source>%1, archived: %2</source>
        <translation>%1, в архиве: %2</translation>
    </message>
    <message>
        <source>New criteria to score</source>
        <translation>Новые критерии для оценки</translation>
    </message>
    <message>
        <source>all sectors</source>
        <translation>все секторы</translation>
    </message>
    <message>
        <source>new in %1%2</source>
        <translation>новый в %1%2</translation>
    </message>
    <message>
        <source>, dimension “%1”</source>
        <translation>, измерение «%1»</translation>
    </message>
    <message>
        <source>Every score is carried over under the same criterion.</source>
        <translation>Каждая оценка переносится под тем же критерием.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#777&apos;&gt;The summary appears here once a newer version is chosen.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;Сводка появится здесь, когда будет выбрана более новая версия.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Cannot upgrade: %1.</source>
        <translation>Обновление невозможно: %1.</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation>Обновить %1 до %2</translation>
    </message>
</context>
<context>
    <name>dpi::WardleyMapEditor</name>
    <message>
        <source>Map text (OnlineWardleyMaps)</source>
        <translation>Текст карты (OnlineWardleyMaps)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>+ компонент</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>+ заметка</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>+ аннотация</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Colour components by the scores of their linked criteria</source>
        <translation>Раскрасить компоненты по оценкам связанных с ними критериев</translation>
    </message>
    <message>
        <source>Sector whose scores colour the map</source>
        <translation>Сектор, оценки которого раскрашивают карту</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Экспорт SVG…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>Export OWM…</source>
        <translation>Экспорт OWM…</translation>
    </message>
    <message>
        <source>map</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Строка %1: %2: %3</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>OnlineWardleyMaps text (*.owm)</source>
        <translation>Текст OnlineWardleyMaps (*.owm)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Экспорт PNG</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Ширина в пикселях:</translation>
    </message>
</context>
<context>
    <name>dpi::WardleyPainter</name>
    <message>
        <source>Pioneers</source>
        <translation>Первопроходцы</translation>
    </message>
    <message>
        <source>Settlers</source>
        <translation>Поселенцы</translation>
    </message>
    <message>
        <source>Town planners</source>
        <translation>Градостроители</translation>
    </message>
    <message>
        <source>Value Chain</source>
        <translation>Цепочка создания ценности</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Видимые</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Невидимые</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>Эволюция</translation>
    </message>
    <message>
        <source>Uncharted</source>
        <translation>Неизведанное</translation>
    </message>
    <message>
        <source>Industrialised</source>
        <translation>Индустриализованное</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
</context>
<context>
    <name>dpi::WardleyScene</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Инерция</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Купить</translation>
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
        <translation>Добавить стрелку эволюции</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation>Добавить конвейер</translation>
    </message>
    <message>
        <source>Add component here</source>
        <translation>Добавить компонент здесь</translation>
    </message>
    <message>
        <source>Add note here</source>
        <translation>Добавить заметку здесь</translation>
    </message>
    <message>
        <source>Add annotation here</source>
        <translation>Добавить аннотацию здесь</translation>
    </message>
</context>
<context>
    <name>dpi::YamlTextEditor</name>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>dpi::agreement</name>
    <message>
        <source>only one analyst gave levels here</source>
        <translation>здесь уровни дал только один аналитик</translation>
    </message>
    <message>
        <source>no analyst&apos;s ratings</source>
        <translation>нет оценок аналитиков</translation>
    </message>
    <message>
        <source>every rating has the same value, so agreement beyond chance cannot be measured</source>
        <translation>все оценки одинаковы, поэтому согласие сверх случайного измерить нельзя</translation>
    </message>
    <message>
        <source>fewer than two items were rated by at least two analysts</source>
        <translation>меньше двух критериев оценены хотя бы двумя аналитиками</translation>
    </message>
    <message>
        <source>the bootstrap needs at least two draws and a level between 0 and 1</source>
        <translation>бутстрепу нужны хотя бы две выборки и уровень от 0 до 1</translation>
    </message>
    <message>
        <source>alpha could be computed in only %1 of %2 bootstrap resamples</source>
        <translation>альфу удалось вычислить только в %1 из %2 бутстреп-выборок</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa compares exactly two analysts (there are %1)</source>
        <translation>каппа Коэна сравнивает ровно двух аналитиков (их %1)</translation>
    </message>
    <message>
        <source>no item was rated by both analysts</source>
        <translation>ни один критерий не оценён обоими аналитиками</translation>
    </message>
    <message>
        <source>no item was rated by two analysts</source>
        <translation>ни один критерий не оценён двумя аналитиками</translation>
    </message>
</context>
<context>
    <name>dpi::conclusionsedit</name>
    <message>
        <source>Add Finding</source>
        <translation>Добавить вывод</translation>
    </message>
    <message>
        <source>Add Strength</source>
        <translation>Добавить сильную сторону</translation>
    </message>
    <message>
        <source>Remove Finding</source>
        <translation>Удалить вывод</translation>
    </message>
    <message>
        <source>Remove Strength</source>
        <translation>Удалить сильную сторону</translation>
    </message>
    <message>
        <source>Edit Finding</source>
        <translation>Изменить вывод</translation>
    </message>
    <message>
        <source>Edit Strength</source>
        <translation>Изменить сильную сторону</translation>
    </message>
    <message>
        <source>Link Criteria</source>
        <translation>Связать с критериями</translation>
    </message>
    <message>
        <source>Move Finding</source>
        <translation>Переместить вывод</translation>
    </message>
    <message>
        <source>Move Strength</source>
        <translation>Переместить сильную сторону</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Удалить действие</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Изменить действие</translation>
    </message>
    <message>
        <source>Set Action Priority</source>
        <translation>Задать приоритет действия</translation>
    </message>
    <message>
        <source>Set Action Owner</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message>
        <source>Set Action Horizon</source>
        <translation>Задать срок действия</translation>
    </message>
    <message>
        <source>Edit Action Cost</source>
        <translation>Изменить затраты на действие</translation>
    </message>
    <message>
        <source>Move Action</source>
        <translation>Переместить действие</translation>
    </message>
    <message>
        <source>Turn Recommendations into Actions</source>
        <translation>Превратить рекомендации в действия</translation>
    </message>
    <message>
        <source>Edit Context</source>
        <translation>Изменить контекст</translation>
    </message>
    <message>
        <source>Edit Context Sources</source>
        <translation>Изменить источники контекста</translation>
    </message>
</context>
<context>
    <name>dpi::edit</name>
    <message>
        <source>Set level %1</source>
        <translation>Установить уровень %1</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Отметить как неприменимое</translation>
    </message>
    <message>
        <source>Clear level</source>
        <translation>Сбросить уровень</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Задать уверенность</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Правка заметок</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Правка рекомендации</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавить доказательство</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Удалить доказательство</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Правка доказательства</translation>
    </message>
    <message>
        <source>Move evidence</source>
        <translation>Переместить доказательство</translation>
    </message>
    <message>
        <source>Mark unverified</source>
        <translation>Отметить как неподтверждённое</translation>
    </message>
    <message>
        <source>Edit what would verify</source>
        <translation>Изменить, что позволит проверить</translation>
    </message>
    <message>
        <source>Reconcile at level %1</source>
        <translation>Согласовать на уровне %1</translation>
    </message>
    <message>
        <source>Reconcile as not applicable</source>
        <translation>Согласовать как неприменимое</translation>
    </message>
</context>
<context>
    <name>dpi::frameworkcompare</name>
    <message>
        <source>The YAML has errors. Fix them (Edit &gt; Next Problem) before comparing.</source>
        <translation>В YAML есть ошибки. Исправьте их («Правка › Следующая проблема») перед сравнением.</translation>
    </message>
    <message>
        <source>being edited</source>
        <translation>редактируется</translation>
    </message>
    <message>
        <source>This framework has not been saved yet, so there is no saved version to compare with.</source>
        <translation>Эта методика ещё не сохранялась, поэтому нет сохранённой версии для сравнения.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранённая</translation>
    </message>
    <message>
        <source>Compare Frameworks</source>
        <translation>Сравнить методики</translation>
    </message>
    <message>
        <source>With &amp;Saved Version</source>
        <translation>Со &amp;сохранённой версией</translation>
    </message>
    <message>
        <source>With &amp;File…</source>
        <translation>С &amp;файлом…</translation>
    </message>
    <message>
        <source>Compare with Framework</source>
        <translation>Сравнить с методикой</translation>
    </message>
    <message>
        <source>Frameworks (*.framework.yaml *.yaml)</source>
        <translation>Методики (*.framework.yaml *.yaml)</translation>
    </message>
</context>
<context>
    <name>dpi::mapedit</name>
    <message>
        <source>New map %1</source>
        <translation>Новая карта %1</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Переименовать карту</translation>
    </message>
    <message>
        <source>Edit map explanation</source>
        <translation>Изменить пояснение к карте</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Удалить карту</translation>
    </message>
    <message>
        <source>Move map element</source>
        <translation>Переместить элемент карты</translation>
    </message>
    <message numerus="yes">
        <source>Move %n map elements</source>
        <translation>
            <numerusform>Переместить %n элемент карты</numerusform>
            <numerusform>Переместить %n элемента карты</numerusform>
            <numerusform>Переместить %n элементов карты</numerusform>
        </translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Новый компонент</translation>
    </message>
    <message>
        <source>Add component &quot;%1&quot;</source>
        <translation>Добавить компонент «%1»</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Переименовать «%1» в «%2»</translation>
    </message>
    <message>
        <source>Delete map element</source>
        <translation>Удалить элемент карты</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n map elements</source>
        <translation>
            <numerusform>Удалить %n элемент карты</numerusform>
            <numerusform>Удалить %n элемента карты</numerusform>
            <numerusform>Удалить %n элементов карты</numerusform>
        </translation>
    </message>
    <message>
        <source>Link &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Связать «%1» с «%2»</translation>
    </message>
    <message>
        <source>Evolve &quot;%1&quot;</source>
        <translation>Эволюция «%1»</translation>
    </message>
    <message>
        <source>Add pipeline to &quot;%1&quot;</source>
        <translation>Добавить конвейер к «%1»</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Правка заметки</translation>
    </message>
    <message>
        <source>Annotation %1</source>
        <translation>Аннотация %1</translation>
    </message>
    <message>
        <source>Add annotation %1</source>
        <translation>Добавить аннотацию %1</translation>
    </message>
    <message>
        <source>Add inertia to &quot;%1&quot;</source>
        <translation>Добавить инерцию к «%1»</translation>
    </message>
    <message>
        <source>Remove inertia from &quot;%1&quot;</source>
        <translation>Убрать инерцию у «%1»</translation>
    </message>
    <message>
        <source>Change how &quot;%1&quot; is sourced</source>
        <translation>Изменить способ получения «%1»</translation>
    </message>
    <message>
        <source>Edit map text</source>
        <translation>Правка текста карты</translation>
    </message>
</context>
<context>
    <name>dpi::merge</name>
    <message>
        <source>both branches changed map &apos;%1&apos; differently</source>
        <translation>обе ветки изменили карту «%1» по-разному</translation>
    </message>
    <message>
        <source>both branches changed the report settings differently</source>
        <translation>обе ветки изменили настройки отчёта по-разному</translation>
    </message>
    <message>
        <source>both branches changed the project&apos;s &apos;%1&apos; differently</source>
        <translation>обе ветки изменили «%1» проекта по-разному</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; is at version %2 on this branch and %3 on the other: upgrade both to the same version with &apos;dpiw upgrade&apos; before merging</source>
        <translation>методика «%1» в этой ветке версии %2, в другой — %3: перед слиянием обновите обе до одной версии командой «dpiw upgrade»</translation>
    </message>
    <message>
        <source>both branches changed framework &apos;%1&apos; differently</source>
        <translation>обе ветки изменили методику «%1» по-разному</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; was upgraded on one branch while scores of it changed on the other: run &apos;dpiw upgrade&apos; on the other branch too, then merge</source>
        <translation>методика «%1» обновлена в одной ветке, а её оценки изменены в другой: выполните «dpiw upgrade» и в другой ветке, затем объедините</translation>
    </message>
    <message>
        <source>both branches changed sector &apos;%1&apos; (title or description, or one removed it) differently</source>
        <translation>обе ветки изменили сектор «%1» по-разному (название, описание, или одна его удалила)</translation>
    </message>
    <message>
        <source>%1: both branches changed the rating by &apos;%2&apos; differently</source>
        <translation>%1: обе ветки изменили оценку «%2» по-разному</translation>
    </message>
    <message>
        <source>cannot tell whose ratings this file holds: no score names its analyst and the team is not one person; set &apos;team: [NAME]&apos; (or score it with your name set in the app)</source>
        <translation>нельзя понять, чьи оценки в этом файле: ни одна оценка не называет аналитика, а группа — не один человек; укажите «team: [ИМЯ]» (или оценивайте с заданным в программе именем)</translation>
    </message>
    <message>
        <source>the scores name several analysts (%1); merge expects one analyst&apos;s file, or a team file with &apos;ratings&apos;</source>
        <translation>оценки называют нескольких аналитиков (%1); для объединения нужен файл одного аналитика или файл группы с «ratings»</translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation>нечего объединять</translation>
    </message>
    <message>
        <source>this file and %1 both hold ratings by &apos;%2&apos;; each analyst&apos;s file must name its own analyst</source>
        <translation>этот файл и %1 оба содержат оценки «%2»; файл каждого аналитика должен называть своего аналитика</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; is at version %2 here but at %3 in %4: bring both files to the same version first with &apos;dpiw upgrade FILE --framework NEWER.framework.yaml --apply&apos;</source>
        <translation>методика «%1» здесь версии %2, а в %4 — %3: сначала приведите оба файла к одной версии командой «dpiw upgrade FILE --framework NEWER.framework.yaml --apply»</translation>
    </message>
    <message>
        <source>the embedded copy of &apos;%1@%2&apos; differs from the one in %3; the files must embed the same framework</source>
        <translation>встроенная копия «%1@%2» отличается от копии в %3; файлы должны содержать одну и ту же методику</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; has weight %2 here and %3 in %4; the merged file keeps %3</source>
        <translation>у методики «%1» здесь вес %2, а в %4 — %3; объединённый файл сохраняет %3</translation>
    </message>
    <message>
        <source>sector &apos;%1&apos; has another title or description here than in %2; the merged file keeps the one from %2</source>
        <translation>у сектора «%1» здесь другое название или описание, чем в %2; объединённый файл сохраняет вариант из %2</translation>
    </message>
    <message>
        <source>%1: the rating by &apos;%2&apos; differs from the one in %3; keep one version of each analyst&apos;s rating</source>
        <translation>%1: оценка «%2» отличается от оценки в %3; оставьте одну версию оценки каждого аналитика</translation>
    </message>
    <message>
        <source>%1: the agreed result differs from the one in %2; the criterion is open for reconciliation again</source>
        <translation>%1: согласованный результат отличается от результата в %2; критерий снова открыт для согласования</translation>
    </message>
    <message>
        <source>%1: the agreed level %2 is contradicted by the new rating of &apos;%3&apos; (%4); the criterion is open for reconciliation again</source>
        <translation>%1: согласованному уровню %2 противоречит новая оценка «%3» (%4); критерий снова открыт для согласования</translation>
    </message>
    <message>
        <source>the maps differ from those in %1; the merged file keeps the maps of %1</source>
        <translation>карты отличаются от карт в %1; объединённый файл сохраняет карты из %1</translation>
    </message>
    <message>
        <source>the report settings differ from those in %1; the merged file keeps those of %1</source>
        <translation>настройки отчёта отличаются от настроек в %1; объединённый файл сохраняет настройки из %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Score digital public infrastructure assessments.</source>
        <translation>Оценка цифровой общественной инфраструктуры.</translation>
    </message>
    <message>
        <source>Open a framework file in the framework editor only.</source>
        <translation>Открыть файл методики только в редакторе методик.</translation>
    </message>
    <message>
        <source>The tab to show on start: scoring, map, results or findings.</source>
        <translation>Вкладка при запуске: scoring, map, results или findings.</translation>
    </message>
    <message>
        <source>A project (*.dpi.yaml) to open, a framework (*.framework.yaml) to edit, or a Wardley map (*.owm) to add to a new project.</source>
        <translation>Проект (*.dpi.yaml) для открытия, методика (*.framework.yaml) для редактирования или карта Уордли (*.owm) для добавления в новый проект.</translation>
    </message>
    <message>
        <source>The interface language for this run, not stored: en, ru or ky.</source>
        <translation>Язык интерфейса для этого запуска, не сохраняется: en, ru или ky.</translation>
    </message>
</context>
</TS>
