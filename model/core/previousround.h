#pragma once

#include "project.h"

#include <QString>

#include <optional>

namespace dpi {

// Why `path` cannot be a project's `previous_round`, or "" when it can: the
// value is a relative path with '/' between folders (the two rounds travel
// together, so an absolute path or a URL would break on the next machine)
// naming a *.dpi.yaml file.
QString previousRoundPathProblem(const QString &path);

// The earlier round a project names, read from disk.
struct PreviousRoundFile
{
    QString path;                    // absolute path looked at ("" when it cannot be resolved)
    std::optional<Project> project;  // set when the file was read without errors
    QString problem;                 // why it is not there: one sentence, with file:line:column when read
    bool isLoaded() const { return project.has_value(); }
};

// Reads the round `relativePath` names, relative to the folder of
// `projectFilePath` (the file of the project that names it). Never throws: a
// project not saved yet, a missing file, a file with errors or one that is the
// project itself give `problem` and no project.
PreviousRoundFile loadPreviousRound(const QString &relativePath, const QString &projectFilePath);

} // namespace dpi
