#include "mapscorecolours.h"

#include <QCoreApplication>

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

MapScores computeMapScores(const Project &project, const ProjectResult &result, const QString &sectorId,
                           const WardleyMap &map)
{
    Q_UNUSED(project); // the links name criteria by id; the results already carry everything
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

QColor mapScoreColour(const std::optional<double> &percent)
{
    if (!percent)
        return QColor(0xbd, 0xbd, 0xbd);
    if (*percent < 25)
        return QColor(0xe0, 0x4b, 0x3c);
    if (*percent < 50)
        return QColor(0xf0, 0x92, 0x3a);
    if (*percent < 75)
        return QColor(0xf3, 0xd0, 0x3e);
    return QColor(0x4c, 0xb0, 0x5a);
}

std::vector<MapLegendEntry> mapScoreLegend()
{
    return {
        {mapScoreColour(10.0), QCoreApplication::translate("dpi::MapScores", "0-25 %")},
        {mapScoreColour(30.0), QCoreApplication::translate("dpi::MapScores", "25-50 %")},
        {mapScoreColour(60.0), QCoreApplication::translate("dpi::MapScores", "50-75 %")},
        {mapScoreColour(80.0), QCoreApplication::translate("dpi::MapScores", "75-100 %")},
        {mapScoreColour(std::nullopt), QCoreApplication::translate("dpi::MapScores", "not scored")},
    };
}

void applyMapScores(MapPaintOptions &options, const Project &project, const ProjectResult &result,
                    const QString &sectorId, const WardleyMap &map)
{
    const MapScores scores = computeMapScores(project, result, sectorId, map);
    options.componentColours.clear();
    for (auto it = scores.byComponent.constBegin(); it != scores.byComponent.constEnd(); ++it)
        options.componentColours.insert(it.key(), mapScoreColour(it->percent));
    const Sector *sector = project.findSector(sectorId);
    const QString sectorTitle = sector ? sector->title.text(project.report.language) : sectorId;
    options.scoreLegendTitle = QCoreApplication::translate("dpi::MapScores", "Scores: %1").arg(sectorTitle.isEmpty() ? sectorId : sectorTitle);
    options.scoreLegend = mapScoreLegend();
    options.showScores = true;
}

} // namespace dpi
