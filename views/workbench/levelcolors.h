#pragma once

#include <QColor>

namespace dpi {

/**
 * Colours of the scoring grid, the criterion panel and the legend, so that a
 * level reads the same everywhere. Levels go from red (lowest) through amber
 * to green (highest); "not applicable" and "unscored" are neutral greys that
 * no level colour can be mistaken for.
 */
namespace levelcolors {

/** `fraction` is the level's position on the scale, 0 (lowest) to 1 (highest). */
QColor forFraction(double fraction);
/** Text colour readable on forFraction(fraction). */
QColor textOn(double fraction);
QColor notApplicable();
QColor unscored();
QColor redFlag();
/** Analysts' ratings that differ (team assessments): a violet that no level, flag or grey resembles. */
QColor disagreement();
QColor groupHeader();

} // namespace levelcolors
} // namespace dpi
