#include "window_fixture.h"

#include "diagnosticsview.h"

#include <QLabel>
#include <QStatusBar>
#include <QTextEdit>
#include <QTreeWidget>


namespace {

using workbenchtest::pressKey;
using workbenchtest::typeText;
using workbenchtest::waitFor;

// Rows of the diagnostics panel below its heading, as "location|severity".
QStringList panelRows(const dpi::DiagnosticsView *view)
{
    QStringList rows;
    for (int i = 1; i < view->topLevelItemCount(); ++i)
        rows << view->topLevelItem(i)->text(0) + QLatin1Char('|') + view->topLevelItem(i)->text(1);
    return rows;
}

QString underlined(const QTextEdit::ExtraSelection &selection)
{
    return selection.cursor.selectedText();
}

} // namespace

TEST_F(FrameworkEditorWindowTest, TypedErrorIsUnderlinedAtItsPositionAndListedUntilFixed)
{
    ASSERT_TRUE(editor()->diagnosticSelections().isEmpty()) << document()->diagnostics().toString().toStdString();
    const int line = cursorToEndOfLine(QStringLiteral("version: "));
    typeText(editor(), QStringLiteral(".x"));
    EXPECT_EQ(document()->text().toUtf8(), original) << "handed over only after the pause";
    ASSERT_TRUE(waitFor([this] { return document()->diagnostics().hasErrors(); }));

    // The reader reports the version value; the underline covers that token.
    const int column = int(QStringLiteral("version: ").size()) + 1;
    const QString location = QStringLiteral("technical-feasibility.framework.yaml:%1:%2").arg(line).arg(column);
    EXPECT_TRUE(panelRows(window->diagnosticsView()).contains(location + QStringLiteral("|error")))
        << panelRows(window->diagnosticsView()).join(QLatin1Char('\n')).toStdString();
    const QList<QTextEdit::ExtraSelection> selections = editor()->diagnosticSelections();
    ASSERT_EQ(selections.size(), 1);
    EXPECT_EQ(underlined(selections.first()), QStringLiteral("1.1.0.x"));
    EXPECT_EQ(selections.first().cursor.block().blockNumber() + 1, line);
    EXPECT_EQ(selections.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    EXPECT_EQ(selections.first().format.underlineColor(), QColor(0xd0, 0x21, 0x2a));
    // The tooltip over the token says what is wrong.
    const QStringList messages = editor()->messagesAt(selections.first().cursor.selectionStart() + 2);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().startsWith(QStringLiteral("error: "))) << messages.first().toStdString();
    EXPECT_TRUE(editor()->messagesAt(0).isEmpty());
    // With the cursor on the token, the status bar says it too.
    QTextCursor onToken = editor()->textCursor();
    onToken.setPosition(selections.first().cursor.selectionStart() + 1);
    editor()->setTextCursor(onToken);
    EXPECT_EQ(window->statusBar()->currentMessage(), messages.first());

    // Fixed: underline and panel row go away.
    cursorToEndOfLine(QStringLiteral("version: "));
    pressKey(editor(), Qt::Key_Backspace);
    pressKey(editor(), Qt::Key_Backspace);
    ASSERT_TRUE(waitFor([this] { return !document()->diagnostics().hasErrors(); }));
    EXPECT_TRUE(editor()->diagnosticSelections().isEmpty());
    EXPECT_TRUE(panelRows(window->diagnosticsView()).isEmpty());
    EXPECT_EQ(document()->text().toUtf8(), original);
}

TEST_F(FrameworkEditorWindowTest, ActivatingAPanelRowPutsTheCursorAtTheProblem)
{
    const int line = cursorToEndOfLine(QStringLiteral("licence: "));
    typeText(editor(), QStringLiteral(": :"));
    ASSERT_TRUE(waitFor([this] { return document()->diagnostics().hasErrors(); }));
    const dpi::Diagnostic first = document()->diagnostics().items().front();
    EXPECT_EQ(first.line, line);

    editor()->moveCursor(QTextCursor::Start);
    window->showStructureTab();
    QTreeWidget *panel = window->diagnosticsView();
    ASSERT_GE(panel->topLevelItemCount(), 2);
    Q_EMIT panel->itemActivated(panel->topLevelItem(1), 0);
    EXPECT_EQ(window->tabs()->currentWidget(), editor());
    EXPECT_EQ(editor()->textCursor().blockNumber() + 1, first.line);
    EXPECT_EQ(editor()->textCursor().positionInBlock() + 1, first.column);
}

TEST_F(FrameworkEditorWindowTest, StatusBarShowsPinAndProblemCounts)
{
    auto *pin = window->findChild<QLabel *>(QStringLiteral("frameworkPinLabel"));
    auto *problems = window->findChild<QLabel *>(QStringLiteral("frameworkProblemsLabel"));
    ASSERT_TRUE(pin && problems);
    EXPECT_EQ(pin->text(), QStringLiteral("technical-feasibility@1.1.0"));
    EXPECT_EQ(problems->text(), QStringLiteral("0 errors, 0 warnings"));
    cursorToEndOfLine(QStringLiteral("version: "));
    typeText(editor(), QStringLiteral("!"));
    ASSERT_TRUE(waitFor([this] { return document()->diagnostics().hasErrors(); }));
    EXPECT_EQ(problems->text(), QStringLiteral("1 error, 0 warnings"));
    EXPECT_TRUE(pin->text().contains(QStringLiteral("last valid"))) << pin->text().toStdString();
}

TEST_F(FrameworkEditorWindowTest, NextProblemWalksThroughTheProblemsAndWraps)
{
    const int versionLine = cursorToEndOfLine(QStringLiteral("version: "));
    typeText(editor(), QStringLiteral("x"));
    const int weightLine = cursorToEndOfLine(QStringLiteral("    weight: 3"));
    typeText(editor(), QStringLiteral("x"));
    ASSERT_TRUE(waitForSync());
    ASSERT_EQ(document()->diagnostics().errorCount(), 2) << document()->diagnostics().toString().toStdString();
    ASSERT_LT(versionLine, weightLine);

    QAction *next = action("nextProblemAction");
    QAction *previous = action("previousProblemAction");
    ASSERT_TRUE(next && previous);
    editor()->moveCursor(QTextCursor::Start);
    next->trigger();
    EXPECT_EQ(editor()->textCursor().blockNumber() + 1, versionLine);
    next->trigger();
    EXPECT_EQ(editor()->textCursor().blockNumber() + 1, weightLine);
    next->trigger(); // wraps to the first
    EXPECT_EQ(editor()->textCursor().blockNumber() + 1, versionLine);
    previous->trigger(); // wraps to the last
    EXPECT_EQ(editor()->textCursor().blockNumber() + 1, weightLine);
}
