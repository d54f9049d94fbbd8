#pragma once

#include "project.h"
#include "scoring.h"

#include <QColor>

#include <array>
#include <optional>

namespace dpi {

/**
 * The one set of colours for what a score means: levels and score percentages,
 * "not applicable", "unverified", "unscored", red flags, gate results and the
 * confidence behind a score.
 * The scoring grid, the criterion panel, the map overlay, the charts and the
 * report all take their colours from here, so a cell and the map component
 * linked to it can never disagree.
 *
 * Scores run from red (0 %, the scale's lowest level) through yellow to blue
 * (100 %), a diverging ramp in the manner of ColorBrewer's RdYlBu: unlike red
 * to green, its ends stay apart for red-green colour-blind readers. The stops
 * are light enough that dark text keeps a contrast of at least 4.5:1 (WCAG AA)
 * on each of them; tests/palette checks both.
 */
namespace scorepalette {

struct Stop
{
    double percent;
    QColor colour;
};

/** The ramp's stops at 0, 25, 50, 75 and 100 % (legends show them). */
const std::array<Stop, 5> &stops();

/** Colour of a score of `percent` (0-100, clamped), between the stops. */
QColor forPercent(double percent);
/** forPercent(), or unscored() when there is no percent. */
QColor forScore(const std::optional<double> &percent);
/** Colour of one criterion's result: N/A, unverified, unscored, or its percent. */
QColor forResult(const CriterionResult &result);
/** Text colour readable on every colour above. */
QColor text();

QColor notApplicable();
/** Diagonal hatching over notApplicable() where there is room for it (grid cells, legends). */
QColor notApplicableHatch();
QColor unscored();
/** Dashed outline that marks an empty cell. */
QColor unscoredOutline();
QColor redFlag();
/**
 * Unverified (looked for, not found in the sources available): a pale
 * lavender, apart from every score, N/A and unscored, and lighter than
 * disagreement() so that the violet notch stays visible on it.
 */
QColor unverified();
/** The "?" drawn on an unverified cell and its legend key. */
QColor unverifiedMark();
/** Analysts' ratings that differ (team assessments): a violet that no score, flag or grey resembles. */
QColor disagreement();
/** The mark of a cell that changed since the previous round (its shape says which way): a dark slate no score uses. */
QColor changeMark();

/**
 * A gate framework's result for a sector: met takes the ramp's 100 % end and
 * not met its 0 % end, the colours a passed and a failed gate have in the
 * grid; not determined (gates still open) is unscored().
 */
QColor gateStatus(GateResult::Status status);

/** The share of evidence of one confidence, in charts. */
QColor confidence(Confidence confidence);

} // namespace scorepalette
} // namespace dpi
