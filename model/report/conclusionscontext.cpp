#include "conclusionscontext.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace dpi {

namespace {

QString labelOr(const std::map<QString, QString> &labels, const QString &key, const QString &fallback)
{
    const auto found = labels.find(key);
    return found == labels.end() || found->second.isEmpty() ? fallback : found->second;
}

QVariantList criteriaList(const std::vector<CriterionLink> &links, const Project &project, const QString &language,
                          QStringList &titles)
{
    QVariantList list;
    for (const CriterionLink &link : links) {
        const ProjectFramework *entry = project.findFramework(link.frameworkId);
        const Criterion *criterion = entry ? entry->framework.findCriterion(link.criterionId) : nullptr;
        const QString title = criterion ? criterion->title.text(language) : link.criterionId;
        titles << title;
        list << QVariantMap{{QStringLiteral("id"), link.criterionId},
                            {QStringLiteral("framework_id"), link.frameworkId},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("framework_title"), entry ? entry->framework.title.text(language) : link.frameworkId}};
    }
    return list;
}

void addCriteria(QVariantMap &map, const std::vector<CriterionLink> &links, const Project &project,
                 const QString &language)
{
    QStringList titles;
    const QVariantList criteria = criteriaList(links, project, language, titles);
    map[QStringLiteral("criteria")] = criteria;
    map[QStringLiteral("has_criteria")] = !criteria.isEmpty();
    map[QStringLiteral("criteria_text")] = titles.join(QLatin1String("; "));
}

QVariantList findingList(const std::vector<Finding> &items, const Project &project, const QString &language,
                         const QString &sectorTitle)
{
    QVariantList list;
    for (const Finding &item : items) {
        const QString text = item.text.text(language);
        if (text.trimmed().isEmpty())
            continue;
        QVariantMap map{{QStringLiteral("text"), text}, {QStringLiteral("sector_title"), sectorTitle}};
        addCriteria(map, item.links, project, language);
        list << map;
    }
    return list;
}

QString priorityLabel(ActionPriority priority, const std::map<QString, QString> &labels)
{
    switch (priority) {
    case ActionPriority::High: return labelOr(labels, QStringLiteral("priority_high"), QStringLiteral("High"));
    case ActionPriority::Medium: return labelOr(labels, QStringLiteral("priority_medium"), QStringLiteral("Medium"));
    case ActionPriority::Low: break;
    }
    return labelOr(labels, QStringLiteral("priority_low"), QStringLiteral("Low"));
}

QString horizonLabel(ActionHorizon horizon, const std::map<QString, QString> &labels)
{
    switch (horizon) {
    case ActionHorizon::Short: return labelOr(labels, QStringLiteral("horizon_within_6_months"), QStringLiteral("Within 6 months"));
    case ActionHorizon::Medium: return labelOr(labels, QStringLiteral("horizon_6_18_months"), QStringLiteral("6–18 months"));
    case ActionHorizon::Long: return labelOr(labels, QStringLiteral("horizon_later"), QStringLiteral("Later"));
    case ActionHorizon::Unset: break;
    }
    return QString();
}

QVariantMap actionMap(const ActionItem &item, const Project &project, const QString &language,
                      const std::map<QString, QString> &labels, const QString &sectorTitle)
{
    QVariantMap map;
    map[QStringLiteral("text")] = item.text.text(language);
    map[QStringLiteral("sector_title")] = sectorTitle;
    map[QStringLiteral("priority")] = actionPriorityName(item.priority);
    map[QStringLiteral("priority_label")] = priorityLabel(item.priority, labels);
    map[QStringLiteral("high")] = item.priority == ActionPriority::High;
    map[QStringLiteral("medium")] = item.priority == ActionPriority::Medium;
    map[QStringLiteral("low")] = item.priority == ActionPriority::Low;
    map[QStringLiteral("owner")] = item.owner.text(language);
    map[QStringLiteral("has_owner")] = !item.owner.isEmpty();
    map[QStringLiteral("horizon")] = actionHorizonName(item.horizon);
    map[QStringLiteral("horizon_label")] = horizonLabel(item.horizon, labels);
    map[QStringLiteral("has_horizon")] = item.horizon != ActionHorizon::Unset;
    map[QStringLiteral("cost")] = item.cost.text(language);
    map[QStringLiteral("has_cost")] = !item.cost.isEmpty();
    addCriteria(map, item.links, project, language);
    return map;
}

} // namespace

