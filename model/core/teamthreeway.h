#pragma once

#include "diagnostic.h"
#include "project.h"

#include <QString>

#include <optional>

namespace dpi {

struct ThreeWayResult
{
    std::optional<Project> project;  // empty when the merge is refused
    Diagnostics diagnostics;
    int disagreements = 0;           // criteria both sides scored differently, now recorded as ratings
    bool ok() const { return project.has_value() && !diagnostics.hasErrors(); }
};

/**
 * Three-way merge of a project edited on two branches (the git merge
 * driver). What only one side changed is taken; what both changed the same
 * way is taken once. Where both changed a criterion's level differently, the
 * criterion becomes a disagreement: each side's judgement is recorded as a
 * rating under who scored it (the score's `analyst`; "ours" and "theirs"
 * when it names nobody, or both name the same person) and the agreed level
 * is left open, so git never needs conflict markers in YAML.
 *
 * Within a criterion whose level only one side changed, other edits merge
 * field by field: evidence as a set, notes and recommendations that both
 * sides rewrote are kept one after the other, the lower confidence wins.
 * Each analyst's rating merges as a whole.
 *
 * Refused (errors; the caller leaves git's conflict in place): the same
 * rating, metadata field, sector title, framework, map or report setting
 * changed differently on both sides; a framework upgraded on one side while
 * the other changed scores of it (upgrade both first, `dpiw upgrade`).
 * `base` is empty when the file was added on both branches.
 */
ThreeWayResult mergeThreeWay(const std::optional<Project> &base, const Project &ours, const Project &theirs,
                             const QString &path);

} // namespace dpi
