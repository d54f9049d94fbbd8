// The previous round in the app, driven offscreen on the two rounds of
// roundfixture.h (hand-computed deltas there): grid marks and the "Changed
// since last round" filter, Tools > Compare with Previous Round…, the
// Results tab's before/after chart and the map's change overlay.
#include "chartwidget.h"
#include "compareroundsdialog.h"
#include "dashboard.h"
#include "document.h"
#include "filterbar.h"
#include "maptab.h"
#include "roundactions.h"
#include "roundcomparisonview.h"
#include "roundedits.h"
#include "scoreedits.h"
#include "roundfixture.h"
#include "scoregridmodel.h"
#include "scoregridview.h"
#include "scoringpage.h"
#include "wardleymapeditor.h"
#include "wardleyscene.h"
#include "workbenchfixture.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dpi;

namespace {

class RoundsFixture : public WorkbenchFixture
{
protected:
    void SetUp() override
    {
        WorkbenchFixture::SetUp();
        rounds = dpitest::writeRoundFixture(directory.path());
        ASSERT_TRUE(window->openFile(rounds.afterPath));
    }

    int changeMark(const char *sector, const char *criterion) const
    {
        ScoreGridModel *model = window->scoringPage()->model();
        const QModelIndex index =
            model->indexOf({QString::fromLatin1(sector), QStringLiteral("mini-interop"), QString::fromLatin1(criterion)});
        return model->data(index, ScoreGridModel::ChangeRole).toInt();
    }

    dpitest::RoundFixture rounds;
};

// Criterion rows the grid shows through its filter.
QStringList visibleCriteria(const ScoreGridView *grid, const ScoreGridModel *model)
{
    QStringList ids;
    const QAbstractItemModel *proxy = grid->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, ScoreGridModel::kCriterionColumn);
        if (index.data(ScoreGridModel::RowKindRole).toInt() != ScoreGridModel::CriterionRow)
            continue;
        for (int source = 0; source < model->rowCount(); ++source) {
            if (model->index(source, 0).data() == index.data() && model->criterionAt(source))
                ids << model->criterionAt(source)->id;
        }
    }
    return ids;
}

} // namespace

