#include "window_fixture.h"

#include "frameworkdiff/frameworkdiffdialog.h"
#include "frameworkdiff/frameworkdiffview.h"
#include "frameworkeditor/frameworkcompare.h"
#include "frameworkedits.h"

#include <QUndoStack>

using namespace dpi;

TEST_F(FrameworkEditorWindowTest, CompareWithSavedVersionShowsTheEdits)
{
    Framework edited = *document()->framework();
    Criterion &first = edited.dimensions.front().criteria.front();
    const QString id = first.id;
    first.weight = first.weight + 5;
    ASSERT_TRUE(frameworkedit::setFramework(*document(), edited, QStringLiteral("Weight")));

    QString error;
    FrameworkDiffDialog *dialog = frameworkcompare::withSavedVersion(*window, &error);
    ASSERT_NE(dialog, nullptr) << error.toStdString();
    const FrameworkDiff &diff = dialog->view()->diff();
    ASSERT_EQ(diff.changes.size(), 1u);
    EXPECT_TRUE(dialog->view()->diffText().contains(id));
    EXPECT_TRUE(dialog->view()->diffText().contains(QStringLiteral("weight")));
    delete dialog;
}

TEST_F(FrameworkEditorWindowTest, CompareRefusesBrokenYamlAndUnreadableFiles)
{
    QString error;
    EXPECT_EQ(frameworkcompare::withFile(*window, directory.filePath(QStringLiteral("missing.framework.yaml")), &error),
              nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("missing.framework.yaml"))) << error.toStdString();

    ASSERT_TRUE(frameworkedit::setText(*document(), document()->text() + QStringLiteral("\nweight: [\n")));
    error.clear();
    EXPECT_EQ(frameworkcompare::withSavedVersion(*window, &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("errors"))) << error.toStdString();
    document()->undoStack()->undo();
}

TEST_F(FrameworkEditorWindowTest, CompareWithAnotherFileDiffsAgainstIt)
{
    QString error;
    FrameworkDiffDialog *dialog = frameworkcompare::withFile(
        *window, dpitest::sourcePath(QStringLiteral("assessments/legal-due-diligence.framework.yaml")), &error);
    ASSERT_NE(dialog, nullptr) << error.toStdString();
    EXPECT_FALSE(dialog->view()->diff().isEmpty());
    EXPECT_TRUE(dialog->view()->diff().newPin.startsWith(document()->framework()->id));
    delete dialog;
}
