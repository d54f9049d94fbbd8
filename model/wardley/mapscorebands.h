#pragma once

#include <optional>
#include <vector>

namespace dpi {

// The colour bands in which a Wardley map shows a component's score (the
// mean percent of its linked criteria in one sector). The map painter and the
// report's legend both read them here, so the legend cannot drift from the
// picture.
struct MapScoreBand
{
    double from = 0;     // percent, inclusive
    double to = 100;     // percent, exclusive (the last band includes 100)
    unsigned rgb = 0;    // 0xRRGGBB
};

const std::vector<MapScoreBand> &mapScoreBands();

// Linked to criteria, none of them scored.
inline constexpr unsigned kMapUnscoredRgb = 0xbdbdbd;

// The band colour of `percent`, kMapUnscoredRgb when it is empty.
unsigned mapScoreRgb(const std::optional<double> &percent);

} // namespace dpi