TEST_F(RoundsFixture, GridMarksChangedCellsAndFiltersThem)
{
    EXPECT_EQ(changeMark("education", "exchange.membership"), ScoreGridModel::ChangedUp);   // 2 -> 3
    EXPECT_EQ(changeMark("education", "exchange.logs"), ScoreGridModel::ChangedDown);       // 3 -> 2
    EXPECT_EQ(changeMark("healthcare", "exchange.logs"), ScoreGridModel::ChangedOther);     // 4 -> unverified
    EXPECT_EQ(changeMark("healthcare", "exchange.membership"), ScoreGridModel::ChangedUp);  // 0 -> 1
    EXPECT_EQ(changeMark("healthcare", "capacity.staff"), ScoreGridModel::NoChange);
    EXPECT_EQ(changeMark("education", "capacity.staff"), ScoreGridModel::NoChange);

    ScoreGridModel *model = window->scoringPage()->model();
    const QModelIndex logs = model->indexOf({QStringLiteral("education"), QStringLiteral("mini-interop"),
                                             QStringLiteral("exchange.logs")});
    EXPECT_TRUE(logs.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Previous round: level 3 (confidence high), now level 2")))
        << logs.data(Qt::ToolTipRole).toString().toStdString();

    auto *changed = window->scoringPage()->filterBar()->findChild<QCheckBox *>(QStringLiteral("filterChanged"));
    ASSERT_NE(changed, nullptr);
    EXPECT_FALSE(changed->isHidden());
    const ScoreGridView *grid = window->scoringPage()->grid();
    EXPECT_EQ(visibleCriteria(grid, model).size(), 3);
    changed->setChecked(true);
    // Membership and logs changed in some sector; staff in none.
    EXPECT_EQ(visibleCriteria(grid, model), (QStringList{QStringLiteral("exchange.membership"), QStringLiteral("exchange.logs")}));

    // An edit that makes staff differ marks it at once (the filter applies when it changes).
    ASSERT_TRUE(edit::setLevel(*window->document(), {QStringLiteral("healthcare"), QStringLiteral("mini-interop"),
                                                      QStringLiteral("capacity.staff")}, 1));
    EXPECT_EQ(changeMark("healthcare", "capacity.staff"), ScoreGridModel::ChangedDown);
    changed->setChecked(false);
    changed->setChecked(true);
    EXPECT_EQ(visibleCriteria(grid, model).size(), 3);
}

TEST_F(RoundsFixture, NoPreviousRoundNoFilterAndNoMarks)
{
    ASSERT_TRUE(window->openFile(rounds.beforePath));
    auto *changed = window->scoringPage()->filterBar()->findChild<QCheckBox *>(QStringLiteral("filterChanged"));
    ASSERT_NE(changed, nullptr);
    EXPECT_TRUE(changed->isHidden());
    EXPECT_EQ(changeMark("education", "exchange.logs"), ScoreGridModel::NoChange);
    EXPECT_TRUE(window->dashboard()->roundsChart()->isHidden());
}

TEST_F(RoundsFixture, CompareDialogListsTheChanges)
{
    CompareRoundsDialog *dialog = openCompareRounds(*window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->sourceLabel()->text(), QStringLiteral("Previous round: before.dpi.yaml"));
    EXPECT_TRUE(dialog->problemLabel()->isHidden());

    const QTreeWidget *cells = dialog->view()->cellList();
    ASSERT_EQ(cells->topLevelItemCount(), 4);
    const QTreeWidgetItem *first = cells->topLevelItem(0); // education logs 3 -> 2
    EXPECT_EQ(first->text(0), QStringLiteral("Education"));
    EXPECT_EQ(first->text(2), QStringLiteral("Message logs kept (exchange.logs)"));
    EXPECT_EQ(first->text(3), QStringLiteral("level 3 · confidence high"));
    EXPECT_EQ(first->text(4), QStringLiteral("▼ level 2 · confidence high"));
    EXPECT_EQ(cells->topLevelItem(2)->text(4), QStringLiteral("unverified"));
    EXPECT_EQ(dialog->view()->tabs()->tabText(0), QStringLiteral("Changed Cells (4)"));

    const QTreeWidget *percents = dialog->view()->percentTree();
    ASSERT_EQ(percents->topLevelItemCount(), 2);
    const QTreeWidgetItem *education = percents->topLevelItem(0);
    EXPECT_EQ(education->text(1), QStringLiteral("58.3 %"));
    EXPECT_EQ(education->text(2), QStringLiteral("66.7 %"));
    EXPECT_EQ(education->text(3), QStringLiteral("+8.3 pp"));
    const QTreeWidgetItem *health = percents->topLevelItem(1);
    EXPECT_EQ(health->text(3), QStringLiteral("\u22125.6 pp"));
    // Healthcare > mini-interop > exchange: 33.3 -> 25.0, -8.3 pp.
    const QTreeWidgetItem *exchange = health->child(0)->child(0);
    EXPECT_EQ(exchange->text(0), QStringLiteral("Data exchange"));
    EXPECT_EQ(exchange->text(3), QStringLiteral("\u22128.3 pp"));

    const QTreeWidget *flags = dialog->view()->redFlagList();
    ASSERT_EQ(flags->topLevelItemCount(), 1);
    EXPECT_EQ(flags->topLevelItem(0)->text(0), QStringLiteral("resolved"));
    EXPECT_EQ(flags->topLevelItem(0)->text(1), QStringLiteral("Healthcare"));
    EXPECT_EQ(dialog->view()->criteriaList()->topLevelItemCount(), 0);
    dialog->close();
}

TEST_F(RoundsFixture, CompareDialogWithAnotherFileAndUseIt)
{
    // Forget the named round; the dialog then asks for a file.
    ASSERT_TRUE(roundedit::setPreviousRound(*window->document(), QString()));
    CompareRoundsDialog *dialog = openCompareRounds(*window);
    EXPECT_TRUE(dialog->sourceLabel()->text().startsWith(QStringLiteral("This project names no previous round")));
    EXPECT_EQ(dialog->view()->cellList()->topLevelItemCount(), 0);

    const QString broken = directory.filePath(QStringLiteral("broken.dpi.yaml"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("schema: dpi-workbench/project/1\ntitle: [\n");
    file.close();
    dialog->compareWithFile(broken);
    EXPECT_FALSE(dialog->problemLabel()->isHidden());
    EXPECT_TRUE(dialog->problemLabel()->text().startsWith(QStringLiteral("This file cannot be compared: ") + broken + QLatin1Char(':')));
    EXPECT_FALSE(dialog->useButton()->isEnabled());

    dialog->compareWithFile(rounds.beforePath);
    EXPECT_TRUE(dialog->problemLabel()->isHidden());
    EXPECT_EQ(dialog->view()->cellList()->topLevelItemCount(), 4);
    ASSERT_TRUE(dialog->useButton()->isEnabled());
    ASSERT_TRUE(dialog->useAsPreviousRound());
    EXPECT_EQ(window->document()->project().metadata.previousRound, QStringLiteral("before.dpi.yaml"));
    EXPECT_EQ(window->document()->undoStack()->undoText(), QStringLiteral("Set Previous Round"));
    EXPECT_EQ(changeMark("education", "exchange.logs"), ScoreGridModel::ChangedDown);
    dialog->close();
}

TEST_F(RoundsFixture, ResultsChartShowsBothRounds)
{
    window->centralTabs()->setCurrentWidget(window->resultsPage());
    const ChartWidget *chart = window->dashboard()->roundsChart();
    EXPECT_FALSE(chart->isHidden());
    const ChartData &data = chart->chartData();
    // One framework: per sector its overall, then the framework (the same numbers).
    ASSERT_EQ(data.categories.size(), 4);
    EXPECT_EQ(data.categories[0], QStringLiteral("Education"));
    EXPECT_EQ(data.categories[3], QStringLiteral("Healthcare \u00b7 Mini interoperability check"));
    EXPECT_EQ(QSet<QString>(data.categories.begin(), data.categories.end()).size(), 4); // unique: the axis would merge
    EXPECT_EQ(data.categoryIds[3], QStringLiteral("healthcare/mini-interop"));
    ASSERT_EQ(data.series.size(), 2u);
    EXPECT_EQ(data.series[0].name, QStringLiteral("Previous round"));
    EXPECT_EQ(data.series[1].name, QStringLiteral("This round"));
    const std::vector<double> before{175.0 / 3, 175.0 / 3, 350.0 / 9, 350.0 / 9};
    const std::vector<double> after{200.0 / 3, 200.0 / 3, 100.0 / 3, 100.0 / 3};
    for (size_t i = 0; i < 4; ++i) {
        ASSERT_TRUE(data.series[0].values[i] && data.series[1].values[i]);
        EXPECT_NEAR(*data.series[0].values[i], before[i], 1e-9);
        EXPECT_NEAR(*data.series[1].values[i], after[i], 1e-9);
    }
    // Undoing nothing, removing the previous round hides the chart.
    ASSERT_TRUE(roundedit::setPreviousRound(*window->document(), QString()));
    EXPECT_TRUE(chart->isHidden());
    window->document()->undoStack()->undo();
    EXPECT_FALSE(chart->isHidden());
}

TEST_F(RoundsFixture, MapTabDrawsTheChangesOnRequest)
{
    window->centralTabs()->setCurrentWidget(window->mapTab());
    QPushButton *toggle = window->mapTab()->changesButton();
    EXPECT_FALSE(toggle->isHidden());
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_FALSE(window->mapTab()->editor()->scene()->paintOptions().changes.has_value());
    toggle->setChecked(true);
    const std::optional<MapComparison> &changes = window->mapTab()->editor()->scene()->paintOptions().changes;
    ASSERT_TRUE(changes.has_value());
    ASSERT_EQ(changes->moved.size(), 1u);
    EXPECT_EQ(changes->moved[0].name, QStringLiteral("Exchange layer"));
    EXPECT_EQ(changes->added, QStringList{QStringLiteral("Mobile app")});
    ASSERT_EQ(changes->removed.size(), 1u);
    EXPECT_EQ(changes->removed[0].name, QStringLiteral("Paper forms"));
    toggle->setChecked(false);
    EXPECT_FALSE(window->mapTab()->editor()->scene()->paintOptions().changes.has_value());
}
