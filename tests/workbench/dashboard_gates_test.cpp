// Gate frameworks on the dashboard: a checklist per sector, a met / not met
// word in the summary, and no radar (there are no dimension scores to draw).

#include "chartwidget.h"
#include "dashboard.h"
#include "headlineconfidence.h"
#include "projectreader.h"
#include "testpaths.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

Project readGates()
{
    const ProjectReadResult read = readProjectFile(dpitest::dataPath(QStringLiteral("valid/gates.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(Project());
}

} // namespace

TEST(DashboardGates, ShowsEachSectorsChecklistAndNoRadar)
{
    const Project project = readGates();
    const ProjectResult result = scoreProject(project);
    DashboardWidget dashboard(&project, &result);
    dashboard.resize(1400, 900);

    QTreeWidget *gates = dashboard.gateList();
    ASSERT_EQ(gates->topLevelItemCount(), 2);
    const QTreeWidgetItem *education = gates->topLevelItem(0);
    const QTreeWidgetItem *health = gates->topLevelItem(1);
    EXPECT_TRUE(education->text(0).contains(QStringLiteral("not determined"))) << education->text(0).toStdString();
    EXPECT_TRUE(health->text(0).contains(QStringLiteral("does not meet"))) << health->text(0).toStdString();
    ASSERT_EQ(education->childCount(), 2);
    EXPECT_TRUE(education->child(0)->text(0).startsWith(QStringLiteral("✓"))) << education->child(0)->text(0).toStdString();
    EXPECT_TRUE(education->child(1)->text(0).startsWith(QStringLiteral("?")));
    EXPECT_TRUE(health->child(0)->text(0).startsWith(QStringLiteral("✗")));

    // The summary says met / not met for the gate framework instead of a percent.
    const QTableWidget *summary = dashboard.summaryTable();
    const int gateColumn = DashboardWidget::kFirstFrameworkColumn + 1; // mini-interop, then mini-gates
    EXPECT_TRUE(summary->item(1, gateColumn)->text().startsWith(QStringLiteral("does not meet")))
        << summary->item(1, gateColumn)->text().toStdString();
    EXPECT_FALSE(summary->item(1, gateColumn)->data(DashboardWidget::ValueRole).isValid());

    // Radars are offered for graded frameworks only.
    const auto *chooser = dashboard.findChild<QComboBox *>(QStringLiteral("dashboardFrameworkChooser"));
    ASSERT_NE(chooser, nullptr);
    ASSERT_EQ(chooser->count(), 1);
    EXPECT_EQ(chooser->itemData(0).toString(), QStringLiteral("mini-interop"));

    // A gate leads back to its cell.
    QStringList activated;
    QObject::connect(&dashboard, &DashboardWidget::criterionActivated, &dashboard,
                     [&activated](const QString &sector, const QString &framework, const QString &criterion) {
                         activated << sector + QLatin1Char('/') + framework + QLatin1Char('/') + criterion;
                     });
    Q_EMIT gates->itemClicked(gates->topLevelItem(1), 0);
    EXPECT_TRUE(activated.isEmpty());
    Q_EMIT gates->itemClicked(gates->topLevelItem(1)->child(0), 0);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.last(), QStringLiteral("healthcare/mini-gates/gate.licence"));

    if (!qEnvironmentVariableIsEmpty("DPIW_TEST_OUTPUT_DIR"))
        dashboard.grab().save(qEnvironmentVariable("DPIW_TEST_OUTPUT_DIR") + QStringLiteral("/dashboard-gates.png"));
}

TEST(DashboardGates, HiddenWhenTheProjectHasNoGateFramework)
{
    const ProjectReadResult read = readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    ASSERT_TRUE(read.ok());
    const ProjectResult result = scoreProject(*read.project);
    DashboardWidget dashboard(&*read.project, &result);
    EXPECT_EQ(dashboard.gateList()->topLevelItemCount(), 0);
    EXPECT_FALSE(dashboard.gateList()->isVisibleTo(&dashboard));
}

// Overall readiness leaves the gate framework out, so its coverage and
// confidence are those of the graded criteria; the gate cell says met / not
// met with no coverage line, and the comparison chart has no gate series.
TEST(DashboardGates, HeadlinesCarryCoverageAndConfidenceOfTheGradedCriteria)
{
    const Project project = readGates();
    const ProjectResult result = scoreProject(project);
    DashboardWidget dashboard(&project, &result);
    const QTableWidget *summary = dashboard.summaryTable();
    // education: 3 of 3 mini-interop criteria scored (high, medium, low): medium.
    const QTableWidgetItem *education = summary->item(0, DashboardWidget::kOverallColumn);
    EXPECT_TRUE(education->text().endsWith(QStringLiteral("\n100.0 % · medium"))) << education->text().toStdString();
    // healthcare: 2 of 3 scored (capacity.staff open), no confidence given: low.
    const QTableWidgetItem *health = summary->item(1, DashboardWidget::kOverallColumn);
    EXPECT_TRUE(health->text().endsWith(QStringLiteral("\n66.7 % · low"))) << health->text().toStdString();
    EXPECT_EQ(health->data(DashboardWidget::ConfidenceRole).toInt(), int(HeadlineConfidence::Low));
    EXPECT_TRUE(health->toolTip().contains(QStringLiteral("2 of 3 applicable criteria scored"))) << health->toolTip().toStdString();
    const QTableWidgetItem *gates = summary->item(1, DashboardWidget::kFirstFrameworkColumn + 1);
    EXPECT_EQ(gates->text(), QStringLiteral("does not meet\n1 of 2 passed"));
    EXPECT_FALSE(gates->data(DashboardWidget::CoverageRole).isValid()) << "a checklist has no coverage line";
    EXPECT_FALSE(dashboard.summaryNote()->text().isEmpty());

    const ChartData comparison = dashboard.comparisonChart()->chartData();
    for (const ChartSeries &series : comparison.series)
        EXPECT_NE(series.name, QStringLiteral("Mini gate check"));
    ASSERT_EQ(comparison.categories.size(), 2);
    EXPECT_EQ(comparison.categories[0], QStringLiteral("Education\n100.0 % covered · medium confidence"));
    EXPECT_EQ(dashboard.radarCharts()[1]->chartData().title,
              QStringLiteral("Healthcare: 25.0 %\n66.7 % covered · low confidence"));
}
