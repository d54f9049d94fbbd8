#include "../workbench/workbenchfixture.h"

#include "document.h"
#include "frameworkdocument.h"
#include "frameworkeditor/frameworkeditorwindow.h"
#include "frameworkreader.h"

#include <QMenu>

namespace {

QAction *toolsAction(dpi::MainWindow &window, const QString &objectName)
{
    const QList<QAction *> actions = window.toolsMenu()->actions();
    for (QAction *action : actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

// Editor windows are closed without asking, so that no dialog blocks the test.
void discardAndClose(dpi::FrameworkEditorWindow *editor)
{
    editor->setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons,
                                  QMessageBox::StandardButton) { return QMessageBox::Discard; });
    editor->close();
}

} // namespace

using FrameworkEditorInMainWindowTest = WorkbenchFixture;

TEST_F(FrameworkEditorInMainWindowTest, ToolsMenuOpensANewFrameworkInATopLevelWindowOwnedByTheMainWindow)
{
    ASSERT_TRUE(toolsAction(*window, QStringLiteral("editFrameworkAction")));
    QAction *create = toolsAction(*window, QStringLiteral("newFrameworkAction"));
    ASSERT_TRUE(create);
    create->trigger();
    create->trigger(); // several may be open
    const QList<dpi::FrameworkEditorWindow *> editors = window->findChildren<dpi::FrameworkEditorWindow *>();
    ASSERT_EQ(editors.size(), 2);
    for (dpi::FrameworkEditorWindow *editor : editors) {
        EXPECT_TRUE(editor->isWindow());
        EXPECT_TRUE(editor->isVisible());
        EXPECT_TRUE(editor->testAttribute(Qt::WA_DeleteOnClose));
        EXPECT_EQ(editor->document()->text(), dpi::FrameworkEditorWindow::newFrameworkTemplate());
        EXPECT_TRUE(editor->document()->isInSync());
        discardAndClose(editor);
    }
    EXPECT_TRUE(workbenchtest::waitFor([this] { return window->findChildren<dpi::FrameworkEditorWindow *>().isEmpty(); }));
}

TEST_F(FrameworkEditorInMainWindowTest, ProjectFrameworkWithoutABundledFileOpensItsEmbeddedCopyUnsaved)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ASSERT_FALSE(window->document()->project().frameworks.empty());
    const dpi::ProjectFramework &used = window->document()->project().frameworks.front();
    QMenu *menu = window->toolsMenu()->findChild<QMenu *>(QStringLiteral("projectFrameworksMenu"));
    ASSERT_TRUE(menu);
    Q_EMIT menu->aboutToShow();
    ASSERT_GE(menu->actions().size(), 1);
    EXPECT_TRUE(menu->actions().front()->text().contains(used.framework.pin()));
    menu->actions().front()->trigger();

    const QList<dpi::FrameworkEditorWindow *> editors = window->findChildren<dpi::FrameworkEditorWindow *>();
    ASSERT_EQ(editors.size(), 1);
    dpi::FrameworkEditorWindow *editor = editors.front();
    EXPECT_TRUE(editor->document()->filePath().isEmpty());
    ASSERT_TRUE(editor->document()->framework());
    EXPECT_EQ(*editor->document()->framework(), used.framework);
    discardAndClose(editor);
}

TEST_F(FrameworkEditorInMainWindowTest, ProjectFrameworkWithAKnownFileOpensThatFileWithItsComments)
{
    ASSERT_TRUE(window->openFile(projectPath));
    const QString frameworkPath = directory.filePath(QStringLiteral("mini.framework.yaml"));
    ASSERT_TRUE(QFile::copy(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")), frameworkPath));
    dpi::Diagnostics diagnostics;
    ASSERT_TRUE(window->frameworkLibrary().loadFile(frameworkPath, &diagnostics));
    const dpi::ProjectFramework &used = window->document()->project().frameworks.front();
    ASSERT_EQ(used.framework.pin(), window->frameworkLibrary().find(used.id)->framework.pin());

    QMenu *menu = window->toolsMenu()->findChild<QMenu *>(QStringLiteral("projectFrameworksMenu"));
    Q_EMIT menu->aboutToShow();
    menu->actions().front()->trigger();
    const QList<dpi::FrameworkEditorWindow *> editors = window->findChildren<dpi::FrameworkEditorWindow *>();
    ASSERT_EQ(editors.size(), 1);
    EXPECT_EQ(editors.front()->document()->filePath(), frameworkPath);
    EXPECT_EQ(editors.front()->document()->text().toUtf8(), workbenchtest::readAll(frameworkPath));
    discardAndClose(editors.front());
}
