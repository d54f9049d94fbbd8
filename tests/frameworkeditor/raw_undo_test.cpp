#include "window_fixture.h"

#include "frameworkedits.h"

#include <QUndoStack>

namespace {

using workbenchtest::pressKey;
using workbenchtest::spin;
using workbenchtest::typeText;
using workbenchtest::waitFor;

} // namespace

TEST_F(FrameworkEditorWindowTest, ATypingBurstIsOneUndoStepThroughTheWindowsActions)
{
    cursorToEndOfLine(QStringLiteral("licence: "));
    typeText(editor(), QStringLiteral(" and more"));
    ASSERT_TRUE(waitForSync());
    const QString typed = document()->text();
    EXPECT_NE(typed.toUtf8(), original);
    EXPECT_EQ(document()->undoStack()->count(), 1);
    EXPECT_TRUE(window->isWindowModified());

    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    ASSERT_TRUE(undo && redo);
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Edit YAML"));
    undo->trigger();
    EXPECT_EQ(document()->text().toUtf8(), original);
    EXPECT_EQ(editor()->toPlainText().toUtf8(), original);
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(redo->isEnabled());
    redo->trigger();
    EXPECT_EQ(editor()->toPlainText(), typed);
}

TEST_F(FrameworkEditorWindowTest, APauseOrACursorJumpStartsANewUndoStep)
{
    const int line = cursorToEndOfLine(QStringLiteral("licence: "));
    typeText(editor(), QStringLiteral("-a"));
    spin(dpi::FrameworkYamlEditor::kNewUndoStepAfterMs + 200);
    typeText(editor(), QStringLiteral("-b"));
    ASSERT_TRUE(waitForSync());
    EXPECT_EQ(document()->undoStack()->count(), 2);

    // Elsewhere without a pause: still a step of its own.
    cursorToEndOfLine(QStringLiteral("id: "));
    typeText(editor(), QStringLiteral("-c"));
    ASSERT_TRUE(waitForSync());
    EXPECT_EQ(document()->undoStack()->count(), 3);

    action("undoAction")->trigger();
    EXPECT_FALSE(document()->text().contains(QStringLiteral("id: technical-feasibility-c")));
    EXPECT_TRUE(document()->text().contains(QStringLiteral("CC-BY-4.0-a-b")));
    action("undoAction")->trigger();
    EXPECT_TRUE(document()->text().contains(QStringLiteral("CC-BY-4.0-a\n")));
    EXPECT_EQ(editor()->document()->findBlockByNumber(line - 1).text(), QStringLiteral("licence: CC-BY-4.0-a"));
}

TEST_F(FrameworkEditorWindowTest, CtrlZInTheEditorUndoesTypingNotYetHandedOver)
{
    cursorToEndOfLine(QStringLiteral("licence: "));
    typeText(editor(), QStringLiteral("xyz"));
    ASSERT_TRUE(editor()->hasPendingText());
    pressKey(editor(), Qt::Key_Z, QString(), Qt::ControlModifier);
    EXPECT_EQ(editor()->toPlainText().toUtf8(), original);
    EXPECT_EQ(document()->text().toUtf8(), original);
    pressKey(editor(), Qt::Key_Z, QString(), Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(editor()->toPlainText().contains(QStringLiteral("licence: CC-BY-4.0xyz")));
}

TEST_F(FrameworkEditorWindowTest, OutsideChangesKeepTheCursorWhereItWas)
{
    const int line = cursorToEndOfLine(QStringLiteral("licence: "));
    QTextCursor cursor = editor()->textCursor();
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
    editor()->setTextCursor(cursor);

    // A change above the cursor (as the Structure tab or an undo would make) moves the text, not the caret's place in it.
    QString text = document()->text();
    text.replace(QStringLiteral("schema: dpi-workbench/framework/1\n"),
                 QStringLiteral("schema: dpi-workbench/framework/1\n# added above\n"));
    ASSERT_TRUE(dpi::frameworkedit::setText(*document(), text));
    EXPECT_EQ(editor()->toPlainText(), text);
    EXPECT_EQ(editor()->textCursor().blockNumber() + 1, line + 1);
    EXPECT_EQ(editor()->textCursor().positionInBlock(), 3);

    action("undoAction")->trigger();
    EXPECT_EQ(editor()->toPlainText().toUtf8(), original);
    EXPECT_EQ(editor()->textCursor().blockNumber() + 1, line);
    EXPECT_EQ(editor()->textCursor().positionInBlock(), 3);
}

TEST_F(FrameworkEditorWindowTest, EditorUsesAMonospaceFontAndSpacesForTab)
{
    EXPECT_TRUE(QFontInfo(editor()->font()).fixedPitch());
    cursorToEndOfLine(QStringLiteral("licence: "));
    pressKey(editor(), Qt::Key_Return);
    pressKey(editor(), Qt::Key_Tab);
    EXPECT_FALSE(editor()->toPlainText().contains(QLatin1Char('\t')));
    EXPECT_TRUE(editor()->toPlainText().contains(QStringLiteral("licence: CC-BY-4.0\n  \n")));
}
