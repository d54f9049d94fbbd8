#include "mapscorebands.h"

namespace dpi {

const std::vector<MapScoreBand> &mapScoreBands()
{
    // Red, orange, yellow, green: quarters of the scale.
    static const std::vector<MapScoreBand> bands{
        {0, 25, 0xe04b3c},
        {25, 50, 0xf0923a},
        {50, 75, 0xf3d03e},
        {75, 100, 0x4cb05a},
    };
    return bands;
}

unsigned mapScoreRgb(const std::optional<double> &percent)
{
    if (!percent)
        return kMapUnscoredRgb;
    for (const MapScoreBand &band : mapScoreBands()) {
        if (*percent < band.to)
            return band.rgb;
    }
    return mapScoreBands().back().rgb;
}

} // namespace dpi
