#pragma once

#include "mappaintoptions.h"
#include "mapscores.h"
#include "project.h"

#include <QColor>
#include <QString>

#include <optional>

namespace dpi {

// Bands: 0-25 red, 25-50 orange, 50-75 yellow, 75-100 green; grey = not scored.
QColor mapScoreColour(const std::optional<double> &percent);
std::vector<MapLegendEntry> mapScoreLegend();

// Component colours for MapPaintOptions (from computeMapScores), with the legend; sets showScores.
void applyMapScores(MapPaintOptions &options, const Project &project, const ProjectResult &result,
                    const QString &sectorId, const WardleyMap &map);

} // namespace dpi
