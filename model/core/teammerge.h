#pragma once

#include "diagnostic.h"
#include "project.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace dpi {

/** One input of a merge: a project as read, and the path it came from (for messages). */
struct MergeInput
{
    QString path;
    Project project;
};

struct TeamMergeResult
{
    std::optional<Project> project;  // empty when the merge was refused
    Diagnostics diagnostics;         // errors refuse the merge; warnings say what was kept from where
    QStringList analysts;            // in the order of the inputs
    int ratedCells = 0;              // cells with at least one rating
    int disagreements = 0;           // open disagreements in the result
    bool ok() const { return project.has_value() && !diagnostics.hasErrors(); }
};

/**
 * Merges analysts' files into one team assessment, cell by cell (sector,
 * framework, criterion). Every input's judgements are kept as ratings under
 * their analyst; nothing is resolved silently:
 *
 * - A one-analyst file (no `ratings` anywhere) contributes each score as that
 *   analyst's rating. Its analyst is the one name its scores are stamped with,
 *   else its `team` if that is one person; otherwise the merge is refused.
 * - A team file (one with ratings) contributes its ratings as they are, and
 *   its agreed results where the merge brings no rating that contradicts them.
 * - Where all ratings with a level agree, the agreed result is that level
 *   (lowest confidence, every analyst's evidence, their notes and
 *   recommendations one after another). Where they differ, the agreed level
 *   stays empty: an open disagreement, unscored until someone reconciles it.
 *
 * Refused (errors): frameworks pinned at different versions (bring them
 * level with `dpiw upgrade`) or with different embedded copies; two inputs
 * holding different ratings by one analyst; two one-analyst files by the same
 * analyst. Metadata, maps, report settings and sector titles come from the
 * first input that has them (a warning names any that differ elsewhere);
 * the team lists everyone; archives are joined.
 */
TeamMergeResult mergeAnalystFiles(const std::vector<MergeInput> &inputs);

/**
 * Reads the files and merges them: what `dpiw merge` and File › Merge
 * Analysts' Files do. The files' own problems come first in the
 * diagnostics; any error in a file refuses the merge.
 */
TeamMergeResult mergeProjectFiles(const QStringList &paths);

/**
 * The inverse for each analyst: a project holding that analyst's ratings as
 * its scores (team: the analyst alone), everything else as in `team`. Agreed
 * results are nobody's rating and are not in any of them. Analysts in the
 * order of projectAnalysts().
 */
std::vector<std::pair<QString, Project>> splitByAnalyst(const Project &team);

/** A file name for an analyst's part of a split: "Sample analyst A" -> "sample-analyst-a". */
QString analystFileStem(const QString &analyst);

} // namespace dpi
