#include "conclusionlabels.h"

#include "project.h"

#include <QCoreApplication>
#include <QStringList>

namespace dpi {

namespace {

} // namespace

QString priorityText(ActionPriority priority)
{
    switch (priority) {
    case ActionPriority::High: return QCoreApplication::translate("dpi::ConclusionLabels", "High");
    case ActionPriority::Medium: return QCoreApplication::translate("dpi::ConclusionLabels", "Medium");
    case ActionPriority::Low: break;
    }
    return QCoreApplication::translate("dpi::ConclusionLabels", "Low");
}

QString horizonText(ActionHorizon horizon)
{
    switch (horizon) {
    case ActionHorizon::Short: return QCoreApplication::translate("dpi::ConclusionLabels", "Within 6 months");
    case ActionHorizon::Medium: return QCoreApplication::translate("dpi::ConclusionLabels", "6–18 months");
    case ActionHorizon::Long: return QCoreApplication::translate("dpi::ConclusionLabels", "Later");
    case ActionHorizon::Unset: break;
    }
    return QCoreApplication::translate("dpi::ConclusionLabels", "Not set");
}

std::vector<std::pair<QString, int>> priorityChoices()
{
    return {{priorityText(ActionPriority::High), int(ActionPriority::High)},
            {priorityText(ActionPriority::Medium), int(ActionPriority::Medium)},
            {priorityText(ActionPriority::Low), int(ActionPriority::Low)}};
}

std::vector<std::pair<QString, int>> horizonChoices()
{
    return {{horizonText(ActionHorizon::Unset), int(ActionHorizon::Unset)},
            {horizonText(ActionHorizon::Short), int(ActionHorizon::Short)},
            {horizonText(ActionHorizon::Medium), int(ActionHorizon::Medium)},
            {horizonText(ActionHorizon::Long), int(ActionHorizon::Long)}};
}

QString linkedCriteriaText(const std::vector<CriterionLink> &links, const Project &project, const QString &language)
{
    QStringList titles;
    for (const CriterionLink &link : links) {
        const ProjectFramework *entry = project.findFramework(link.frameworkId);
        const Criterion *criterion = entry ? entry->framework.findCriterion(link.criterionId) : nullptr;
        titles << (criterion ? criterion->title.text(language) : link.toString());
    }
    return titles.join(QLatin1String("; "));
}

} // namespace dpi
