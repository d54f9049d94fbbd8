#include "frameworkdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace dpi {

namespace {

using Kind = FrameworkChange::Kind;

class DiffBuilder
{
public:
    explicit DiffBuilder(FrameworkDiff &diff) : m_diff(diff) {}

    void add(Kind kind, const QString &element, const QString &id, const QString &oldId = {})
    {
        FrameworkChange change;
        change.kind = kind;
        change.element = element;
        change.id = id;
        change.oldId = oldId;
        m_diff.changes.push_back(change);
    }

    void changed(const QString &element, const QString &id, const QString &field, const QString &before,
                 const QString &after, const QString &language = {})
    {
        if (before == after)
            return;
        FrameworkChange change;
        change.element = element;
        change.id = id;
        change.field = field;
        change.language = language;
        change.before = before;
        change.after = after;
        m_diff.changes.push_back(change);
    }

    // One change per language that differs: translation added, removed or edited.
    void text(const QString &element, const QString &id, const QString &field, const LocalizedText &before,
              const LocalizedText &after)
    {
        QStringList languages = before.languages();
        for (const QString &language : after.languages()) {
            if (!languages.contains(language))
                languages << language;
        }
        for (const QString &language : languages)
            changed(element, id, field, before.exact(language), after.exact(language), language);
    }

private:
    FrameworkDiff &m_diff;
};

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString criticalText(const std::optional<CriticalRule> &rule)
{
    if (!rule)
        return {};
    QString text = QStringLiteral("below %1").arg(rule->below);
    if (rule->capPercent)
        text += QStringLiteral(", cap %1 %").arg(number(*rule->capPercent));
    return text;
}

QString referencesText(const std::vector<Reference> &references)
{
    QStringList items;
    for (const Reference &reference : references) {
        QStringList fields;
        for (const auto &field : reference.fields)
            fields << field.first + QStringLiteral(": ") + field.second;
        items << QLatin1Char('{') + fields.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    return items.join(QStringLiteral("; "));
}

void diffCriterion(DiffBuilder &out, const Criterion &before, const Criterion &after)
{
    const QString element = QStringLiteral("criterion");
    const QString &id = after.id;
    out.text(element, id, QStringLiteral("title"), before.title, after.title);
    out.text(element, id, QStringLiteral("question"), before.question, after.question);
    out.text(element, id, QStringLiteral("guidance"), before.guidance, after.guidance);
    out.text(element, id, QStringLiteral("evidence"), before.evidence, after.evidence);
    out.changed(element, id, QStringLiteral("weight"), number(before.weight), number(after.weight));
    out.changed(element, id, QStringLiteral("critical"), criticalText(before.critical), criticalText(after.critical));
    std::set<int> levels;
    for (const auto &entry : before.rubric)
        levels.insert(entry.first);
    for (const auto &entry : after.rubric)
        levels.insert(entry.first);
    for (int level : levels) {
        const auto old = before.rubric.find(level);
        const auto now = after.rubric.find(level);
        out.text(element, id, QStringLiteral("rubric.%1").arg(level),
                 old == before.rubric.end() ? LocalizedText() : old->second,
                 now == after.rubric.end() ? LocalizedText() : now->second);
    }
    out.changed(element, id, QStringLiteral("references"), referencesText(before.references), referencesText(after.references));
}

struct Located
{
    const Criterion *criterion = nullptr;
    const Dimension *dimension = nullptr;
};

std::map<QString, Located> criteriaById(const Framework &framework)
{
    std::map<QString, Located> result;
    for (const auto &dimension : framework.dimensions) {
        for (const auto &criterion : dimension.criteria)
            result[criterion.id] = {&criterion, &dimension};
    }
    return result;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added: return QStringLiteral("added");
    case Kind::Removed: return QStringLiteral("removed");
    case Kind::Renamed: return QStringLiteral("renamed");
    case Kind::Moved: return QStringLiteral("moved");
    case Kind::Changed: break;
    }
    return QStringLiteral("changed");
}

QString quoted(const QString &text)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (shown.size() > 80)
        shown = shown.left(77) + QStringLiteral("...");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

int FrameworkDiff::count(FrameworkChange::Kind kind, const QString &element) const
{
    int n = 0;
    for (const auto &change : changes)
        n += change.kind == kind && change.element == element ? 1 : 0;
    return n;
}

std::vector<std::pair<QString, QString>> renamedCriteria(const Framework &before, const Framework &after)
{
    std::vector<std::pair<QString, QString>> result;
    for (const auto &dimension : after.dimensions) {
        for (const auto &criterion : dimension.criteria) {
            for (const QString &oldId : criterion.replaces) {
                // A replaced id that still exists in the new version is not a rename.
                if (before.findCriterion(oldId) && !after.findCriterion(oldId))
                    result.emplace_back(oldId, criterion.id);
            }
        }
    }
    return result;
}

FrameworkDiff diffFrameworks(const Framework &before, const Framework &after)
{
    FrameworkDiff diff;
    diff.oldPin = before.pin();
    diff.newPin = after.pin();
    DiffBuilder out(diff);

    const QString framework = QStringLiteral("framework");
    out.changed(framework, after.id, QStringLiteral("id"), before.id, after.id);
    out.changed(framework, after.id, QStringLiteral("version"), before.version, after.version);
    out.text(framework, after.id, QStringLiteral("title"), before.title, after.title);
    out.text(framework, after.id, QStringLiteral("description"), before.description, after.description);
    out.changed(framework, after.id, QStringLiteral("licence"), before.licence, after.licence);
    out.changed(framework, after.id, QStringLiteral("derived_from"), before.derivedFrom, after.derivedFrom);
    out.changed(framework, after.id, QStringLiteral("kind"), frameworkKindName(before.kind), frameworkKindName(after.kind));

    const QString scale = QStringLiteral("scale");
    out.changed(scale, QString(), QStringLiteral("not_applicable"),
                before.scale.allowNotApplicable ? QStringLiteral("allowed") : QStringLiteral("forbidden"),
                after.scale.allowNotApplicable ? QStringLiteral("allowed") : QStringLiteral("forbidden"));
    for (const ScaleLevel &level : after.scale.levels) {
        const ScaleLevel *old = before.scale.level(level.value);
        if (!old) {
            out.add(Kind::Added, scale, QString::number(level.value));
            continue;
        }
        out.text(scale, QString::number(level.value), QStringLiteral("label"), old->label, level.label);
        out.text(scale, QString::number(level.value), QStringLiteral("description"), old->description, level.description);
    }
    for (const ScaleLevel &level : before.scale.levels) {
        if (!after.scale.contains(level.value))
            out.add(Kind::Removed, scale, QString::number(level.value));
    }

    const QString dimensionElement = QStringLiteral("dimension");
    for (const Dimension &dimension : after.dimensions) {
        const Dimension *old = before.findDimension(dimension.id);
        if (!old) {
            out.add(Kind::Added, dimensionElement, dimension.id);
            continue;
        }
        out.text(dimensionElement, dimension.id, QStringLiteral("title"), old->title, dimension.title);
        out.text(dimensionElement, dimension.id, QStringLiteral("description"), old->description, dimension.description);
        out.changed(dimensionElement, dimension.id, QStringLiteral("weight"), number(old->weight), number(dimension.weight));
    }
    for (const Dimension &dimension : before.dimensions) {
        if (!after.findDimension(dimension.id))
            out.add(Kind::Removed, dimensionElement, dimension.id);
    }

    const QString criterionElement = QStringLiteral("criterion");
    const auto oldCriteria = criteriaById(before);
    const auto newCriteria = criteriaById(after);
    std::map<QString, QString> renamedTo;   // old -> new
    std::set<QString> renamedFrom;          // new ids that came from a rename
    for (const auto &rename : renamedCriteria(before, after)) {
        renamedTo[rename.first] = rename.second;
        renamedFrom.insert(rename.second);
    }

    for (const auto &dimension : after.dimensions) {
        for (const auto &criterion : dimension.criteria) {
            const auto sameId = oldCriteria.find(criterion.id);
            if (sameId != oldCriteria.end()) {
                if (sameId->second.dimension->id != dimension.id) {
                    FrameworkChange change;
                    change.kind = Kind::Moved;
                    change.element = criterionElement;
                    change.id = criterion.id;
                    change.before = sameId->second.dimension->id;
                    change.after = dimension.id;
                    diff.changes.push_back(change);
                }
                diffCriterion(out, *sameId->second.criterion, criterion);
                continue;
            }
            if (renamedFrom.count(criterion.id) == 0) {
                out.add(Kind::Added, criterionElement, criterion.id);
                continue;
            }
            for (const auto &rename : renamedTo) {
                if (rename.second != criterion.id)
                    continue;
                out.add(Kind::Renamed, criterionElement, criterion.id, rename.first);
                diffCriterion(out, *oldCriteria.at(rename.first).criterion, criterion);
            }
        }
    }
    for (const auto &dimension : before.dimensions) {
        for (const auto &criterion : dimension.criteria) {
            if (newCriteria.count(criterion.id) == 0 && renamedTo.count(criterion.id) == 0)
                out.add(Kind::Removed, criterionElement, criterion.id);
        }
    }
    return diff;
}

QString diffAsText(const FrameworkDiff &diff, const QString &language)
{
    Q_UNUSED(language);
    QString text = QStringLiteral("--- %1\n+++ %2\n").arg(diff.oldPin, diff.newPin);
    if (diff.isEmpty())
        return text + QStringLiteral("(no changes)\n");
    for (const FrameworkChange &change : diff.changes) {
        const QString subject = change.id.isEmpty() ? change.element : change.element + QLatin1Char(' ') + change.id;
        switch (change.kind) {
        case Kind::Added:
            text += QStringLiteral("+ %1\n").arg(subject);
            break;
        case Kind::Removed:
            text += QStringLiteral("- %1\n").arg(subject);
            break;
        case Kind::Renamed:
            text += QStringLiteral("~ %1 %2 renamed to %3\n").arg(change.element, change.oldId, change.id);
            break;
        case Kind::Moved:
            text += QStringLiteral("> %1 moved from dimension %2 to %3\n").arg(subject, change.before, change.after);
            break;
        case Kind::Changed: {
            const QString field = change.language.isEmpty() ? change.field
                                                            : QStringLiteral("%1 (%2)").arg(change.field, change.language);
            if (change.before.isEmpty() && !change.language.isEmpty())
                text += QStringLiteral("* %1 %2: translation added %3\n").arg(subject, field, quoted(change.after));
            else if (change.after.isEmpty() && !change.language.isEmpty())
                text += QStringLiteral("* %1 %2: translation removed\n").arg(subject, field);
            else
                text += QStringLiteral("* %1 %2: %3 -> %4\n").arg(subject, field, quoted(change.before), quoted(change.after));
            break;
        }
        }
    }
    return text;
}

QByteArray diffAsJson(const FrameworkDiff &diff)
{
    QJsonArray changes;
    for (const FrameworkChange &change : diff.changes) {
        QJsonObject object;
        object[QStringLiteral("kind")] = kindName(change.kind);
        object[QStringLiteral("element")] = change.element;
        object[QStringLiteral("id")] = change.id;
        if (!change.oldId.isEmpty())
            object[QStringLiteral("old_id")] = change.oldId;
        if (!change.field.isEmpty())
            object[QStringLiteral("field")] = change.field;
        if (!change.language.isEmpty())
            object[QStringLiteral("language")] = change.language;
        if (change.kind == Kind::Changed || change.kind == Kind::Moved) {
            object[QStringLiteral("before")] = change.before;
            object[QStringLiteral("after")] = change.after;
        }
        changes.append(object);
    }
    QJsonObject root;
    root[QStringLiteral("old")] = diff.oldPin;
    root[QStringLiteral("new")] = diff.newPin;
    root[QStringLiteral("changes")] = changes;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dpi
