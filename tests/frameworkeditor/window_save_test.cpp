#include "window_fixture.h"

#include "frameworkedits.h"
#include "frameworkreader.h"
#include "messageboxanswer.h"
#include "yamlcomments.h"

#include <QTabWidget>
#include <QUndoStack>

namespace {

using workbenchtest::readAll;
using workbenchtest::typeText;
using workbenchtest::waitFor;

} // namespace

TEST_F(FrameworkEditorWindowTest, ARawTabEditIsSavedByteForByteWithItsComments)
{
    cursorToEndOfLine(QStringLiteral("licence: "));
    typeText(editor(), QStringLiteral(" # partner: check the licence with the ministry"));
    ASSERT_TRUE(waitForSync());
    action("saveAction")->trigger();
    EXPECT_TRUE(questions.empty()) << questions.front().text.toStdString();

    QByteArray expected = original;
    expected.replace("licence: CC-BY-4.0\n", "licence: CC-BY-4.0 # partner: check the licence with the ministry\n");
    EXPECT_EQ(readAll(path), expected);
    EXPECT_EQ(dpi::yamlComments(QString::fromUtf8(readAll(path))).size(), dpi::yamlComments(QString::fromUtf8(original)).size() + 1);
    EXPECT_TRUE(readAll(path).startsWith("# yaml-language-server:"));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("technical-feasibility.framework.yaml")));
}

TEST_F(FrameworkEditorWindowTest, StructuredEditWarnsAboutLostCommentsAndShowYamlTabSavesNothing)
{
    dpi::Framework changed = *document()->framework();
    changed.licence = QStringLiteral("CC-BY-SA-4.0");
    ASSERT_TRUE(dpi::frameworkedit::setFramework(*document(), changed, QStringLiteral("Change Licence")));
    ASSERT_FALSE(document()->droppedComments().isEmpty());
    window->showStructureTab();

    answers = {QMessageBox::Open};
    action("saveAction")->trigger();
    ASSERT_EQ(questions.size(), 1u);
    const int lost = int(document()->droppedComments().size());
    // (Untranslated plural: "8 comment(s)".)
    EXPECT_TRUE(questions[0].text.startsWith(QStringLiteral("%1 comment").arg(lost))) << questions[0].text.toStdString();
    EXPECT_TRUE(questions[0].text.contains(document()->droppedComments().constFirst()));
    EXPECT_TRUE(questions[0].buttons.testFlag(QMessageBox::Save) && questions[0].buttons.testFlag(QMessageBox::Open)
                && questions[0].buttons.testFlag(QMessageBox::Cancel));
    EXPECT_EQ(readAll(path), original);
    EXPECT_EQ(window->tabs()->currentWidget(), editor());
    EXPECT_TRUE(window->isWindowModified());

    // Undo in the YAML tab brings the comments back; nothing is lost then.
    action("undoAction")->trigger();
    EXPECT_TRUE(document()->droppedComments().isEmpty());

    // Redo and save without them: now the file is the rewritten text.
    action("redoAction")->trigger();
    answers = {QMessageBox::Save};
    questions.clear();
    action("saveAction")->trigger();
    ASSERT_EQ(questions.size(), 1u);
    EXPECT_EQ(readAll(path), document()->text().toUtf8());
    EXPECT_TRUE(dpi::readFrameworkFile(path).ok());
    EXPECT_EQ(dpi::readFrameworkFile(path).framework->licence, QStringLiteral("CC-BY-SA-4.0"));
    EXPECT_TRUE(document()->droppedComments().isEmpty());
}

TEST_F(FrameworkEditorWindowTest, CancellingTheLostCommentsPromptSavesNothing)
{
    dpi::Framework changed = *document()->framework();
    changed.licence = QStringLiteral("CC0-1.0");
    ASSERT_TRUE(dpi::frameworkedit::setFramework(*document(), changed, QStringLiteral("Change Licence")));
    answers = {QMessageBox::Cancel};
    EXPECT_FALSE(window->save());
    EXPECT_EQ(readAll(path), original);
}

