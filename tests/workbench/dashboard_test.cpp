#include "chartdatabuilder.h"
#include "chartwidget.h"
#include "dashboard.h"
#include "headlineconfidence.h"
#include "projectreader.h"
#include "testpaths.h"

#include "../charts/testproject.h"

#include <QApplication>
#include <QComboBox>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

Project readMini()
{
    const ProjectReadResult read = readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(Project());
}

// The number behind a summary cell, or nullopt for "—".
std::optional<double> cellValue(const QTableWidget *table, int row, int column)
{
    const QVariant v = table->item(row, column)->data(DashboardWidget::ValueRole);
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// Everything the dashboard shows must be scoreProject()'s numbers.
void expectShowsScores(const DashboardWidget &dashboard, const Project &project)
{
    const ProjectResult expected = scoreProject(project);
    const QTableWidget *table = dashboard.summaryTable();
    ASSERT_EQ(table->rowCount(), int(project.sectors.size()));
    ASSERT_EQ(table->columnCount(), DashboardWidget::kFirstFrameworkColumn + int(project.frameworks.size()) + 1);
    int redFlags = 0;
    int unscored = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const SectorResult &sr = expected.sectors[std::size_t(row)];
        EXPECT_EQ(table->item(row, DashboardWidget::kSectorColumn)->data(DashboardWidget::SectorIdRole).toString(), sr.sectorId);
        EXPECT_EQ(cellValue(table, row, DashboardWidget::kOverallColumn), sr.overall);
        // The headline has its coverage and confidence with it.
        const QTableWidgetItem *overall = table->item(row, DashboardWidget::kOverallColumn);
        EXPECT_EQ(overall->data(DashboardWidget::CoverageRole).toDouble(), sr.coverage.percent());
        EXPECT_EQ(overall->data(DashboardWidget::ConfidenceRole).toInt(), int(headlineConfidence(sr.confidence)));
        EXPECT_EQ(overall->text().count(QLatin1Char('\n')), 1) << overall->text().toStdString();
        for (std::size_t f = 0; f < project.frameworks.size(); ++f) {
            const QTableWidgetItem *item = table->item(row, DashboardWidget::kFirstFrameworkColumn + int(f));
            EXPECT_EQ(cellValue(table, row, DashboardWidget::kFirstFrameworkColumn + int(f)), sr.frameworks[f].percent);
            // ... and so has every framework score, under it.
            EXPECT_EQ(item->data(DashboardWidget::CoverageRole).toDouble(), sr.frameworks[f].coverage.percent());
            EXPECT_EQ(item->data(DashboardWidget::ConfidenceRole).toInt(), int(headlineConfidence(sr.frameworks[f].confidence)));
            EXPECT_EQ(item->text().count(QLatin1Char('\n')), 1) << item->text().toStdString();
        }
        EXPECT_EQ(cellValue(table, row, DashboardWidget::kFirstFrameworkColumn + int(project.frameworks.size())),
                  double(sr.redFlags.size()));
        redFlags += int(sr.redFlags.size());
        for (const FrameworkResult &fr : sr.frameworks)
            unscored += fr.coverage.unscored();
    }

    const ChartData comparison = dashboard.comparisonChart()->chartData();
    for (std::size_t s = 0; s < expected.sectors.size(); ++s) {
        for (std::size_t f = 0; f < project.frameworks.size(); ++f)
            EXPECT_EQ(comparison.series[f].values[s], expected.sectors[s].frameworks[f].percent);
        if (project.frameworks.size() > 1) {
            EXPECT_EQ(comparison.series.back().values[s], expected.sectors[s].overall);
        }
    }
    const ChartData coverage = dashboard.coverageChart()->chartData();
    for (std::size_t s = 0; s < expected.sectors.size(); ++s) {
        EXPECT_EQ(coverage.series[0].values[s], double(expected.sectors[s].confidence.high));
        EXPECT_EQ(coverage.series[5].values[s], double(expected.sectors[s].coverage.unverified));
        EXPECT_EQ(coverage.series[6].values[s], double(expected.sectors[s].coverage.unscored()));
    }

    ASSERT_EQ(dashboard.radarCharts().size(), project.sectors.size());
    const QString framework = dashboard.currentFrameworkId();
    for (std::size_t s = 0; s < project.sectors.size(); ++s) {
        const ChartData radar = dashboard.radarCharts()[s]->chartData();
        const FrameworkResult *fr = expected.sectors[s].framework(framework);
        ASSERT_TRUE(fr);
        ASSERT_EQ(radar.categoryIds.size(), int(fr->dimensions.size()));
        for (std::size_t d = 0; d < fr->dimensions.size(); ++d)
            EXPECT_EQ(radar.series[0].values[d], fr->dimensions[d].percent);
    }

    EXPECT_EQ(dashboard.redFlagList()->topLevelItemCount(), redFlags);
    int listedUnscored = 0;
    for (int i = 0; i < dashboard.unscoredList()->topLevelItemCount(); ++i)
        listedUnscored += dashboard.unscoredList()->topLevelItem(i)->childCount();
    EXPECT_EQ(listedUnscored, unscored);
}

} // namespace

