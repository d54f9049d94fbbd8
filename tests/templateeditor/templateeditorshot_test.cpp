#include "document.h"
#include "templateeditor/templatecodeeditor.h"
#include "templateeditor/templateeditorwindow.h"
#include "templateeditor/templatepreview.h"
#include "templateeditor/templatevariablespanel.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTextBlock>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace dpi;

// Not a check: shows the editor in a realistic state for a screenshot, e.g.
//   DPIW_TEMPLATE_EDITOR_SHOT=20 xvfb-run -a -s "-screen 0 1600x1000x24" templateeditor_tests --gtest_filter='TemplateEditorShot.*'
// (DPIW_TEMPLATE_EDITOR_SHOT_PNG=FILE also saves the window's own picture).
TEST(TemplateEditorShot, ShowsTheEditor)
{
    const int seconds = qEnvironmentVariableIntValue("DPIW_TEMPLATE_EDITOR_SHOT");
    if (seconds <= 0)
        GTEST_SKIP() << "set DPIW_TEMPLATE_EDITOR_SHOT=SECONDS to show the editor";
    Document document;
    Diagnostics diagnostics;
    ASSERT_TRUE(document.load(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")), &diagnostics));
    TemplateEditorWindow window(&document);
    window.setUnsavedChangesPrompt([] { return int(QMessageBox::Discard); });
    window.setGeometry(0, 0, 1600, 1000);
    window.show();
    window.showFile(QStringLiteral("cover.html"));
    TemplateCodeEditor *editor = window.currentEditor();
    editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(3)));
    if (qEnvironmentVariableIsSet("DPIW_TEMPLATE_EDITOR_SHOT_ERROR"))
        editor->insertPlainText(QStringLiteral("  <p class=\"period\">{{#sectors}}{{title}}, </p>\n"));
    else
        editor->insertPlainText(QStringLiteral("  <p class=\"period\">{{project.period}}</p>\n"));
    TemplateVariablesPanel *panel = window.variablesPanel();
    window.renderNow();
    window.waitForPreview();
    if (QTreeWidgetItem *sectors = panel->findItem(QStringLiteral("sectors"))) {
        sectors->setExpanded(true);
        if (QTreeWidgetItem *title = panel->findItem(QStringLiteral("sectors.title")))
            panel->tree()->setCurrentItem(title);
    }
    if (QTreeWidgetItem *project = panel->findItem(QStringLiteral("project")))
        project->setExpanded(true);
    if (QTreeWidgetItem *current = panel->tree()->currentItem())
        panel->tree()->scrollToItem(current);
    // DPIW_TEMPLATE_EDITOR_SHOT_PAGES=DIR also writes the first preview pages as PNG files.
    if (const QString pages = qEnvironmentVariable("DPIW_TEMPLATE_EDITOR_SHOT_PAGES"); !pages.isEmpty()) {
        for (int i = 0; i < std::min(8, window.preview()->pageCount()); ++i)
            window.preview()->pageImage(i, 700).save(QStringLiteral("%1/page-%2.png").arg(pages).arg(i + 1));
    }
    QElapsedTimer timer;
    timer.start();
    bool saved = false;
    while (timer.elapsed() < seconds * 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const QString png = qEnvironmentVariable("DPIW_TEMPLATE_EDITOR_SHOT_PNG");
        if (!saved && !png.isEmpty() && timer.elapsed() > 3000) {
            window.grab().save(png);
            saved = true;
        }
    }
}
