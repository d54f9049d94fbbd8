#pragma once

#include "cellref.h"
#include "project.h"

#include <QString>

#include <optional>

namespace dpi {

class Document;

/**
 * The verbs of scoring. Widgets call these; they never build undo commands
 * themselves. Each verb pushes exactly one undo entry, or nothing when the
 * edit would change nothing (or names a cell that does not exist). Returns
 * whether something was pushed.
 */
namespace edit {

/** Sets a level of the framework's scale (clears N/A); stamps analyst and time. */
bool setLevel(Document &document, const CellRef &cell, int level);
/** Marks the criterion not applicable, if the framework's scale allows it. */
bool setNotApplicable(Document &document, const CellRef &cell);
/**
 * Marks the criterion unverified: looked for, not found in the sources
 * available (clears a level or N/A). Counts as unscored, never as a level.
 */
bool setUnverified(Document &document, const CellRef &cell);
/** Removes the level, N/A or unverified mark; evidence, notes and recommendation stay. */
bool clearLevel(Document &document, const CellRef &cell);
bool setConfidence(Document &document, const CellRef &cell, Confidence confidence);

/** Text edits: consecutive calls for the same cell merge into one undo entry. */
bool setNotes(Document &document, const CellRef &cell, const QString &notes);
bool setRecommendation(Document &document, const CellRef &cell, const QString &recommendation);
/** What would settle an unverified score (kept when a level is set later). */
bool setToVerify(Document &document, const CellRef &cell, const QString &toVerify);

/** Inserts at `index` (-1: append). An item with no text, URL and date is refused. */
bool addEvidence(Document &document, const CellRef &cell, const EvidenceItem &item, int index = -1);
bool removeEvidence(Document &document, const CellRef &cell, int index);
/** Replaces one item; consecutive edits of the same item merge. */
bool editEvidence(Document &document, const CellRef &cell, int index, const EvidenceItem &item);
/** Moves the item at `from` so that it ends up at `to`. */
bool moveEvidence(Document &document, const CellRef &cell, int from, int to);

/**
 * Team assessments: sets the agreed level (`level`, or N/A when empty) of a
 * cell that holds analysts' ratings, as one undo entry, recording who
 * reconciled it (the document's analyst, who must be set) and when. An unset
 * agreed confidence becomes the lowest one given with that value; with
 * `keepAllEvidence` every analyst's evidence joins the agreed result.
 * Ordinary level edits of a cell whose ratings disagree record the same.
 */
bool reconcile(Document &document, const CellRef &cell, std::optional<int> level, bool keepAllEvidence);

/** Replaces the whole project (imports) as one undo step. */
bool replaceProject(Document &document, const Project &project, const QString &actionText);

} // namespace edit
} // namespace dpi
