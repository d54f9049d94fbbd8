#pragma once

#include <QString>

namespace dpi {

class Document;

/**
 * The verbs of assessment rounds. Widgets call these and never build undo
 * commands; each pushes one undo entry, or nothing (returning false) when the
 * edit would change nothing or is refused.
 */
namespace roundedit {

/**
 * Sets `previous_round` to `relativePath` ("" removes it). A path
 * previousRoundPathProblem() refuses is not set; `error` (optional) says why.
 */
bool setPreviousRound(Document &document, const QString &relativePath, QString *error = nullptr);

/**
 * Sets `previous_round` to the file at `absolutePath`, written relative to the
 * document's file. Refused (with `error`) while the project has no file yet,
 * since the path could not be relative to anything.
 */
bool setPreviousRoundFile(Document &document, const QString &absolutePath, QString *error = nullptr);

} // namespace roundedit

} // namespace dpi
