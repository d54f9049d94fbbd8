#pragma once

#include "mappaintoptions.h"
#include "project.h"
#include "scoring.h"
#include "wardleymap.h"

#include <QColor>
#include <QHash>
#include <QString>

#include <optional>

namespace dpi {

/**
 * Scores on the map: each component linked to framework criteria gets the
 * mean percent of those criteria in one sector (numbers straight from
 * scoreProject(), nothing recomputed), and a colour band for it.
 */
struct MapComponentScore
{
    std::optional<double> percent;   // empty: linked, but none of its criteria scored
    int linked = 0;                  // criteria linked
    int scored = 0;                  // of which have a percent
};

struct MapScores
{
    QString sectorId;
    QHash<QString, MapComponentScore> byComponent; // component id -> score; unlinked components absent
};

MapScores computeMapScores(const Project &project, const ProjectResult &result, const QString &sectorId,
                           const WardleyMap &map);

// Bands (mapScoreBands()): 0-25 red, 25-50 orange, 50-75 yellow, 75-100 green; grey = not scored.
QColor mapScoreColour(const std::optional<double> &percent);
std::vector<MapLegendEntry> mapScoreLegend();

// Component colours for MapPaintOptions, with the legend; sets showScores.
void applyMapScores(MapPaintOptions &options, const Project &project, const ProjectResult &result,
                    const QString &sectorId, const WardleyMap &map);

} // namespace dpi
