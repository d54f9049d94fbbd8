#include "dashboard.h"
#include "document.h"
#include "frameworkdiff/frameworkdiffview.h"
#include "frameworkdiff/upgradeframeworkdialog.h"
#include "frameworkreader.h"
#include "projectupgrade.h"
#include "scoregridmodel.h"
#include "scoring.h"
#include "scoringpage.h"
#include "workbenchfixture.h"
#include "frameworkdifftesthelpers.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

using namespace dpi;
using namespace difftest;

namespace {

const QString kNow = QStringLiteral("2026-11-28T21:00:00Z");
const QString kFramework = QStringLiteral("mini-interop");

QString tileNumber(const QWidget *dialog, const char *name)
{
    const auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(missing)");
}

// Every row of the details tree as "section | column 0 | column 1 | column 2".
QStringList detailRows(const QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            const QTreeWidgetItem *row = section->child(j);
            rows << QStringList{section->text(0), row->text(0), row->text(1), row->text(2)}.join(QStringLiteral(" | "));
        }
    }
    return rows;
}

class UpgradeDialogTest : public WorkbenchFixture
{
protected:
    UpgradeFrameworkDialog *openDialog()
    {
        QAction *action = window->findChild<QAction *>(QStringLiteral("upgradeFrameworkAction"));
        EXPECT_NE(action, nullptr);
        if (!action)
            return nullptr;
        EXPECT_TRUE(window->toolsMenu()->actions().contains(action));
        action->trigger();
        auto *dialog = window->findChild<UpgradeFrameworkDialog *>();
        EXPECT_NE(dialog, nullptr);
        if (dialog)
            dialog->setNow(kNow);
        return dialog;
    }
};

} // namespace

TEST_F(UpgradeDialogTest, ShowsTheSummaryBeforeApplying)
{
    ASSERT_TRUE(window->openFile(projectPath));
    const Project original = window->document()->project();
    UpgradeFrameworkDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->canApply()); // no file chosen yet
    EXPECT_TRUE(dialog->selectFramework(kFramework));
    dialog->setNewFrameworkFile(diffFixture("v2.framework.yaml"));

    ASSERT_NE(dialog->plan(), nullptr) << dialog->messageText().toStdString();
    EXPECT_TRUE(dialog->canApply());
    const UpgradeOutcome expected = planFrameworkUpgrade(original, readFramework(diffFixture("v2.framework.yaml")), kNow);
    ASSERT_TRUE(expected.plan);
    EXPECT_EQ(dialog->plan()->result, expected.plan->result);

    // The counts shown are the plan's: 2 carried (exchange.membership in both sectors),
    // 2 following exchange.logs -> exchange.message-logs, 2 archived (capacity.staff), 2 new cells.
    EXPECT_EQ(tileNumber(dialog, "carriedCount"), QString::number(expected.plan->carried));
    EXPECT_EQ(tileNumber(dialog, "followedCount"), QString::number(expected.plan->followed.size()));
    EXPECT_EQ(tileNumber(dialog, "archivedCount"), QString::number(expected.plan->archived.size()));
    EXPECT_EQ(tileNumber(dialog, "unscoredCount"), QString::number(expected.plan->newUnscored));
    EXPECT_EQ(tileNumber(dialog, "carriedCount"), QStringLiteral("2"));
    EXPECT_EQ(tileNumber(dialog, "archivedCount"), QStringLiteral("2"));

    const QStringList rows = detailRows(dialog->details());
    EXPECT_EQ(rows.filter(QStringLiteral("exchange.logs → exchange.message-logs")).size(), 2) << rows.join(QLatin1Char('\n')).toStdString();
    const QStringList archived = rows.filter(QStringLiteral("capacity.staff"));
    ASSERT_EQ(archived.size(), 2);
    EXPECT_TRUE(archived[0].contains(QStringLiteral("criterion removed in 1.1.0"))) << archived[0].toStdString();
    EXPECT_EQ(rows.filter(QStringLiteral("capacity.budget")).size(), 1);

    // The framework diff sits in its own tab.
    ASSERT_NE(dialog->diffView(), nullptr);
    EXPECT_GE(dialog->tabs()->indexOf(dialog->diffView()), 1);
    EXPECT_EQ(dialog->diffView()->summaryText(), QStringLiteral("1 added, 1 removed, 1 renamed, 4 changed"));

    // Nothing happened yet.
    EXPECT_EQ(window->document()->project(), original);
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
    saveShotIfAsked(dialog, QStringLiteral("upgrade-dialog.png"));
    dialog->tabs()->setCurrentWidget(dialog->diffView());
    saveShotIfAsked(dialog, QStringLiteral("upgrade-dialog-diff-tab.png"));
}

