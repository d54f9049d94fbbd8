#include "recommendationupgrade.h"

namespace dpi {

RecommendationUpgrade upgradeRecommendations(const Project &project)
{
    RecommendationUpgrade upgrade;
    upgrade.result = project;
    const QString language = project.report.language.isEmpty() ? QStringLiteral("en") : project.report.language;
    for (Sector &sector : upgrade.result.sectors) {
        for (const ProjectFramework &entry : upgrade.result.frameworks) {
            const auto scores = sector.scores.find(entry.id);
            if (scores == sector.scores.end())
                continue;
            for (const Dimension &dimension : entry.framework.dimensions) {
                for (const Criterion &criterion : dimension.criteria) {
                    const auto found = scores->second.find(criterion.id);
                    if (found == scores->second.end() || found->second.recommendation.trimmed().isEmpty())
                        continue;
                    ActionItem action;
                    if (language == QLatin1String("en")) {
                        action.text = LocalizedText(found->second.recommendation.trimmed());
                    } else {
                        action.text.set(language, found->second.recommendation.trimmed());
                    }
                    action.priority = ActionPriority::Medium;
                    action.links.push_back({entry.id, criterion.id});
                    sector.conclusions.actions.push_back(action);
                    found->second.recommendation.clear();
                    ++upgrade.converted;
                }
            }
        }
    }
    return upgrade;
}

QString RecommendationUpgrade::summary() const
{
    return QStringLiteral("recommendations turned into actions: %1\n").arg(converted);
}

} // namespace dpi