QVariantMap conclusionsContext(const Conclusions &conclusions, const Project &project, const QString &language,
                               const std::map<QString, QString> &labels, const QString &sectorTitle)
{
    QVariantMap map;
    const QVariantList findings = findingList(conclusions.findings, project, language, sectorTitle);
    const QVariantList strengths = findingList(conclusions.strengths, project, language, sectorTitle);
    map[QStringLiteral("findings")] = findings;
    map[QStringLiteral("has_findings")] = !findings.isEmpty();
    map[QStringLiteral("strengths")] = strengths;
    map[QStringLiteral("has_strengths")] = !strengths.isEmpty();

    QVariantList actions;
    QVariantList body;
    QVariantList more;
    for (const int index : actionsByPriority(conclusions.actions)) {
        const ActionItem &item = conclusions.actions[std::size_t(index)];
        if (item.text.text(language).trimmed().isEmpty())
            continue;
        QVariantMap action = actionMap(item, project, language, labels, sectorTitle);
        action[QStringLiteral("number")] = QString::number(actions.size() + 1);
        actions << action;
        (body.size() < kBodyActionCount ? body : more) << action;
    }
    map[QStringLiteral("actions")] = actions;
    map[QStringLiteral("has_actions")] = !actions.isEmpty();
    map[QStringLiteral("action_count")] = QString::number(actions.size());
    map[QStringLiteral("body_actions")] = body;
    map[QStringLiteral("more_actions")] = more;
    map[QStringLiteral("has_more_actions")] = !more.isEmpty();
    map[QStringLiteral("more_action_count")] = QString::number(more.size());
    map[QStringLiteral("has_conclusions")] = !findings.isEmpty() || !strengths.isEmpty() || !actions.isEmpty();
    return map;
}

QString linkedActionsText(const Conclusions &conclusions, const QString &frameworkId, const QString &criterionId,
                          const QString &language)
{
    QStringList texts;
    const CriterionLink wanted{frameworkId, criterionId};
    for (const int index : actionsByPriority(conclusions.actions)) {
        const ActionItem &item = conclusions.actions[std::size_t(index)];
        const QString text = item.text.text(language).trimmed();
        if (!text.isEmpty() && std::find(item.links.begin(), item.links.end(), wanted) != item.links.end())
            texts << text;
    }
    return texts.join(QLatin1Char(' '));
}

QVariantMap projectContextContext(const ProjectContext &context, const QString &language, const ReportSourceIndex *sources)
{
    QVariantMap map;
    const QString text = context.text.text(language).trimmed();
    map[QStringLiteral("text")] = text;
    map[QStringLiteral("has_text")] = !text.isEmpty();
    // A blank line starts a paragraph, as in the file.
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    QVariantList paragraphs;
    for (const QString &paragraph : text.split(blankLine, Qt::SkipEmptyParts))
        paragraphs << QVariantMap{{QStringLiteral("text"), paragraph.trimmed()}};
    map[QStringLiteral("paragraphs")] = paragraphs;
    QVariantList list;
    for (const ContextSource &source : context.sources) {
        // Numbered with every other source, so the chapter cites [n] and the
        // address itself appears once, in the Sources annex.
        const int number = sources ? sources->url(source.url) : 0;
        list << QVariantMap{{QStringLiteral("title"), source.title},
                            {QStringLiteral("has_title"), !source.title.isEmpty()},
                            {QStringLiteral("url"), source.url},
                            {QStringLiteral("number"), number > 0 ? QString::number(number) : QString()},
                            {QStringLiteral("cite"), formatCitation({number})}};
    }
    map[QStringLiteral("sources")] = list;
    map[QStringLiteral("has_sources")] = !list.isEmpty();
    return map;
}

QSet<QString> conclusionsItemVariableNames()
{
    // Built by the same functions as the real items, from one example of each.
    Project project;
    ActionItem action;
    action.links.push_back({QStringLiteral("f"), QStringLiteral("c")});
    Finding finding;
    finding.links = action.links;
    QStringList titles;
    const QVariantMap criterion = criteriaList(action.links, project, QStringLiteral("en"), titles).front().toMap();
    QVariantMap findingItem{{QStringLiteral("text"), QString()}, {QStringLiteral("sector_title"), QString()}};
    addCriteria(findingItem, finding.links, project, QStringLiteral("en"));
    QVariantMap actionItem = actionMap(action, project, QStringLiteral("en"), {}, QString());
    actionItem[QStringLiteral("number")] = QString();
    ProjectContext context;
    context.text = LocalizedText(QStringLiteral("x"));
    context.sources.push_back({QStringLiteral("t"), QStringLiteral("u")});
    const QVariantMap contextMap = projectContextContext(context, QStringLiteral("en"));
    QSet<QString> names;
    for (const QVariantMap &map : {criterion, findingItem, actionItem, contextMap.value(QStringLiteral("sources")).toList().front().toMap(),
                                   contextMap.value(QStringLiteral("paragraphs")).toList().front().toMap()}) {
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            names.insert(it.key());
    }
    return names;
}

} // namespace dpi
