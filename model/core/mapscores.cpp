#include "mapscores.h"

namespace dpi {

namespace {

const CriterionResult *findCriterionResult(const SectorResult &sector, const QString &frameworkId,
                                           const QString &criterionId)
{
    const FrameworkResult *framework = sector.framework(frameworkId);
    if (!framework)
        return nullptr;
    for (const DimensionResult &dimension : framework->dimensions) {
        for (const CriterionResult &criterion : dimension.criteria) {
            if (criterion.criterionId == criterionId)
                return &criterion;
        }
    }
    return nullptr;
}

} // namespace

MapScores computeMapScores(const ProjectResult &result, const QString &sectorId, const WardleyMap &map)
{
    MapScores scores;
    scores.sectorId = sectorId;
    const SectorResult *sector = result.sector(sectorId);
    for (const WardleyComponent &component : map.components) {
        if (component.criteria.isEmpty())
            continue;
        MapComponentScore score;
        double sum = 0;
        for (const QString &link : component.criteria) {
            ++score.linked;
            const int slash = link.indexOf(QLatin1Char('/'));
            if (!sector || slash <= 0)
                continue;
            const CriterionResult *criterion = findCriterionResult(*sector, link.left(slash), link.mid(slash + 1));
            if (criterion && criterion->percent) {
                sum += *criterion->percent;
                ++score.scored;
            }
        }
        if (score.scored > 0)
            score.percent = sum / score.scored;
        scores.byComponent.insert(component.id, score);
    }
    return scores;
}

} // namespace dpi
