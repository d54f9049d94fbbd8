#include "structure_testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

using namespace dpi;
using namespace structuretest;

TEST_F(StructureEditorTest, MissingTranslationMarkerAppearsAndDisappears)
{
    select(FrameworkNode::criterion(QStringLiteral("capacity"), QStringLiteral("capacity.staff")));
    auto *english = child<QLineEdit>(QStringLiteral("criterionTitle_en"));
    auto *russian = child<QLineEdit>(QStringLiteral("criterionTitle_ru"));
    EXPECT_EQ(english->text(), QStringLiteral("ICT staff"));
    EXPECT_TRUE(russian->text().isEmpty());
    EXPECT_TRUE(russian->property("missingTranslation").toBool());
    EXPECT_EQ(russian->placeholderText(), QStringLiteral("Missing Russian translation"));
    EXPECT_FALSE(russian->styleSheet().isEmpty());
    EXPECT_FALSE(english->property("missingTranslation").toBool());
    // The tree warns too, and says what is missing.
    const QModelIndex item = model->indexOf(editor->selectedNode());
    EXPECT_FALSE(item.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(item.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Russian: title")));
    // An optional field that is empty in every language is not "missing".
    EXPECT_FALSE(child<QPlainTextEdit>(QStringLiteral("criterionGuidance_ru"))->property("missingTranslation").toBool());

    retype(russian, QStringLiteral("Кадры ИКТ"));
    EXPECT_FALSE(russian->property("missingTranslation").toBool());
    EXPECT_TRUE(russian->styleSheet().isEmpty());
    EXPECT_FALSE(model->indexOf(editor->selectedNode()).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Russian: title")));

    // Clearing it again removes the language, and the marker is back.
    russian->selectAll();
    pressKey(russian, Qt::Key_Backspace);
    EXPECT_FALSE(document->framework()->findCriterion(QStringLiteral("capacity.staff"))->title.has(QStringLiteral("ru")));
    EXPECT_TRUE(russian->property("missingTranslation").toBool());
}

TEST_F(StructureEditorTest, AddedLanguageGetsAColumnInEveryField)
{
    EXPECT_FALSE(editor->addLanguage(QStringLiteral("Kyrgyz")));
    ASSERT_TRUE(editor->addLanguage(QStringLiteral("ky")));
    EXPECT_EQ(editor->languages(), (QStringList{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("ky")}));
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.membership")));
    auto *kyrgyz = child<QLineEdit>(QStringLiteral("criterionTitle_ky"));
    ASSERT_NE(kyrgyz, nullptr);
    EXPECT_TRUE(kyrgyz->property("missingTranslation").toBool());
    retype(kyrgyz, QStringLiteral("Тармактык системалар"));
    EXPECT_EQ(document->framework()->findCriterion(QStringLiteral("exchange.membership"))->title.exact(QStringLiteral("ky")),
              QStringLiteral("Тармактык системалар"));
    EXPECT_NE(child<QWidget>(QStringLiteral("rubric_3_ky")), nullptr);
}

TEST_F(StructureEditorTest, PreviewShowsTheCriterionAsAnalystsSeeIt)
{
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.membership")));
    QWidget *preview = child<QWidget>(QStringLiteral("criterionPreview"));
    const Criterion *criterion = framework().findCriterion(QStringLiteral("exchange.membership"));
    auto *question = preview->findChild<QLabel *>(QStringLiteral("criterionQuestion"));
    ASSERT_NE(question, nullptr);
    EXPECT_EQ(question->text(), criterion->question.text().toHtmlEscaped());
    EXPECT_EQ(preview->findChild<QLabel *>(QStringLiteral("criterionTitle"))->text(), criterion->title.text());
    QStringList shown;
    for (const QLabel *label : preview->findChildren<QLabel *>())
        shown << label->text();
    for (const auto &[level, text] : criterion->rubric)
        EXPECT_TRUE(shown.contains(text.text())) << "rubric level " << level;

    // Edits show up in the preview at once.
    retype(child<QPlainTextEdit>(QStringLiteral("criterionQuestion_en")), QStringLiteral("Which systems are members?"));
    EXPECT_EQ(question->text(), QStringLiteral("Which systems are members?"));
    criterion = framework().findCriterion(QStringLiteral("exchange.membership")); // re-parsed after the edit

    // The language switch shows the Russian texts.
    auto *language = preview->findChild<QComboBox *>(QStringLiteral("previewLanguage"));
    ASSERT_NE(language, nullptr);
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    EXPECT_EQ(preview->findChild<QLabel *>(QStringLiteral("criterionTitle"))->text(), criterion->title.exact(QStringLiteral("ru")));

    // Scoring in the preview touches neither the framework nor its undo stack.
    const QString text = document->text();
    const int undo = document->undoStack()->count();
    auto *notApplicable = preview->findChild<QPushButton *>(QStringLiteral("notApplicableButton"));
    ASSERT_NE(notApplicable, nullptr);
    notApplicable->click();
    EXPECT_EQ(document->text(), text);
    EXPECT_EQ(document->undoStack()->count(), undo);

    // A dimension has nothing to preview.
    select(FrameworkNode::dimension(QStringLiteral("exchange")));
    EXPECT_TRUE(preview->findChild<QWidget *>(QStringLiteral("previewPlaceholder"))->isVisible());
}
