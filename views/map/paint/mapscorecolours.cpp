#include "mapscorecolours.h"

#include "scorepalette.h"

#include <QCoreApplication>

namespace dpi {

std::vector<MapLegendEntry> mapScoreLegend(const QString &notScoredText)
{
    std::vector<MapLegendEntry> legend;
    for (const scorepalette::Stop &stop : scorepalette::stops())
        legend.push_back({stop.colour, QCoreApplication::translate("dpi::MapScores", "%1 %").arg(stop.percent, 0, 'f', 0)});
    legend.push_back({scorepalette::unscored(), notScoredText.isEmpty() ? QCoreApplication::translate("dpi::MapScores", "not scored") : notScoredText});
    return legend;
}

void applyMapScores(MapPaintOptions &options, const Project &project, const ProjectResult &result,
                    const QString &sectorId, const WardleyMap &map)
{
    const MapScores scores = computeMapScores(result, sectorId, map);
    options.componentColours.clear();
    for (auto it = scores.byComponent.constBegin(); it != scores.byComponent.constEnd(); ++it)
        options.componentColours.insert(it.key(), scorepalette::forScore(it->percent));
    const Sector *sector = project.findSector(sectorId);
    const QString sectorTitle = sector ? sector->title.text(project.report.language) : sectorId;
    options.scoreLegendTitle = QCoreApplication::translate("dpi::MapScores", "Scores: %1").arg(sectorTitle.isEmpty() ? sectorId : sectorTitle);
    options.scoreLegend = mapScoreLegend();
    options.showScores = true;
}

} // namespace dpi