TEST_F(UpgradeDialogTest, ApplyIsOneUndoStepThatCarriesFollowsAndArchives)
{
    ASSERT_TRUE(window->openFile(projectPath));
    const Project original = window->document()->project();
    UpgradeFrameworkDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setNewFrameworkFile(diffFixture("v2.framework.yaml"));
    ASSERT_TRUE(dialog->canApply()) << dialog->messageText().toStdString();
    const Project planned = dialog->plan()->result;

    dialog->findChild<QPushButton *>(QStringLiteral("applyUpgradeButton"))->click();
    const Project &after = window->document()->project();
    EXPECT_EQ(after, planned);
    EXPECT_EQ(window->document()->undoStack()->count(), 1);
    EXPECT_EQ(after.findFramework(kFramework)->version, QStringLiteral("1.1.0"));

    for (const Sector &sector : after.sectors) {
        const Sector *old = original.findSector(sector.id);
        ASSERT_NE(old, nullptr);
        // Unchanged criterion: exactly the old score.
        const Score *membership = sector.score(kFramework, QStringLiteral("exchange.membership"));
        ASSERT_NE(membership, nullptr);
        EXPECT_EQ(*membership, *old->score(kFramework, QStringLiteral("exchange.membership")));
        // Renamed criterion: the score follows.
        const Score *logs = sector.score(kFramework, QStringLiteral("exchange.message-logs"));
        ASSERT_NE(logs, nullptr);
        EXPECT_EQ(*logs, *old->score(kFramework, QStringLiteral("exchange.logs")));
        EXPECT_EQ(sector.score(kFramework, QStringLiteral("exchange.logs")), nullptr);
        // Removed criterion: in the archive, complete.
        EXPECT_EQ(sector.score(kFramework, QStringLiteral("capacity.staff")), nullptr);
        const auto archived = std::find_if(after.archive.begin(), after.archive.end(), [&sector](const ArchivedScore &a) {
            return a.sectorId == sector.id && a.criterionId == QLatin1String("capacity.staff");
        });
        ASSERT_NE(archived, after.archive.end());
        EXPECT_EQ(archived->score, *old->score(kFramework, QStringLiteral("capacity.staff")));
        EXPECT_EQ(archived->frameworkVersion, QStringLiteral("1.0.0"));
        EXPECT_EQ(archived->archivedAt, kNow);
    }

    // The grid and the dashboard show the new framework.
    const ScoreGridModel *grid = window->scoringPage()->model();
    EXPECT_GE(grid->rowOf(kFramework, QStringLiteral("exchange.message-logs")), 0);
    EXPECT_GE(grid->rowOf(kFramework, QStringLiteral("capacity.budget")), 0);
    EXPECT_LT(grid->rowOf(kFramework, QStringLiteral("exchange.logs")), 0);
    EXPECT_LT(grid->rowOf(kFramework, QStringLiteral("capacity.staff")), 0);
    const ProjectResult scored = scoreProject(after);
    window->showResultsTab(); // a hidden dashboard catches up when it is shown
    const QTableWidget *summary = window->dashboard()->summaryTable();
    ASSERT_EQ(summary->rowCount(), int(scored.sectors.size()));
    for (int row = 0; row < summary->rowCount(); ++row) {
        const QVariant shown = summary->item(row, 1)->data(DashboardWidget::ValueRole);
        const std::optional<double> expected = scored.sectors[std::size_t(row)].overall;
        EXPECT_EQ(shown.isValid() ? std::optional<double>(shown.toDouble()) : std::nullopt, expected);
    }

    // One undo restores the project exactly; redo applies it again.
    window->document()->undoStack()->undo();
    EXPECT_EQ(window->document()->project(), original);
    EXPECT_GE(grid->rowOf(kFramework, QStringLiteral("exchange.logs")), 0);
    window->document()->undoStack()->redo();
    EXPECT_EQ(window->document()->project(), planned);
    EXPECT_LT(grid->rowOf(kFramework, QStringLiteral("exchange.logs")), 0);
}

