// Gate frameworks on the dashboard: a checklist per sector, a met / not met
// word in the summary, and no radar (there are no dimension scores to draw).

#include "dashboard.h"
#include "projectreader.h"
#include "testpaths.h"

#include <QComboBox>
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
    DashboardWidget dashboard(&project);
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
    const int gateColumn = 3; // sector, overall, mini-interop, mini-gates
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
    DashboardWidget dashboard(&*read.project);
    EXPECT_EQ(dashboard.gateList()->topLevelItemCount(), 0);
    EXPECT_FALSE(dashboard.gateList()->isVisibleTo(&dashboard));
}
