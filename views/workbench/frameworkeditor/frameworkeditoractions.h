#pragma once

class QMenu;
class QString;

namespace dpi {

class EditorHost;

/**
 * Puts the framework editor into the host's Tools menu: edit a framework
 * file, start a new one, and edit a framework the host's project uses.
 * Editor windows are top-level children of the host's window.
 */
void addFrameworkEditorActions(EditorHost &host, QMenu *toolsMenu);

/** Opens `path` (a new framework when empty) in a new editor window owned by the host's window. */
void openFrameworkEditor(EditorHost &host, const QString &path);

} // namespace dpi
