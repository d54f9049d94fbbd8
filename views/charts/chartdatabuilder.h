#pragma once

#include "chartdata.h"

#include "project.h"
#include "roundcomparison.h"
#include "scoring.h"

#include <QString>

namespace dpi {

// Turns a scoring result into chart data. Every value is copied from
// `result` (which must be scoreProject(project)); `project` only supplies
// titles, in `language` (LocalizedText::text fallback rules).
namespace ChartDataBuilder {

// Radar of one sector on one framework: one spoke per dimension, the value
// is the dimension's percent. Empty data when the sector or framework is unknown.
ChartData radar(const Project &project, const ProjectResult &result, const QString &sectorId,
                const QString &frameworkId, const QString &language);

// Sectors side by side. With an empty `frameworkId`: one series per graded
// framework plus "Overall" (the sector's overall readiness); gate frameworks
// have no percent and no series. Otherwise the one framework's percent.
ChartData sectorComparison(const Project &project, const ProjectResult &result,
                           const QString &frameworkId, const QString &language);

// Per sector, how its criteria split into scored with high / medium / low /
// no confidence, not applicable, unverified and unscored (counts; they add up to the
// criteria in scope). Empty `frameworkId` counts the criteria behind overall
// readiness (the sector's coverage: graded frameworks only).
ChartData coverageAndConfidence(const Project &project, const ProjectResult &result,
                                const QString &frameworkId, const QString &language);

// Two rounds side by side (compareRounds()'s percentages): per sector its
// overall readiness (the category is the sector's title), then each graded
// framework ("sector · framework"; every label is unique, as a category axis
// merges equal ones), in the previous round and in this one (two series). Gate frameworks have no percent and no bar. Titles
// come from `project` (this round).
ChartData roundComparison(const Project &project, const RoundComparison &comparison, const QString &language);

} // namespace ChartDataBuilder
} // namespace dpi
