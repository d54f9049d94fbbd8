#pragma once

#include "framework.h"
#include "project.h"

#include <QByteArray>
#include <QString>

namespace dpi {

// Serialise with a stable key order, UTF-8, so that saving twice gives
// identical bytes and diffs stay small.
QByteArray frameworkToYaml(const Framework &framework);
QByteArray projectToYaml(const Project &project);

// Atomic saves (QSaveFile): the file on disk is either the old or the new
// version, never a mix. On failure returns false and sets `error`.
bool saveFramework(const Framework &framework, const QString &path, QString *error);
bool saveProject(const Project &project, const QString &path, QString *error);
// The same atomic write for bytes already serialised (e.g. hand-edited YAML).
bool saveBytesAtomically(const QByteArray &bytes, const QString &path, QString *error);

} // namespace dpi
