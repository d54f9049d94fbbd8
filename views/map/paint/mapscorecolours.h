#pragma once

#include "mappaintoptions.h"
#include "mapscores.h"
#include "project.h"

#include <QColor>
#include <QString>

#include <optional>

namespace dpi {

// The legend of the score colours (scorepalette.h: the grid's colours for the same percent).
std::vector<MapLegendEntry> mapScoreLegend(const QString &notScoredText = QString());

// Component colours for MapPaintOptions (from computeMapScores), with the legend; sets showScores.
void applyMapScores(MapPaintOptions &options, const Project &project, const ProjectResult &result,
                    const QString &sectorId, const WardleyMap &map);

} // namespace dpi
