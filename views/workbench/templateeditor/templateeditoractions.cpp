#include "templateeditoractions.h"

#include "editorhost.h"
#include "templateeditorwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace dpi {

TemplateEditorWindow *showTemplateEditor(EditorHost &host)
{
    QWidget *window = host.hostWindow();
    auto *editor = window->findChild<TemplateEditorWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!editor) {
        editor = new TemplateEditorWindow(host.hostDocument(), window);
        // A closed editor is gone: reopening starts from the files, not from discarded edits.
        editor->setAttribute(Qt::WA_DeleteOnClose);
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

void addTemplateEditorActions(EditorHost &host, QMenu *toolsMenu)
{
    QAction *edit = toolsMenu->addAction(QCoreApplication::translate("dpi::TemplateEditorActions", "Edit Report &Template…"));
    edit->setObjectName(QStringLiteral("editReportTemplateAction"));
    edit->setStatusTip(QCoreApplication::translate(
        "dpi::TemplateEditorActions", "Edit a report template's HTML with a live preview of the current project"));
    QObject::connect(edit, &QAction::triggered, host.hostWindow(), [&host] { showTemplateEditor(host); });
}

} // namespace dpi
