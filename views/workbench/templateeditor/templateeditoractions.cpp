#include "templateeditoractions.h"

#include "mainwindow.h"
#include "templateeditorwindow.h"

#include <QMenu>

namespace dpi {

TemplateEditorWindow *showTemplateEditor(MainWindow &window)
{
    auto *editor = window.findChild<TemplateEditorWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!editor) {
        editor = new TemplateEditorWindow(window.document(), &window);
        // A closed editor is gone: reopening starts from the files, not from discarded edits.
        editor->setAttribute(Qt::WA_DeleteOnClose);
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

void addTemplateEditorActions(MainWindow &window, QMenu *toolsMenu)
{
    QAction *edit = toolsMenu->addAction(MainWindow::tr("Edit Report &Template…"));
    edit->setObjectName(QStringLiteral("editReportTemplateAction"));
    edit->setStatusTip(MainWindow::tr("Edit a report template's HTML with a live preview of the current project"));
    QObject::connect(edit, &QAction::triggered, &window, [&window] { showTemplateEditor(window); });
}

} // namespace dpi
