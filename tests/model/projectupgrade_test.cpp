#include "frameworkreader.h"
#include "projectreader.h"
#include "projectupgrade.h"
#include "scoring.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

namespace {

const QString kNow = QStringLiteral("2026-11-28T12:00:00Z");

dpi::Project miniProject()
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(dpi::Project());
}

dpi::Framework framework(const char *name)
{
    const dpi::FrameworkReadResult read = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("diff/") + QLatin1String(name)));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.framework.value_or(dpi::Framework());
}

} // namespace

TEST(ProjectUpgrade, CarriesFollowsAndArchivesScores)
{
    const dpi::Project before = miniProject();
    const dpi::UpgradeOutcome outcome = dpi::planFrameworkUpgrade(before, framework("v2.framework.yaml"), kNow);
    ASSERT_TRUE(outcome.plan) << outcome.error.toStdString();
    const dpi::UpgradePlan &plan = *outcome.plan;

    EXPECT_EQ(plan.fromVersion, QStringLiteral("1.0.0"));
    EXPECT_EQ(plan.toVersion, QStringLiteral("1.1.0"));
    EXPECT_EQ(plan.carried, 2);              // exchange.membership in both sectors
    EXPECT_EQ(plan.followed.size(), 2u);     // exchange.logs -> exchange.message-logs
    ASSERT_EQ(plan.archived.size(), 2u);     // capacity.staff was removed
    EXPECT_EQ(plan.newUnscored, 2);          // capacity.budget is new in both sectors

    const dpi::Project &after = plan.result;
    EXPECT_EQ(after.frameworks[0].version, QStringLiteral("1.1.0"));
    for (const dpi::Sector &sector : after.sectors) {
        const dpi::Sector *old = before.findSector(sector.id);
        // Unchanged criteria keep exactly the old score.
        EXPECT_EQ(*sector.score(QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")),
                  *old->score(QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")));
        // The renamed criterion carries the old criterion's score.
        EXPECT_EQ(*sector.score(QStringLiteral("mini-interop"), QStringLiteral("exchange.message-logs")),
                  *old->score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")));
        EXPECT_EQ(sector.score(QStringLiteral("mini-interop"), QStringLiteral("capacity.staff")), nullptr);
    }
    // The removed criterion's scores are in the archive, complete.
    ASSERT_EQ(after.archive.size(), 2u);
    const dpi::ArchivedScore &health = after.archive[1];
    EXPECT_EQ(health.sectorId, QStringLiteral("healthcare"));
    EXPECT_EQ(health.criterionId, QStringLiteral("capacity.staff"));
    EXPECT_EQ(health.frameworkVersion, QStringLiteral("1.0.0"));
    EXPECT_EQ(health.archivedAt, kNow);
    EXPECT_EQ(health.score, *before.findSector(QStringLiteral("healthcare"))->score(QStringLiteral("mini-interop"), QStringLiteral("capacity.staff")));

    EXPECT_TRUE(plan.summary().contains(QStringLiteral("scores moved to the archive: 2")));
}

TEST(ProjectUpgrade, UpgradedProjectRoundTripsWithItsArchive)
{
    const dpi::UpgradeOutcome outcome = dpi::planFrameworkUpgrade(miniProject(), framework("v2.framework.yaml"), kNow);
    ASSERT_TRUE(outcome.plan);
    const QByteArray text = dpi::projectToYaml(outcome.plan->result);
    const dpi::ProjectReadResult reread = dpi::readProjectText(text, QStringLiteral("upgraded.dpi.yaml"));
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    EXPECT_EQ(*reread.project, outcome.plan->result);
}

TEST(ProjectUpgrade, RefusesOlderOrSameVersionAndUnknownFramework)
{
    const dpi::Project project = miniProject();
    const dpi::UpgradeOutcome same = dpi::planFrameworkUpgrade(project, framework("v1.framework.yaml"), kNow);
    EXPECT_FALSE(same.plan);
    EXPECT_TRUE(same.error.contains(QStringLiteral("not newer")));

    dpi::Framework other = framework("v2.framework.yaml");
    other.id = QStringLiteral("something-else");
    const dpi::UpgradeOutcome unknown = dpi::planFrameworkUpgrade(project, other, kNow);
    EXPECT_FALSE(unknown.plan);
    EXPECT_TRUE(unknown.error.contains(QStringLiteral("does not use")));
}

TEST(ProjectUpgrade, LevelsMissingFromTheNewScaleAreArchivedNotDropped)
{
    const dpi::Project project = miniProject();
    dpi::Framework narrower = framework("v2.framework.yaml");
    narrower.scale.levels.pop_back(); // level 4 no longer exists
    const dpi::UpgradeOutcome outcome = dpi::planFrameworkUpgrade(project, narrower, kNow);
    ASSERT_TRUE(outcome.plan);
    bool archivedLevelFour = false;
    for (const auto &item : outcome.plan->archived)
        archivedLevelFour |= item.score.level == 4 && item.reason.contains(QStringLiteral("not on the scale"));
    EXPECT_TRUE(archivedLevelFour);
}
