#pragma once

class QMenu;

namespace dpi {

class EditorHost;
class TemplateEditorWindow;

/**
 * Puts "Edit Report Template…" into the host's Tools menu. The editor is
 * one top-level child window of the host's window, previewing the host's
 * project; choosing the action again brings it forward.
 */
void addTemplateEditorActions(EditorHost &host, QMenu *toolsMenu);

/** Shows the template editor of the host's window, creating it when needed. */
TemplateEditorWindow *showTemplateEditor(EditorHost &host);

} // namespace dpi
