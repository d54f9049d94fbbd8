#include "mapscorecolours.h"

#include "mapscorebands.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("dpi::MapScores", text);
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
    return QColor(QRgb(mapScoreRgb(percent)));
}

std::vector<MapLegendEntry> mapScoreLegend()
{
    return {
        {mapScoreColour(10.0), tr("0-25 %")},
        {mapScoreColour(30.0), tr("25-50 %")},
        {mapScoreColour(60.0), tr("50-75 %")},
        {mapScoreColour(80.0), tr("75-100 %")},
        {mapScoreColour(std::nullopt), tr("not scored")},
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
    options.scoreLegendTitle = tr("Scores: %1").arg(sectorTitle.isEmpty() ? sectorId : sectorTitle);
    options.scoreLegend = mapScoreLegend();
    options.showScores = true;
}

} // namespace dpi