TEST_F(UpgradeDialogTest, RefusesAnotherFrameworkAndAVersionThatIsNotNewer)
{
    ASSERT_TRUE(window->openFile(projectPath));
    const Project original = window->document()->project();
    UpgradeFrameworkDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);

    dialog->setNewFrameworkFile(dpitest::dataPath(QStringLiteral("valid/full.framework.yaml")));
    EXPECT_FALSE(dialog->canApply());
    EXPECT_EQ(dialog->plan(), nullptr);
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("full-fixture"))) << dialog->messageText().toStdString();
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("mini-interop")));
    EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("applyUpgradeButton"))->isEnabled());

    // Same version: refused with planFrameworkUpgrade's reason; the diff is still there to look at.
    dialog->setNewFrameworkFile(diffFixture("v1.framework.yaml"));
    EXPECT_FALSE(dialog->canApply());
    EXPECT_TRUE(dialog->messageText().contains(QStringLiteral("is not newer than the project's 1.0.0")))
        << dialog->messageText().toStdString();
    ASSERT_NE(dialog->diffView(), nullptr);
    EXPECT_FALSE(dialog->apply());
    saveShotIfAsked(dialog, QStringLiteral("upgrade-dialog-refused.png"));

    EXPECT_EQ(window->document()->project(), original);
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
}

TEST_F(UpgradeDialogTest, UnreadableFileShowsPositionedErrorsAndChangesNothing)
{
    ASSERT_TRUE(window->openFile(projectPath));
    const Project original = window->document()->project();
    const QString broken = directory.filePath(QStringLiteral("broken.framework.yaml"));
    // An unclosed flow sequence on line 3: YAML that cannot be parsed.
    ASSERT_TRUE(workbenchtest::writeAll(broken, QByteArrayLiteral("schema: dpi-workbench/framework/1\n"
                                                                  "id: mini-interop\n"
                                                                  "version: [1.2.0\n")));
    UpgradeFrameworkDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setNewFrameworkFile(broken);
    EXPECT_FALSE(dialog->canApply());
    EXPECT_EQ(dialog->diffView(), nullptr);
    const QRegularExpression positioned(QStringLiteral("broken\\.framework\\.yaml:[1-9][0-9]*:[1-9][0-9]*: error: "));
    EXPECT_TRUE(positioned.match(dialog->messageText()).hasMatch()) << dialog->messageText().toStdString();
    EXPECT_FALSE(dialog->apply());
    // A good file typed into the path box: Enter reads it and shows the plan, it never applies it.
    auto *pathBox = dialog->findChild<QLineEdit *>(QStringLiteral("upgradeFile"));
    ASSERT_NE(pathBox, nullptr);
    pathBox->setFocus();
    pathBox->setText(diffFixture("v2.framework.yaml"));
    workbenchtest::pressKey(pathBox, Qt::Key_Return);
    EXPECT_TRUE(dialog->canApply()) << dialog->messageText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(window->document()->undoStack()->count(), 0);

    // A bad file again takes the plan away.
    dialog->setNewFrameworkFile(broken);
    EXPECT_FALSE(dialog->canApply());

    EXPECT_EQ(window->document()->project(), original);
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
}

TEST_F(UpgradeDialogTest, WithoutAProjectTheActionIsOffAndTheDialogSaysWhy)
{
    QAction *action = window->findChild<QAction *>(QStringLiteral("upgradeFrameworkAction"));
    ASSERT_NE(action, nullptr);
    Q_EMIT window->toolsMenu()->aboutToShow();
    EXPECT_FALSE(action->isEnabled());
    UpgradeFrameworkDialog dialog(window->document(), QStringLiteral("en"));
    dialog.setNewFrameworkFile(diffFixture("v2.framework.yaml"));
    EXPECT_FALSE(dialog.canApply());
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("uses no framework")));

    ASSERT_TRUE(window->openFile(projectPath));
    Q_EMIT window->toolsMenu()->aboutToShow();
    EXPECT_TRUE(action->isEnabled());
}
