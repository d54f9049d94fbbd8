#pragma once

class QMenu;

namespace dpi {

class MainWindow;
class TemplateEditorWindow;

/**
 * Puts "Edit Report Template…" into the main window's Tools menu. The
 * editor is one top-level child window of the main window, previewing the
 * main window's project; choosing the action again brings it forward.
 */
void addTemplateEditorActions(MainWindow &window, QMenu *toolsMenu);

/** Shows the template editor of `window`, creating it when needed. */
TemplateEditorWindow *showTemplateEditor(MainWindow &window);

} // namespace dpi
