#include "structure_testsupport.h"

#include "frameworkedits.h"
#include "frameworkreader.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace dpi;
using namespace structuretest;

// The check: a criterion created through the UI, both languages and
// every rubric level filled in, saved, read back and validated clean.
TEST_F(StructureEditorTest, CreateCriterionThroughTheUiSaveReloadValidateClean)
{
    select(FrameworkNode::dimension(QStringLiteral("capacity")));
    QAction *add = action(QStringLiteral("actionAddCriterion"));
    ASSERT_TRUE(add->isEnabled());
    EXPECT_EQ(add->shortcut(), QKeySequence(Qt::Key_Insert));
    const int before = document->undoStack()->count();
    add->trigger();
    EXPECT_EQ(document->undoStack()->count(), before + 1);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Add criterion"));
    ASSERT_TRUE(editor->selectedNode().isCriterion());
    EXPECT_EQ(editor->selectedNode().dimensionId, QStringLiteral("capacity"));

    auto *id = child<QLineEdit>(QStringLiteral("criterionId"));
    retype(id, QStringLiteral("capacity.budget"));
    pressKey(id, Qt::Key_Return);
    ASSERT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("capacity"), QStringLiteral("capacity.budget")));

    retype(child<QLineEdit>(QStringLiteral("criterionTitle_en")), QStringLiteral("ICT budget line"));
    retype(child<QLineEdit>(QStringLiteral("criterionTitle_ru")), QStringLiteral("Бюджет на ИКТ"));
    retype(child<QPlainTextEdit>(QStringLiteral("criterionQuestion_en")), QStringLiteral("Is there a budget line for ICT?"));
    retype(child<QPlainTextEdit>(QStringLiteral("criterionQuestion_ru")), QStringLiteral("Есть ли статья бюджета на ИКТ?"));
    const std::vector<int> levels{0, 1, 2, 3, 4};
    for (const int level : levels) {
        retype(child<QPlainTextEdit>(QStringLiteral("rubric_%1_en").arg(level)), QStringLiteral("Level %1 in English").arg(level));
        retype(child<QPlainTextEdit>(QStringLiteral("rubric_%1_ru").arg(level)), QStringLiteral("Уровень %1 по-русски").arg(level));
    }
    EXPECT_TRUE(child<QWidget>(QStringLiteral("criterionForm"))->findChild<QLabel *>(QStringLiteral("formProblem"))->isHidden());

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edited.framework.yaml"));
    QString error;
    ASSERT_TRUE(document->saveAs(path, &error)) << qPrintable(error);

    const FrameworkReadResult reread = readFrameworkFile(path);
    ASSERT_TRUE(reread.ok()) << qPrintable(reread.diagnostics.toString());
    EXPECT_TRUE(reread.diagnostics.isEmpty()) << qPrintable(reread.diagnostics.toString());
    const Criterion *criterion = reread.framework->findCriterion(QStringLiteral("capacity.budget"));
    ASSERT_NE(criterion, nullptr);
    EXPECT_EQ(reread.framework->dimensionOf(criterion->id)->id, QStringLiteral("capacity"));
    EXPECT_EQ(criterion->title.exact(QStringLiteral("en")), QStringLiteral("ICT budget line"));
    EXPECT_EQ(criterion->title.exact(QStringLiteral("ru")), QStringLiteral("Бюджет на ИКТ"));
    EXPECT_EQ(criterion->question.exact(QStringLiteral("en")), QStringLiteral("Is there a budget line for ICT?"));
    EXPECT_EQ(criterion->question.exact(QStringLiteral("ru")), QStringLiteral("Есть ли статья бюджета на ИКТ?"));
    ASSERT_EQ(criterion->rubric.size(), levels.size());
    for (const int level : levels) {
        EXPECT_EQ(criterion->rubric.at(level).exact(QStringLiteral("en")), QStringLiteral("Level %1 in English").arg(level));
        EXPECT_EQ(criterion->rubric.at(level).exact(QStringLiteral("ru")), QStringLiteral("Уровень %1 по-русски").arg(level));
    }
    // The rest of the framework is untouched.
    EXPECT_EQ(reread.framework->criterionCount(), 4);
    EXPECT_EQ(*reread.framework->findCriterion(QStringLiteral("exchange.membership")),
              *document->framework()->findCriterion(QStringLiteral("exchange.membership")));
}

TEST_F(StructureEditorTest, TypingInOneFieldIsOneUndoStep)
{
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    auto *title = child<QLineEdit>(QStringLiteral("criterionTitle_en"));
    const QString original = title->text();
    ASSERT_EQ(original, QStringLiteral("Message logs kept"));
    const int before = document->undoStack()->count();
    title->setFocus();
    title->end(false);
    typeText(title, QStringLiteral(" daily"));
    EXPECT_EQ(document->undoStack()->count(), before + 1);
    EXPECT_EQ(framework().findCriterion(QStringLiteral("exchange.logs"))->title.text(), QStringLiteral("Message logs kept daily"));
    // The field kept its caret: typing went on at the end, not at a reset position.
    EXPECT_EQ(title->cursorPosition(), title->text().size());

    document->undoStack()->undo();
    EXPECT_EQ(framework().findCriterion(QStringLiteral("exchange.logs"))->title.text(), original);
    EXPECT_EQ(title->text(), original);
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
}

TEST_F(StructureEditorTest, BadIdIsRefusedInlineAndAGoodOneIsFollowedBySelection)
{
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    auto *id = child<QLineEdit>(QStringLiteral("criterionId"));
    auto *error = child<QWidget>(QStringLiteral("criterionIdError"));
    const QString text = document->text();

    retype(id, QStringLiteral("bad id"));
    pressKey(id, Qt::Key_Return);
    EXPECT_FALSE(error->isHidden());
    EXPECT_EQ(document->text(), text);

    retype(id, QStringLiteral("capacity.staff"));
    pressKey(id, Qt::Key_Return);
    EXPECT_FALSE(error->isHidden()) << "duplicate ids are refused";
    EXPECT_EQ(document->text(), text);

    retype(id, QStringLiteral("exchange.message-logs"));
    pressKey(id, Qt::Key_Return);
    EXPECT_TRUE(error->isHidden());
    EXPECT_NE(framework().findCriterion(QStringLiteral("exchange.message-logs")), nullptr);
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.message-logs")));

    // Undo brings the old id back; the selection stays on the same row.
    document->undoStack()->undo();
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    EXPECT_EQ(id->text(), QStringLiteral("exchange.logs"));
}

TEST_F(StructureEditorTest, ClearingARequiredTitleIsRefusedWithTheReason)
{
    select(FrameworkNode::criterion(QStringLiteral("capacity"), QStringLiteral("capacity.staff")));
    const QString text = document->text();
    auto *title = child<QLineEdit>(QStringLiteral("criterionTitle_en"));
    title->setFocus();
    title->selectAll();
    pressKey(title, Qt::Key_Backspace);
    EXPECT_EQ(document->text(), text);
    EXPECT_TRUE(document->isInSync());
    auto *problem = child<QWidget>(QStringLiteral("criterionForm"))->findChild<QLabel *>(QStringLiteral("formProblem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("title"))) << qPrintable(problem->text());
}
