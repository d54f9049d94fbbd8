#pragma once

#include "agreement.h"

#include <QString>
#include <QStringList>

#include <random>

// Reliability data written as Krippendorff prints it: one text row per
// analyst, one column per unit, "." for a missing value.
namespace dpitest {

inline dpi::ReliabilityData reliabilityFromRows(const QStringList &rows)
{
    dpi::ReliabilityData data;
    data.analysts = int(rows.size());
    for (int analyst = 0; analyst < rows.size(); ++analyst) {
        const QStringList cells = rows[analyst].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (data.units.size() < size_t(cells.size()))
            data.units.resize(size_t(cells.size()));
        for (int unit = 0; unit < cells.size(); ++unit) {
            auto &values = data.units[size_t(unit)].values;
            values.resize(size_t(rows.size()));
            if (cells[unit] != QLatin1String("."))
                values[size_t(analyst)] = cells[unit].toDouble();
        }
    }
    return data;
}

// Random but reproducible ratings on a 0..maxLevel scale: each analyst
// mostly follows a hidden true level, sometimes a level off, sometimes
// missing. Agreement varies from case to case, as it does between teams.
inline dpi::ReliabilityData randomRatings(std::mt19937 &generator, int analysts, int units, int maxLevel,
                                          double missingShare)
{
    dpi::ReliabilityData data;
    data.analysts = analysts;
    std::uniform_int_distribution<int> level(0, maxLevel);
    std::uniform_int_distribution<int> step(-1, 1);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    const double noise = chance(generator);
    for (int u = 0; u < units; ++u) {
        dpi::ReliabilityUnit unit;
        const int truth = level(generator);
        for (int a = 0; a < analysts; ++a) {
            if (chance(generator) < missingShare) {
                unit.values.push_back(std::nullopt);
                continue;
            }
            const int given = chance(generator) < noise ? std::clamp(truth + step(generator), 0, maxLevel) : truth;
            unit.values.push_back(double(given));
        }
        data.units.push_back(unit);
    }
    return data;
}

} // namespace dpitest
