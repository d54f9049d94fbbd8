#include "document.h"
#include "mainwindow.h"
#include "templateeditor/templateeditorwindow.h"
#include "templateeditor/templatepreview.h"
#include "testpaths.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

TEST(TemplateEditorMenu, ToolsMenuOpensOneEditorOnTheMainWindowsProject)
{
    QStandardPaths::setTestModeEnabled(true); // settings and the user's templates stay private
    QTemporaryDir recovery;
    MainWindow window(recovery.path());
    Diagnostics diagnostics;
    ASSERT_TRUE(window.document()->load(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")), &diagnostics));
    QAction *action = window.toolsMenu()->findChild<QAction *>(QStringLiteral("editReportTemplateAction"));
    if (!action) {
        for (QAction *candidate : window.toolsMenu()->actions()) {
            if (candidate->objectName() == QLatin1String("editReportTemplateAction"))
                action = candidate;
        }
    }
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("Edit Report &Template…"));

    action->trigger();
    auto *editor = window.findChild<TemplateEditorWindow *>();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(editor->isWindow());
    EXPECT_EQ(editor->parentWidget(), &window);
    ASSERT_TRUE(editor->waitForPreview());
    EXPECT_TRUE(editor->preview()->plainText().contains(window.document()->project().metadata.title.text(QStringLiteral("en"))));

    // Again: the same editor comes forward.
    action->trigger();
    EXPECT_EQ(window.findChildren<TemplateEditorWindow *>().size(), 1);
    editor->close(); // unmodified: closes (and deletes itself) without asking
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(window.findChildren<TemplateEditorWindow *>().isEmpty());
}
