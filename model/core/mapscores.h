#pragma once

#include "scoring.h"
#include "wardleymap.h"

#include <QHash>
#include <QString>

#include <optional>

namespace dpi {

/**
 * Scores on a Wardley map: each component linked to framework criteria gets
 * the plain (unweighted) mean of those criteria's percents in one sector,
 * read from scoreProject()'s results; nothing is scored twice. The exact rule
 * is in docs/scoring.md, "Map component scores".
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

MapScores computeMapScores(const ProjectResult &result, const QString &sectorId, const WardleyMap &map);

} // namespace dpi