TEST_F(FrameworkEditorWindowTest, SavingTextWithErrorsAsksFirst)
{
    cursorToEndOfLine(QStringLiteral("version: "));
    typeText(editor(), QStringLiteral("-"));
    ASSERT_TRUE(waitFor([this] { return document()->diagnostics().hasErrors(); }));
    answers = {QMessageBox::Cancel};
    EXPECT_FALSE(window->save());
    ASSERT_EQ(questions.size(), 1u);
    EXPECT_TRUE(questions[0].text.contains(QStringLiteral("technical-feasibility.framework.yaml:4:10: error:")))
        << questions[0].text.toStdString();
    EXPECT_EQ(readAll(path), original);

    answers = {QMessageBox::Save};
    EXPECT_TRUE(window->save());
    EXPECT_EQ(readAll(path), document()->text().toUtf8());
    EXPECT_TRUE(dpi::readFrameworkFile(path).diagnostics.hasErrors());
}

TEST_F(FrameworkEditorWindowTest, ClosingWithUnsavedChangesAsks)
{
    cursorToEndOfLine(QStringLiteral("licence: "));
    typeText(editor(), QStringLiteral("x"));
    // Cancel: the window stays and keeps the typing (not yet handed over when asked).
    answers = {QMessageBox::Cancel};
    EXPECT_FALSE(window->close());
    ASSERT_EQ(questions.size(), 1u);
    EXPECT_TRUE(questions[0].buttons.testFlag(QMessageBox::Discard));
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(document()->isModified());
    EXPECT_TRUE(document()->text().contains(QStringLiteral("CC-BY-4.0x")));

    // Save: written, then closed.
    answers = {QMessageBox::Save};
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(window->isVisible());
    EXPECT_TRUE(readAll(path).contains("licence: CC-BY-4.0x\n"));
}

TEST_F(FrameworkEditorWindowTest, ClosingUnchangedAsksNothing)
{
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(questions.empty());
}

TEST_F(FrameworkEditorWindowTest, NewFrameworkTemplateIsValidAndSavesAsIdAndVersion)
{
    const dpi::FrameworkReadResult read = dpi::readFrameworkText(dpi::FrameworkEditorWindow::newFrameworkTemplate().toUtf8(),
                                                                 QStringLiteral("template"));
    EXPECT_TRUE(read.ok());
    EXPECT_TRUE(read.diagnostics.isEmpty()) << read.diagnostics.toString().toStdString();

    ASSERT_TRUE(window->startNew(dpi::FrameworkEditorWindow::newFrameworkTemplate()));
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Untitled")));
    EXPECT_TRUE(window->isWindowModified());
    nextFileName = directory.filePath(QStringLiteral("mine.framework.yaml"));
    EXPECT_TRUE(window->save()); // no file yet: Save As
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_TRUE(suggestions[0].endsWith(QStringLiteral("/new-framework-0.1.0.framework.yaml"))) << suggestions[0].toStdString();
    EXPECT_EQ(readAll(nextFileName), dpi::FrameworkEditorWindow::newFrameworkTemplate().toUtf8());
    EXPECT_EQ(document()->filePath(), nextFileName);
}

TEST_F(FrameworkEditorWindowTest, WindowSizeIsRememberedForTheNextEditor)
{
    window->resize(1200, 705); // wider than the Structure tab needs
    ASSERT_TRUE(window->close());
    dpi::FrameworkEditorWindow next;
    EXPECT_EQ(next.size(), QSize(1200, 705));
}

TEST_F(FrameworkEditorWindowTest, ClosingAsksWithTheOneSavePromptOnScreen)
{
    cursorToEndOfLine(QStringLiteral("licence: "));
    typeText(editor(), QStringLiteral("x"));
    window->setQuestionHandler({}); // the real message box

    auto cancel = answerNextMessageBox(QMessageBox::Cancel);
    EXPECT_FALSE(window->close());
    ASSERT_TRUE(cancel->seen);
    EXPECT_EQ(cancel->buttons, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    EXPECT_TRUE(cancel->text.contains(QStringLiteral("technical-feasibility.framework.yaml")));
    EXPECT_TRUE(window->isVisible());

    auto save = answerNextMessageBox(QMessageBox::Save);
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(save->seen);
    EXPECT_FALSE(window->isVisible());
    EXPECT_TRUE(readAll(path).contains("licence: CC-BY-4.0x\n"));
}
