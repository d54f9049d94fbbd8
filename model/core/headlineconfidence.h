#pragma once

#include "scoring.h"

#include <QString>

namespace dpi {

/**
 * The confidence a headline figure (a sector's overall readiness, a framework
 * score) can claim, shown beside it with its coverage so that nobody reads a
 * percentage built on weak evidence as a firm one.
 *
 * It is the median confidence of the scores behind the figure: High when at
 * least half of them are high, Medium when at least half are medium or high,
 * Low otherwise. A score whose confidence was not given counts as low: nobody
 * vouched for it. None when nothing behind the figure is scored. N/A and
 * unverified criteria are not behind any figure (docs/scoring.md).
 */
enum class HeadlineConfidence { None, Low, Medium, High };

HeadlineConfidence headlineConfidence(const ConfidenceMix &mix);

/** "high", "medium", "low" or "none": for JSON and report variables. */
QString headlineConfidenceName(HeadlineConfidence confidence);

} // namespace dpi
