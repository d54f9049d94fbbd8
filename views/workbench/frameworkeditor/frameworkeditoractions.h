#pragma once

class QMenu;
class QString;

namespace dpi {

class MainWindow;

/**
 * Puts the framework editor into the main window's Tools menu: edit a
 * framework file, start a new one, and edit a framework the current project
 * uses. Editor windows are top-level children of the main window.
 */
void addFrameworkEditorActions(MainWindow &window, QMenu *toolsMenu);

/** Opens `path` (a new framework when empty) in a new editor window owned by `window`. */
void openFrameworkEditor(MainWindow &window, const QString &path);

} // namespace dpi
