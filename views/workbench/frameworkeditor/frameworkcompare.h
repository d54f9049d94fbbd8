#pragma once

#include <QString>

class QMenu;

namespace dpi {

class FrameworkDiffDialog;
class FrameworkEditorWindow;

/**
 * The framework editor's "Compare" menu: what the edits change against the
 * file as saved on disk, or against any other framework file (e.g. the
 * bundled original of a variant). Both open a FrameworkDiffDialog and return
 * it, or return nullptr with `error` set (unsaved file, unreadable file as
 * FILE:LINE:COL messages, or YAML with errors in the editor).
 */
namespace frameworkcompare {

FrameworkDiffDialog *withSavedVersion(FrameworkEditorWindow &window, QString *error);
FrameworkDiffDialog *withFile(FrameworkEditorWindow &window, const QString &path, QString *error);
void addActions(FrameworkEditorWindow &window, QMenu *menu);

} // namespace frameworkcompare
} // namespace dpi
