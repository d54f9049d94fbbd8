#include "document.h"
#include "frameworkdiff.h"
#include "frameworkdiff/compareframeworksdialog.h"
#include "frameworkdiff/frameworkdiffdialog.h"
#include "frameworkdiff/frameworkdiffview.h"
#include "frameworkdiff/frameworksourcepicker.h"
#include "frameworkreader.h"
#include "workbenchfixture.h"
#include "frameworkdifftesthelpers.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QUndoStack>

using namespace dpi;
using namespace difftest;

namespace {

// A framework file with a YAML syntax error (an unclosed flow sequence) on line 4.
QString writeBrokenFramework(const QTemporaryDir &directory)
{
    const QString path = directory.filePath(QStringLiteral("broken.framework.yaml"));
    workbenchtest::writeAll(path, QByteArrayLiteral("schema: dpi-workbench/framework/1\n"
                                                    "id: mini-interop\n"
                                                    "version: 1.2.0\n"
                                                    "authors: [one, two\n"
                                                    "title: Broken\n"));
    return path;
}

const QRegularExpression kPositionedError(QStringLiteral("broken\\.framework\\.yaml:[1-9][0-9]*:[1-9][0-9]*: error: "));

} // namespace

TEST_F(WorkbenchFixture, CompareEmbeddedFrameworkWithAFileOpensTheDiff)
{
    ASSERT_TRUE(window->openFile(projectPath));
    QAction *action = window->findChild<QAction *>(QStringLiteral("compareFrameworksAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(window->toolsMenu()->actions().contains(action));
    action->trigger();
    auto *chooser = window->findChild<CompareFrameworksDialog *>();
    ASSERT_NE(chooser, nullptr);
    EXPECT_FALSE(chooser->oldSource()->usesFile()); // the project's framework is the default "old" side
    chooser->newSource()->setFile(diffFixture("v2.framework.yaml"));

    chooser->findChild<QPushButton *>(QStringLiteral("compareButton"))->click();
    auto *diffDialog = window->findChild<FrameworkDiffDialog *>();
    ASSERT_NE(diffDialog, nullptr);
    EXPECT_TRUE(diffDialog->isVisible());
    const Framework embedded = window->document()->project().frameworks.front().framework;
    const FrameworkDiff expected = diffFrameworks(embedded, readFramework(diffFixture("v2.framework.yaml")));
    EXPECT_EQ(diffAsJson(diffDialog->view()->diff()), diffAsJson(expected));
    EXPECT_TRUE(diffDialog->windowTitle().contains(QStringLiteral("v2.framework.yaml")));
    diffDialog->close();
}

TEST_F(WorkbenchFixture, CompareTwoFilesAndReportUnreadableOnesWithPositions)
{
    const Project before = window->document()->project();
    CompareFrameworksDialog chooser(before, QStringLiteral("en"), window.get());
    chooser.oldSource()->setFile(diffFixture("v1.framework.yaml"));
    chooser.newSource()->setFile(writeBrokenFramework(directory));

    EXPECT_EQ(chooser.compare(), nullptr);
    EXPECT_TRUE(kPositionedError.match(chooser.errorText()).hasMatch()) << chooser.errorText().toStdString();
    chooser.show();
    saveShotIfAsked(&chooser, QStringLiteral("compare-chooser-error.png"));
    EXPECT_EQ(window->findChild<FrameworkDiffDialog *>(), nullptr);

    chooser.newSource()->setFile(directory.filePath(QStringLiteral("missing.framework.yaml")));
    EXPECT_EQ(chooser.compare(), nullptr);
    EXPECT_TRUE(chooser.errorText().contains(QStringLiteral("missing.framework.yaml"))) << chooser.errorText().toStdString();
    EXPECT_TRUE(chooser.errorText().contains(QStringLiteral("error:")));

    chooser.newSource()->setFile(QString());
    EXPECT_EQ(chooser.compare(), nullptr);
    EXPECT_FALSE(chooser.errorText().isEmpty());

    // Nothing in the project or its history was touched by any of it.
    EXPECT_EQ(window->document()->project(), before);
    EXPECT_EQ(window->document()->undoStack()->count(), 0);

    chooser.newSource()->setFile(diffFixture("v2.framework.yaml"));
    FrameworkDiffDialog *diffDialog = chooser.compare();
    ASSERT_NE(diffDialog, nullptr);
    EXPECT_EQ(diffDialog->view()->summaryText(), QStringLiteral("1 added, 1 removed, 1 renamed, 4 changed"));
    EXPECT_TRUE(chooser.errorText().isEmpty());
    diffDialog->close();
}
