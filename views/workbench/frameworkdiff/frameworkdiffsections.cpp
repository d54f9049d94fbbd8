#include "frameworkdiffsections.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

namespace dpi {

namespace {

using Kind = FrameworkChange::Kind;

const QString kFramework = QStringLiteral("framework");
const QString kScale = QStringLiteral("scale");
const QString kDimension = QStringLiteral("dimension");
const QString kCriterion = QStringLiteral("criterion");
const QString kRubricPrefix = QStringLiteral("rubric.");

// The order a reviewer reads: structure, what moves scores, then wording.
const char *const kSectionOrder[] = {"added", "removed", "renamed", "moved", "weight", "critical",
                                     "rubric", "wording", "translations", "scale", "framework"};

QString sectionTitle(const QString &key)
{
    static const std::map<QString, const char *> titles = {
        {QStringLiteral("added"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Added")},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Removed")},
        {QStringLiteral("renamed"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Renamed")},
        {QStringLiteral("moved"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Moved to another dimension")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Weight")},
        {QStringLiteral("critical"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Critical rule")},
        {QStringLiteral("rubric"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Rubric")},
        {QStringLiteral("wording"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Wording and references")},
        {QStringLiteral("translations"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Translations")},
        {QStringLiteral("scale"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Scale")},
        {QStringLiteral("framework"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "Framework")},
    };
    const auto found = titles.find(key);
    return found == titles.end() ? key : QCoreApplication::translate("FrameworkDiffSections", found->second);
}

QString fieldLabel(const QString &field)
{
    if (field.startsWith(kRubricPrefix))
        return QCoreApplication::translate("FrameworkDiffSections", "level %1").arg(field.mid(kRubricPrefix.size()));
    static const std::map<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "title")},
        {QStringLiteral("question"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "question")},
        {QStringLiteral("guidance"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "guidance")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "evidence expected")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "description")},
        {QStringLiteral("references"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "references")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "weight")},
        {QStringLiteral("critical"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "critical rule")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "label")},
        {QStringLiteral("not_applicable"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "not applicable")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "version")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "id")},
        {QStringLiteral("licence"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "licence")},
        {QStringLiteral("derived_from"), QT_TRANSLATE_NOOP("FrameworkDiffSections", "derived from")},
    };
    const auto found = labels.find(field);
    return found == labels.end() ? field : QCoreApplication::translate("FrameworkDiffSections", found->second);
}

const LocalizedText *localizedField(const Framework &framework, const QString &element, const QString &id,
                                    const QString &field)
{
    if (element == kFramework) {
        if (field == QLatin1String("title"))
            return &framework.title;
        if (field == QLatin1String("description"))
            return &framework.description;
        return nullptr;
    }
    if (element == kScale) {
        bool isNumber = false;
        const ScaleLevel *level = framework.scale.level(id.toInt(&isNumber));
        if (!isNumber || !level)
            return nullptr;
        if (field == QLatin1String("label"))
            return &level->label;
        if (field == QLatin1String("description"))
            return &level->description;
        return nullptr;
    }
    if (element == kDimension) {
        const Dimension *dimension = framework.findDimension(id);
        if (!dimension)
            return nullptr;
        if (field == QLatin1String("title"))
            return &dimension->title;
        if (field == QLatin1String("description"))
            return &dimension->description;
        return nullptr;
    }
    const Criterion *criterion = framework.findCriterion(id);
    if (element != kCriterion || !criterion)
        return nullptr;
    if (field == QLatin1String("title"))
        return &criterion->title;
    if (field == QLatin1String("question"))
        return &criterion->question;
    if (field == QLatin1String("guidance"))
        return &criterion->guidance;
    if (field == QLatin1String("evidence"))
        return &criterion->evidence;
    if (field.startsWith(kRubricPrefix)) {
        const auto found = criterion->rubric.find(field.mid(kRubricPrefix.size()).toInt());
        return found == criterion->rubric.end() ? nullptr : &found->second;
    }
    return nullptr;
}

// The language a reader of `language` actually sees for this text (LocalizedText::text's fallback).
QString shownLanguage(const LocalizedText *text, const QString &language)
{
    if (!text || text->isEmpty())
        return {};
    if (text->has(language))
        return language;
    if (text->has(QStringLiteral("en")))
        return QStringLiteral("en");
    return text->languages().value(0);
}

class Grouper
{
public:
    Grouper(const Framework &before, const Framework &after, const QString &language)
        : m_before(before)
        , m_after(after)
        , m_language(language)
    {
        for (const auto &rename : renamedCriteria(before, after))
            m_oldIdOf[rename.second] = rename.first;
    }

    void addChange(const FrameworkChange &change)
    {
        switch (change.kind) {
        case Kind::Added:
        case Kind::Removed:
            addStructural(change);
            return;
        case Kind::Renamed:
            add(QStringLiteral("renamed"),
                {DiffTone::Changed, change.id, elementLabel(change.element, change.id), QCoreApplication::translate("FrameworkDiffSections", "renamed"),
                 criterionLabel(m_before, change.oldId), change.id});
            return;
        case Kind::Moved:
            add(QStringLiteral("moved"),
                {DiffTone::Changed, change.id, elementLabel(change.element, change.id), QCoreApplication::translate("FrameworkDiffSections", "dimension"),
                 dimensionLabel(m_before, change.before), dimensionLabel(m_after, change.after)});
            return;
        case Kind::Changed:
            addChanged(change);
            return;
        }
    }

    std::vector<DiffSection> sections() const
    {
        std::vector<DiffSection> result;
        for (const char *key : kSectionOrder) {
            const QString name = QLatin1String(key);
            DiffSection section;
            section.key = name;
            section.title = sectionTitle(name);
            if (name == QLatin1String("rubric")) {
                for (const auto &[level, group] : m_rubric)
                    section.groups.push_back(group);
            } else {
                const auto found = m_rows.find(name);
                if (found != m_rows.end())
                    section.groups.push_back({QString(), found->second});
            }
            if (section.rowCount() > 0)
                result.push_back(section);
        }
        return result;
    }

private:
    void add(const QString &section, const DiffRow &row) { m_rows[section].push_back(row); }

    void addStructural(const FrameworkChange &change)
    {
        const bool added = change.kind == Kind::Added;
        const Framework &framework = added ? m_after : m_before;
        DiffRow row;
        row.tone = added ? DiffTone::Added : DiffTone::Removed;
        row.id = change.id;
        row.element = elementLabel(change.element, change.id);
        QString section = added ? QStringLiteral("added") : QStringLiteral("removed");
        QString what;
        if (change.element == kCriterion) {
            const Criterion *criterion = framework.findCriterion(change.id);
            const Dimension *dimension = framework.dimensionOf(change.id);
            row.aspect = dimension ? QCoreApplication::translate("FrameworkDiffSections", "criterion in %1").arg(dimension->title.text(m_language)) : QCoreApplication::translate("FrameworkDiffSections", "criterion");
            if (criterion)
                what = criterion->question.isEmpty() ? criterion->title.text(m_language) : criterion->question.text(m_language);
        } else if (change.element == kDimension) {
            const Dimension *dimension = framework.findDimension(change.id);
            row.aspect = QCoreApplication::translate("FrameworkDiffSections", "dimension");
            if (dimension)
                what = QCoreApplication::translate("FrameworkDiffSections", "%n criteria, weight %1", nullptr,
                                                   int(dimension->criteria.size()))
                           .arg(QString::number(dimension->weight, 'g', 12));
        } else if (change.element == kScale) {
            section = QStringLiteral("scale");
            row.aspect = QCoreApplication::translate("FrameworkDiffSections", "level");
            const ScaleLevel *level = framework.scale.level(change.id.toInt());
            if (level)
                what = level->label.text(m_language);
        } else {
            row.aspect = change.element;
        }
        (added ? row.after : row.before) = what;
        add(section, row);
    }

    void addChanged(const FrameworkChange &change)
    {
        DiffRow row;
        row.id = change.id;
        row.element = elementLabel(change.element, change.id);
        row.aspect = fieldLabel(change.field);
        row.before = change.before;
        row.after = change.after;

        if (!change.language.isEmpty() && isTranslation(change)) {
            row.aspect = QStringLiteral("%1 (%2)").arg(fieldLabel(change.field), change.language);
            row.tone = change.before.isEmpty() ? DiffTone::Added
                : change.after.isEmpty()       ? DiffTone::Removed
                                               : DiffTone::Changed;
            add(QStringLiteral("translations"), row);
            return;
        }
        if (change.element == kFramework) {
            add(QStringLiteral("framework"), row);
        } else if (change.element == kScale) {
            add(QStringLiteral("scale"), row);
        } else if (change.field == QLatin1String("weight")) {
            add(QStringLiteral("weight"), row);
        } else if (change.field == QLatin1String("critical")) {
            add(QStringLiteral("critical"), row);
        } else if (change.field.startsWith(kRubricPrefix)) {
            const int level = change.field.mid(kRubricPrefix.size()).toInt();
            DiffGroup &group = m_rubric[level];
            if (group.title.isEmpty())
                group.title = levelLabel(level);
            group.rows.push_back(row);
        } else {
            add(QStringLiteral("wording"), row);
        }
    }

    // Other languages, and a translation added to or removed from a text that
    // has others, are translation work rather than a change of meaning.
    bool isTranslation(const FrameworkChange &change) const
    {
        const QString oldId = change.element == kCriterion ? m_oldIdOf.value(change.id, change.id) : change.id;
        const LocalizedText *before = localizedField(m_before, change.element, oldId, change.field);
        const LocalizedText *after = localizedField(m_after, change.element, change.id, change.field);
        QString shown = shownLanguage(after, m_language);
        if (shown.isEmpty())
            shown = shownLanguage(before, m_language);
        if (change.language != shown)
            return true;
        const bool translationAdded = change.before.isEmpty() && before && !before->isEmpty();
        const bool translationRemoved = change.after.isEmpty() && after && !after->isEmpty();
        return translationAdded || translationRemoved;
    }

    QString elementLabel(const QString &element, const QString &id) const
    {
        if (element == kCriterion)
            return criterionLabel(m_after.findCriterion(id) ? m_after : m_before, id);
        if (element == kDimension)
            return dimensionLabel(m_after.findDimension(id) ? m_after : m_before, id);
        if (element == kScale)
            return id.isEmpty() ? QCoreApplication::translate("FrameworkDiffSections", "Scale") : levelLabel(id.toInt());
        return m_after.title.text(m_language) + QStringLiteral(" (") + m_after.id + QLatin1Char(')');
    }

    QString criterionLabel(const Framework &framework, const QString &id) const
    {
        const Criterion *criterion = framework.findCriterion(id);
        const QString title = criterion ? criterion->title.text(m_language) : QString();
        return title.isEmpty() ? id : id + QStringLiteral(" — ") + title;
    }

    QString dimensionLabel(const Framework &framework, const QString &id) const
    {
        const Dimension *dimension = framework.findDimension(id);
        const QString title = dimension ? dimension->title.text(m_language) : QString();
        return title.isEmpty() ? id : id + QStringLiteral(" — ") + title;
    }

    QString levelLabel(int value) const
    {
        const ScaleLevel *level = m_after.scale.level(value);
        if (!level)
            level = m_before.scale.level(value);
        const QString label = level ? level->label.text(m_language) : QString();
        return label.isEmpty() ? QCoreApplication::translate("FrameworkDiffSections", "Level %1").arg(value) : QCoreApplication::translate("FrameworkDiffSections", "Level %1 — %2").arg(value).arg(label);
    }

    const Framework &m_before;
    const Framework &m_after;
    QString m_language;
    QHash<QString, QString> m_oldIdOf; // new criterion id -> the id it replaced
    std::map<QString, std::vector<DiffRow>> m_rows;
    std::map<int, DiffGroup> m_rubric;
};

void collectLanguages(const LocalizedText &text, QStringList &languages)
{
    for (const QString &language : text.languages()) {
        if (!languages.contains(language))
            languages << language;
    }
}

void collectLanguages(const Framework &framework, QStringList &languages)
{
    collectLanguages(framework.title, languages);
    collectLanguages(framework.description, languages);
    for (const ScaleLevel &level : framework.scale.levels) {
        collectLanguages(level.label, languages);
        collectLanguages(level.description, languages);
    }
    for (const Dimension &dimension : framework.dimensions) {
        collectLanguages(dimension.title, languages);
        collectLanguages(dimension.description, languages);
        for (const Criterion &criterion : dimension.criteria) {
            collectLanguages(criterion.title, languages);
            collectLanguages(criterion.question, languages);
            collectLanguages(criterion.guidance, languages);
            collectLanguages(criterion.evidence, languages);
            for (const auto &entry : criterion.rubric)
                collectLanguages(entry.second, languages);
        }
    }
}

} // namespace

int DiffSection::rowCount() const
{
    int count = 0;
    for (const DiffGroup &group : groups)
        count += int(group.rows.size());
    return count;
}

std::vector<DiffSection> groupFrameworkDiff(const FrameworkDiff &diff, const Framework &before,
                                            const Framework &after, const QString &language)
{
    Grouper grouper(before, after, language);
    for (const FrameworkChange &change : diff.changes)
        grouper.addChange(change);
    return grouper.sections();
}

QStringList frameworkDiffLanguages(const Framework &before, const Framework &after)
{
    QStringList languages{QStringLiteral("en")};
    collectLanguages(before, languages);
    collectLanguages(after, languages);
    return languages;
}

} // namespace dpi
