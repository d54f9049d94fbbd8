#pragma once

#include "diagnostic.h"
#include "project.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace dpi {

// Scores as a spreadsheet (RFC 4180 CSV, UTF-8), so that analysts can fill
// in or review scores in Excel/LibreOffice and bring them back.
//
// Columns, in this order on export (import finds them by header name, in any
// order; sector, framework and criterion are required, dimension and title
// are informational and ignored on import):
//   sector, framework, dimension, criterion, title, level, confidence,
//   evidence, notes, recommendation, analyst, scored_at, to_verify
// One row per sector x framework criterion, in project order. `title` is
// the criterion's English title. `level` is the integer level, `n/a`,
// `unverified` (looked for, not found; `to_verify` says what would settle
// it), or empty (unscored). `confidence` is low, medium, high or empty.
// `to_verify` is last so that files written before it existed still line up.
//
// `evidence` holds all evidence items of the cell, one item per line inside
// the (quoted) field; an item is `text | url | date`, trailing empty parts
// may be left out, whitespace around each part is ignored, and a literal
// `|` or `\` inside a part is written `\|` or `\\`, a line break `\n`.
//
// Export ends lines with CRLF (RFC 4180). Import accepts CRLF or LF, an
// optional UTF-8 byte-order mark, and `;` instead of `,` as the separator
// when the header line uses it (what Excel writes in many locales).
namespace CsvScores {

struct ExportOptions
{
    bool byteOrderMark = false; // Excel needs one to read UTF-8 Cyrillic
};

QByteArray exportScores(const Project &project, const ExportOptions &options = {});

// How an imported cell relates to the project it is merged into.
struct Conflict
{
    QString sectorId;
    QString frameworkId;
    QString criterionId;
    Score current;   // in the project before import
    Score imported;  // in the CSV (and in the result, with TakeImported)
    int line = 0;    // CSV line of the row
};

enum class ConflictPolicy {
    TakeImported, // the CSV wins; conflicts are listed so the user can review
    KeepCurrent,  // the project wins; conflicts are listed, nothing overwritten
};

struct ImportResult
{
    Project project;                 // `current` with the CSV's cells merged in
    std::vector<Conflict> conflicts; // cells set on both sides with different content
    int changedCells = 0;            // cells whose score differs from `current`
    Diagnostics diagnostics;         // FILE:LINE:COL: error: ... for each bad row
    bool ok() const { return !diagnostics.hasErrors(); }
};

// Pure: returns a new project; `current` is not touched. A row whose score
// fields are all empty leaves the cell as it is (an old export never wipes
// newer work), so import adds and changes scores but never deletes one.
// Bad rows (unknown sector/framework/criterion, level outside the scale,
// n/a where the scale forbids it, bad confidence, wrong field count, a
// duplicate cell) are reported and skipped; good rows are still merged.
ImportResult importScores(const Project &current, const QByteArray &csv, const QString &fileName,
                          ConflictPolicy policy = ConflictPolicy::TakeImported);

// Evidence cell text <-> items, as described above (exposed for tests and
// for the grid's copy/paste). `error`, when given, receives the first
// problem found (an item with more than three parts).
QString formatEvidence(const std::vector<EvidenceItem> &items);
std::vector<EvidenceItem> parseEvidence(const QString &text, QString *error = nullptr);

} // namespace CsvScores

// The name the integration brief asked for.
inline CsvScores::ImportResult importScoresCsv(const Project &current, const QByteArray &csv,
                                               const QString &fileName)
{
    return CsvScores::importScores(current, csv, fileName);
}

inline QByteArray exportScoresCsv(const Project &project)
{
    return CsvScores::exportScores(project);
}

} // namespace dpi
