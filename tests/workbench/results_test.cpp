#include "chartwidget.h"
#include "criterionpanel.h"
#include "dashboard.h"
#include "document.h"
#include "maptab.h"
#include "projectreader.h"
#include "projectresults.h"
#include "reportcontext.h"
#include "reportobjecthandler.h"
#include "reportrenderer.h"
#include "reporttemplate.h"
#include "reporttemplatelocator.h"
#include "scoreedits.h"
#include "scoregridmodel.h"
#include "scoregridview.h"
#include "scoringpage.h"
#include "wardleymapeditor.h"
#include "wardleyscene.h"
#include "workbenchfixture.h"

#include <QBuffer>
#include <QDockWidget>
#include <QPdfWriter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace dpi;
using namespace workbenchtest;

namespace {

const QString kSector = QStringLiteral("healthcare");
const QString kFramework = QStringLiteral("technical-feasibility");
// A cell the sample scores (healthcare credentials: level 2); most healthcare cells are unverified.
const QString kCriterion = QStringLiteral("tf.cred.issuance");
const QString kMap = QStringLiteral("tunduk-value-chain");
// Linked in the sample to two criteria; the test links it to kCriterion alone.
const QString kComponent = QStringLiteral("cloud-e-signature");

QVariantMap findById(const QVariantList &list, const QString &id)
{
    for (const QVariant &item : list) {
        if (item.toMap().value(QStringLiteral("id")).toString() == id)
            return item.toMap();
    }
    return {};
}

// criterion id -> its item in the report context, for one sector and framework.
QHash<QString, QVariantMap> reportCriteria(const QVariantMap &context, const QString &sectorId, const QString &frameworkId)
{
    QHash<QString, QVariantMap> criteria;
    const QVariantMap sector = findById(context.value(QStringLiteral("sectors")).toList(), sectorId);
    const QVariantMap framework = findById(sector.value(QStringLiteral("frameworks")).toList(), frameworkId);
    for (const QVariant &dimension : framework.value(QStringLiteral("dimensions")).toList()) {
        for (const QVariant &criterion : dimension.toMap().value(QStringLiteral("criteria")).toList())
            criteria.insert(criterion.toMap().value(QStringLiteral("id")).toString(), criterion.toMap());
    }
    return criteria;
}

// What the report export lays out: the default template through the renderer.
QVariantMap layOutReport(const Project &project, const ProjectResult &result)
{
    Diagnostics diagnostics;
    const auto reportTemplate = ReportTemplate::load(findReportTemplate(QStringLiteral("default")), diagnostics);
    EXPECT_TRUE(reportTemplate.has_value());
    if (!reportTemplate)
        return {};
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    writer.setResolution(300);
    ReportRenderer renderer(project, result, *reportTemplate, QStringLiteral("en"), QStringLiteral("2025-01-31"));
    EXPECT_TRUE(renderer.layout(&writer, diagnostics)) << diagnostics.toString().toStdString();
    return renderer.lastContext();
}

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

    // Which of the project tree, criterion panel and history are on screen, e.g. "project criterion".
    QString shownDocks() const
    {
        QStringList shown;
        for (const char *name : {"project", "criterion", "history"}) {
            if (dock((QByteArray(name) + "Dock").constData())->isVisible())
                shown << QString::fromLatin1(name);
        }
        return shown.join(QLatin1Char(' '));
    }
};

} // namespace