TEST(Dashboard, ShowsScoreProjectNumbersForTheMiniProject)
{
    const Project project = readMini();
    const ProjectResult result = scoreProject(project);
    DashboardWidget dashboard(&project, &result);
    dashboard.resize(1400, 900);
    dashboard.show();
    QApplication::processEvents();
    expectShowsScores(dashboard, project);
    // mini: healthcare's membership is 0, below its critical threshold 1.
    ASSERT_EQ(dashboard.redFlagList()->topLevelItemCount(), 1);
    EXPECT_EQ(dashboard.redFlagList()->topLevelItem(0)->data(0, DashboardWidget::SectorIdRole).toString(),
              QStringLiteral("healthcare"));
    if (!qEnvironmentVariableIsEmpty("DPIW_TEST_OUTPUT_DIR"))
        dashboard.grab().save(qEnvironmentVariable("DPIW_TEST_OUTPUT_DIR") + QStringLiteral("/dashboard-mini.png"));
}

TEST(Dashboard, FollowsTheFrameworkChooserAndRefresh)
{
    Project project = dpitest::makeRadarProject();
    ProjectResult result = scoreProject(project);
    DashboardWidget dashboard(&project, &result);
    dashboard.resize(1400, 900);
    dashboard.show();
    QApplication::processEvents();
    ASSERT_EQ(dashboard.findChild<QComboBox *>(QStringLiteral("dashboardFrameworkChooser"))->count(), 2);
    EXPECT_EQ(dashboard.currentFrameworkId(), QStringLiteral("mini-interop"));
    expectShowsScores(dashboard, project);

    dashboard.setCurrentFrameworkId(QStringLiteral("dpg-lite"));
    EXPECT_EQ(dashboard.radarCharts()[0]->chartData().categoryIds.size(), 4);
    expectShowsScores(dashboard, project);

    // An edit elsewhere, scored again (as the app's ProjectResults does), then the refresh it sends.
    project.sectors[2].scores[QStringLiteral("dpg-lite")][QStringLiteral("openness.a")] = dpitest::makeScore(4, Confidence::High);
    project.sectors[0].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.membership")].level = 0;
    const auto before = dashboard.summaryTable()->item(2, 1)->text();
    result = scoreProject(project);
    dashboard.refreshWhenShown();
    EXPECT_NE(dashboard.summaryTable()->item(2, 1)->text(), before);
    EXPECT_EQ(dashboard.currentFrameworkId(), QStringLiteral("dpg-lite")); // kept across refresh
    expectShowsScores(dashboard, project);
    EXPECT_EQ(dashboard.redFlagList()->topLevelItemCount(), 2);

    // A sector added and one removed: radars follow.
    project.sectors.pop_back();
    result = scoreProject(project);
    dashboard.refresh();
    expectShowsScores(dashboard, project);

    dashboard.setLanguage(QStringLiteral("ru"));
    EXPECT_EQ(dashboard.summaryTable()->item(0, 0)->text(), QString::fromUtf8("Образование"));
    if (!qEnvironmentVariableIsEmpty("DPIW_TEST_OUTPUT_DIR"))
        dashboard.grab().save(qEnvironmentVariable("DPIW_TEST_OUTPUT_DIR") + QStringLiteral("/dashboard-radar.png"));
}

TEST(Dashboard, ClickingAFlagOrAnUnscoredCriterionNamesTheCell)
{
    const Project project = dpitest::makeRadarProject();
    const ProjectResult result = scoreProject(project);
    DashboardWidget dashboard(&project, &result);
    QStringList activated;
    QObject::connect(&dashboard, &DashboardWidget::criterionActivated, &dashboard,
                     [&activated](const QString &sector, const QString &framework, const QString &criterion) {
                         activated << sector + QLatin1Char('/') + framework + QLatin1Char('/') + criterion;
                     });
    QTreeWidget *flags = dashboard.redFlagList();
    ASSERT_GE(flags->topLevelItemCount(), 1);
    Q_EMIT flags->itemClicked(flags->topLevelItem(0), 0);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.last(), QStringLiteral("healthcare/mini-interop/exchange.membership"));

    QTreeWidget *unscored = dashboard.unscoredList();
    QTreeWidgetItem *finance = unscored->topLevelItem(unscored->topLevelItemCount() - 1);
    ASSERT_EQ(finance->data(0, DashboardWidget::SectorIdRole).toString(), QStringLiteral("finance"));
    Q_EMIT unscored->itemClicked(finance, 0); // a heading: nothing to select
    EXPECT_EQ(activated.size(), 1);
    Q_EMIT unscored->itemClicked(finance->child(0), 0);
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.last(), QStringLiteral("finance/mini-interop/exchange.membership"));
}

TEST(Dashboard, EmptyOrMissingProjectShowsAHint)
{
    DashboardWidget dashboard(nullptr);
    EXPECT_EQ(dashboard.summaryTable()->rowCount(), 0);
    EXPECT_TRUE(dashboard.radarCharts().empty());
    Project project;
    const ProjectResult result = scoreProject(project);
    dashboard.setProject(&project, &result);
    EXPECT_EQ(dashboard.summaryTable()->rowCount(), 0);
    EXPECT_TRUE(dashboard.comparisonChart()->chartData().isEmpty());
}
