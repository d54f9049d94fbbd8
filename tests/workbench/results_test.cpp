#include "chartwidget.h"
#include "criterionpanel.h"
#include "dashboard.h"
#include "document.h"
#include "projectresults.h"
#include "scoregridmodel.h"
#include "scoregridview.h"
#include "scoringpage.h"
#include "workbenchfixture.h"

#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace dpi;
using namespace workbenchtest;

namespace {

class ResultsTest : public WorkbenchFixture
{
protected:
    void openSample()
    {
        const QString sample = directory.filePath(QStringLiteral("kg.dpi.yaml"));
        ASSERT_TRUE(QFile::copy(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")), sample));
        QFile::setPermissions(sample, QFile::ReadOwner | QFile::WriteOwner);
        ASSERT_TRUE(window->openFile(sample));
    }

    QDockWidget *dock(const char *name) const
    {
        return window->findChild<QDockWidget *>(QString::fromLatin1(name));
    }
};

} // namespace

// The dashboard has a tab as wide as the window: no side dock beside it, and
// nothing in its summary table is cut off.
TEST_F(ResultsTest, ResultsTabShowsTheDashboardFullWidth)
{
    window->resize(1600, 1000);
    openSample();
    QTabWidget *tabs = window->centralTabs();
    ASSERT_EQ(tabs->count(), 3);
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("Results"));
    EXPECT_EQ(window->findChild<QDockWidget *>(QStringLiteral("dashboardDock")), nullptr) << "no squeezed dock any more";

    tabs->setCurrentIndex(2);
    spin(50);
    EXPECT_EQ(tabs->currentWidget(), window->resultsPage());
    DashboardWidget *dashboard = window->dashboard();
    EXPECT_TRUE(dashboard->isVisible());
    EXPECT_FALSE(dock("criterionDock")->isVisible());
    EXPECT_FALSE(dock("projectDock")->isVisible());
    EXPECT_GE(window->resultsPage()->width(), window->width() - 20);
    auto *scroll = qobject_cast<QScrollArea *>(window->resultsPage());
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    EXPECT_EQ(dashboard->summaryTable()->rowCount(), 2);
    EXPECT_FALSE(dashboard->summaryTable()->horizontalScrollBar()->isVisible()) << "every column of the summary fits";
    EXPECT_EQ(dashboard->radarCharts().size(), 2u);
    for (const ChartWidget *radar : dashboard->radarCharts())
        EXPECT_TRUE(radar->isVisible());

    tabs->setCurrentIndex(0);
    spin(50);
    EXPECT_TRUE(dock("criterionDock")->isVisible());
    EXPECT_TRUE(dock("projectDock")->isVisible());
}

// The dashboard is not rebuilt while its tab is hidden, and is current once shown;
// clicking a red flag there leads back to the cell in the grid.
TEST_F(ResultsTest, ResultsFollowEditsAndLeadBackToTheGrid)
{
    ASSERT_TRUE(window->openFile(projectPath));
    DashboardWidget *dashboard = window->dashboard();
    const CellRef membership{QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")};
    const auto shownOverall = [dashboard] {
        const QVariant value = dashboard->summaryTable()->item(1, 1)->data(DashboardWidget::ValueRole);
        return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
    };
    window->showResultsTab();
    spin(20);
    const std::optional<double> before = shownOverall();
    ASSERT_TRUE(before.has_value());

    window->centralTabs()->setCurrentWidget(window->scoringPage());
    ScoreGridView *grid = window->scoringPage()->grid();
    grid->selectCell(membership);
    pressKey(grid, Qt::Key_4, QStringLiteral("4"));
    const std::optional<double> expected = scoreProject(window->document()->project()).sector(QStringLiteral("healthcare"))->overall;
    ASSERT_NE(expected, before);
    EXPECT_EQ(window->results()->result().sector(QStringLiteral("healthcare"))->overall, expected);
    EXPECT_EQ(shownOverall(), before) << "hidden: not rebuilt";

    window->showResultsTab();
    spin(20);
    EXPECT_EQ(shownOverall(), expected);

    const CellRef logs{QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")};
    Q_EMIT dashboard->criterionActivated(logs.sectorId, logs.frameworkId, logs.criterionId);
    EXPECT_EQ(window->centralTabs()->currentWidget(), window->scoringPage());
    EXPECT_EQ(grid->currentCell(), logs);
    EXPECT_EQ(window->criterionPanel()->cell(), logs);
    EXPECT_TRUE(dock("criterionDock")->isVisible());
}

// Each tab keeps its own docks: the Map tab starts without the criterion panel,
// and what the user changes there is back after a switch and after a restart.
TEST_F(ResultsTest, DockLayoutIsRememberedPerTab)
{
    QTabWidget *tabs = window->centralTabs();
    EXPECT_TRUE(dock("criterionDock")->isVisible());
    EXPECT_TRUE(dock("projectDock")->isVisible());

    window->showMapTab();
    EXPECT_FALSE(dock("criterionDock")->isVisible()) << "the map gets the width";
    EXPECT_TRUE(dock("projectDock")->isVisible());
    dock("projectDock")->hide();
    dock("historyDock")->show();

    tabs->setCurrentWidget(window->scoringPage());
    EXPECT_TRUE(dock("criterionDock")->isVisible());
    EXPECT_TRUE(dock("projectDock")->isVisible());
    EXPECT_FALSE(dock("historyDock")->isVisible());

    window->showMapTab();
    EXPECT_FALSE(dock("criterionDock")->isVisible());
    EXPECT_FALSE(dock("projectDock")->isVisible());
    EXPECT_TRUE(dock("historyDock")->isVisible());

    // Closed on the Map tab, started again on the Scoring tab.
    ASSERT_TRUE(window->close());
    window = makeWindow();
    tabs = window->centralTabs();
    EXPECT_EQ(tabs->currentWidget(), window->scoringPage());
    EXPECT_TRUE(dock("criterionDock")->isVisible());
    EXPECT_TRUE(dock("projectDock")->isVisible());
    EXPECT_FALSE(dock("historyDock")->isVisible());
    window->showMapTab();
    EXPECT_FALSE(dock("criterionDock")->isVisible());
    EXPECT_FALSE(dock("projectDock")->isVisible());
    EXPECT_TRUE(dock("historyDock")->isVisible());
    window->showResultsTab();
    EXPECT_FALSE(dock("criterionDock")->isVisible());
    EXPECT_FALSE(dock("projectDock")->isVisible());
}