// A cell, the map component linked to it alone, and the report show the same
// score in the same colour; N/A and unscored cells too. Each side is read from
// where the user sees it: the grid model's roles, the Map tab's scene, the
// report renderer's context and the report's map.
TEST_F(ResultsTest, SameCellSameScoreAndColourInGridMapAndReport)
{
    ProjectReadResult read = readProjectFile(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")));
    ASSERT_TRUE(read.ok());
    Project project = *read.project;
    WardleyComponent *component = nullptr;
    for (WardleyMap &map : project.maps) {
        for (WardleyComponent &c : map.components) {
            if (map.id == kMap && c.id == kComponent)
                component = &c;
        }
    }
    ASSERT_NE(component, nullptr);
    component->criteria = {kFramework + QLatin1Char('/') + kCriterion};
    Document *document = window->document();
    document->reset(project);
    // One N/A and one unscored cell beside the scored ones.
    ASSERT_TRUE(edit::setNotApplicable(*document, {kSector, kFramework, QStringLiteral("tf.id.verification")}));
    ASSERT_TRUE(edit::clearLevel(*document, {kSector, kFramework, QStringLiteral("tf.id.citizen-login")}));

    window->showMapTab(kMap);
    WardleyMapEditor *editor = window->mapTab()->editor();
    editor->setScoreSector(kSector);
    editor->setScoresShown(true);
    const ScoreGridModel *grid = window->scoringPage()->model();
    const auto gridColour = [grid](const CellRef &cell) {
        return grid->indexOf(cell).data(Qt::BackgroundRole).value<QColor>();
    };
    const auto mapColour = [editor] { return editor->scene()->paintOptions().componentColours.value(kComponent); };

    const CellRef cell{kSector, kFramework, kCriterion};
    ASSERT_TRUE(grid->indexOf(cell).isValid());
    const QColor cellColour = gridColour(cell);
    EXPECT_EQ(mapColour(), cellColour) << "map overlay vs grid";

    const ProjectResult &result = ProjectResults::of(document)->result();
    const QVariantMap context = layOutReport(document->project(), result);
    const QHash<QString, QVariantMap> reported = reportCriteria(context, kSector, kFramework);
    ASSERT_FALSE(reported.isEmpty());
    int states[4] = {0, 0, 0, 0}; // one slot per ScoreGridModel::CellState
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        const QModelIndex index = grid->indexOf({kSector, kFramework, it.key()});
        ASSERT_TRUE(index.isValid()) << it.key().toStdString();
        const auto state = ScoreGridModel::CellState(index.data(ScoreGridModel::CellStateRole).toInt());
        ++states[state];
        EXPECT_EQ(QColor::fromString(it->value(QStringLiteral("level_colour")).toString()),
                  index.data(Qt::BackgroundRole).value<QColor>())
            << "report vs grid colour of " << it.key().toStdString();
        const QVariant percent = index.data(ScoreGridModel::PercentRole);
        EXPECT_EQ(it->value(QStringLiteral("percent")).toString(),
                  formatReportPercent(percent.isValid() ? std::optional<double>(percent.toDouble()) : std::nullopt))
            << it.key().toStdString();
        if (state == ScoreGridModel::Scored) {
            EXPECT_EQ(it->value(QStringLiteral("level")).toString(), index.data().toString()) << it.key().toStdString();
        }
    }
    EXPECT_GT(states[ScoreGridModel::Scored], 0);
    EXPECT_EQ(states[ScoreGridModel::NotApplicable], 1);
    EXPECT_EQ(states[ScoreGridModel::Unscored], 1);
    EXPECT_GT(states[ScoreGridModel::Unverified], 0);

    const WardleyMap *map = nullptr;
    for (const WardleyMap &m : document->project().maps)
        map = m.id == kMap ? &m : map;
    ASSERT_NE(map, nullptr);
    EXPECT_EQ(reportMapOptions(document->project(), result, *map, kSector).componentColours.value(kComponent),
              cellColour)
        << "report map vs grid";

    // An edit reaches the grid and the map on screen at once, with the same colour.
    const int before = grid->indexOf(cell).data(ScoreGridModel::LevelRole).toInt();
    ASSERT_TRUE(edit::setLevel(*document, cell, before == 4 ? 0 : 4));
    EXPECT_NE(gridColour(cell), cellColour);
    EXPECT_EQ(mapColour(), gridColour(cell));
}

// The dashboard has a tab as wide as the window: no side dock beside it, and
// nothing in its summary table is cut off.
TEST_F(ResultsTest, ResultsTabShowsTheDashboardFullWidth)
{
    window->resize(1600, 1000);
    openSample();
    QTabWidget *tabs = window->centralTabs();
    ASSERT_EQ(tabs->count(), 4);
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("Results"));
    EXPECT_EQ(tabs->tabText(3), QStringLiteral("Findings && Actions"));
    EXPECT_EQ(window->findChild<QDockWidget *>(QStringLiteral("dashboardDock")), nullptr) << "no squeezed dock any more";

    tabs->setCurrentIndex(2);
    spin(50);
    EXPECT_EQ(tabs->currentWidget(), window->resultsPage());
    DashboardWidget *dashboard = window->dashboard();
    EXPECT_TRUE(dashboard->isVisible());
    EXPECT_EQ(shownDocks(), QString());
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
    EXPECT_EQ(shownDocks(), QStringLiteral("project criterion"));
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
    EXPECT_EQ(shownDocks(), QStringLiteral("project criterion"));

    window->showMapTab();
    EXPECT_EQ(shownDocks(), QStringLiteral("project")) << "the map gets the width";
    dock("projectDock")->hide();
    dock("historyDock")->show();

    tabs->setCurrentWidget(window->scoringPage());
    EXPECT_EQ(shownDocks(), QStringLiteral("project criterion"));
    window->showMapTab();
    EXPECT_EQ(shownDocks(), QStringLiteral("history"));

    // Closed on the Map tab, started again on the Scoring tab.
    ASSERT_TRUE(window->close());
    window = makeWindow();
    EXPECT_EQ(window->centralTabs()->currentWidget(), window->scoringPage());
    EXPECT_EQ(shownDocks(), QStringLiteral("project criterion"));
    window->showMapTab();
    EXPECT_EQ(shownDocks(), QStringLiteral("history"));
    window->showResultsTab();
    EXPECT_EQ(shownDocks(), QStringLiteral("history")) << "first visit: the Map tab's docks less tree and panel";
}
