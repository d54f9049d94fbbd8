#include "frameworkreader.h"
#include "projectreader.h"
#include "projectupgrade.h"
#include "roundcomparison.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

const QString kFramework = QStringLiteral("mini-interop");

dpi::Project miniProject()
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(dpi::Project());
}

dpi::Score &scoreOf(dpi::Project &project, const char *sector, const char *criterion)
{
    for (dpi::Sector &s : project.sectors) {
        if (s.id == QLatin1String(sector))
            return s.scores[kFramework][QString::fromLatin1(criterion)];
    }
    ADD_FAILURE() << "no sector " << sector;
    static dpi::Score none;
    return none;
}

dpi::Project upgradedToV2(const dpi::Project &project)
{
    const dpi::FrameworkReadResult v2 = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("diff/v2.framework.yaml")));
    EXPECT_TRUE(v2.ok());
    const dpi::UpgradeOutcome outcome =
        dpi::planFrameworkUpgrade(project, *v2.framework, QStringLiteral("2026-12-07T12:00:00Z"));
    EXPECT_TRUE(outcome.plan) << outcome.error.toStdString();
    return outcome.plan ? outcome.plan->result : project;
}

} // namespace

TEST(RoundComparison, SameRoundIsEqual)
{
    const dpi::Project project = miniProject();
    const dpi::RoundComparison comparison = dpi::compareRounds(project, project);
    EXPECT_TRUE(comparison.isEqual());
    EXPECT_TRUE(comparison.changes.empty());
    ASSERT_EQ(comparison.sectors.size(), 2u);
    EXPECT_DOUBLE_EQ(*comparison.sectors[0].overall.deltaPp(), 0.0);
    EXPECT_TRUE(dpi::comparisonAsTable(comparison).contains(QStringLiteral("no differences")));
}

// Hand-computed on the mini fixture (scale 0-4, so level L is 25*L %):
//   education  before: exchange = (50*2 + 75*1)/3 = 58.33; capacity is N/A -> overall 58.33
//              after:  membership 2 -> 3: exchange = (75*2 + 75)/3 = 75 -> +16.67 pp
//   healthcare before: exchange = (0*2 + 100)/3 = 33.33 (red flag: membership < 1), capacity = 50
//                      -> (33.33*2 + 50)/3 = 38.89
//              after:  membership 0 -> 1, staff 2 -> N/A: exchange = (25*2 + 100)/3 = 50,
//                      capacity has nothing scored -> 50 -> +11.11 pp, red flag resolved
TEST(RoundComparison, HandComputedDeltasAndFlags)
{
    const dpi::Project before = miniProject();
    dpi::Project after = before;
    scoreOf(after, "education", "exchange.membership").level = 3;
    scoreOf(after, "education", "exchange.membership").confidence = dpi::Confidence::High;
    scoreOf(after, "healthcare", "exchange.membership").level = 1;
    dpi::Score &staff = scoreOf(after, "healthcare", "capacity.staff");
    staff.level.reset();
    staff.notApplicable = true;

    const dpi::RoundComparison comparison = dpi::compareRounds(before, after);
    EXPECT_FALSE(comparison.isEqual());
    ASSERT_EQ(comparison.changes.size(), 3u);
    const dpi::CellChange &education = comparison.changes[0];
    EXPECT_EQ(education.sectorId, QStringLiteral("education"));
    EXPECT_EQ(education.criterionId, QStringLiteral("exchange.membership"));
    EXPECT_EQ(education.before.text(), QStringLiteral("2"));
    EXPECT_EQ(education.after.text(), QStringLiteral("3"));
    EXPECT_EQ(education.before.confidence, dpi::Confidence::Medium);
    EXPECT_EQ(education.after.confidence, dpi::Confidence::High);
    EXPECT_EQ(comparison.changes[1].criterionId, QStringLiteral("capacity.staff"));
    EXPECT_EQ(comparison.changes[1].after.text(), QStringLiteral("n/a"));
    EXPECT_EQ(comparison.changes[2].criterionId, QStringLiteral("exchange.membership"));

    const dpi::SectorChange *educationSector = comparison.sector(QStringLiteral("education"));
    ASSERT_NE(educationSector, nullptr);
    EXPECT_NEAR(*educationSector->overall.deltaPp(), 75.0 - 175.0 / 3, 1e-9);
    ASSERT_EQ(educationSector->frameworks.size(), 1u);
    const dpi::FrameworkChangeSummary &framework = educationSector->frameworks[0];
    ASSERT_EQ(framework.dimensions.size(), 2u);
    EXPECT_NEAR(*framework.dimensions[0].percent.deltaPp(), 75.0 - 175.0 / 3, 1e-9);
    EXPECT_FALSE(framework.dimensions[1].percent.deltaPp()); // capacity: N/A in both rounds

    const dpi::SectorChange *health = comparison.sector(QStringLiteral("healthcare"));
    ASSERT_NE(health, nullptr);
    EXPECT_NEAR(*health->overall.before, (100.0 / 3 * 2 + 50) / 3, 1e-9);
    EXPECT_NEAR(*health->overall.deltaPp(), 50.0 - (100.0 / 3 * 2 + 50) / 3, 1e-9);
    EXPECT_TRUE(health->redFlagsRaised.empty());
    ASSERT_EQ(health->redFlagsResolved.size(), 1u);
    EXPECT_EQ(health->redFlagsResolved[0].criterionId, QStringLiteral("exchange.membership"));

    // The reverse direction raises the flag again.
    const dpi::RoundComparison back = dpi::compareRounds(after, before);
    ASSERT_EQ(back.sector(QStringLiteral("healthcare"))->redFlagsRaised.size(), 1u);
    EXPECT_TRUE(back.sector(QStringLiteral("healthcare"))->redFlagsResolved.empty());
}

// Between the rounds the framework went from 1.0.0 to 1.1.0: exchange.logs was
// renamed exchange.message-logs, capacity.staff removed, capacity.budget added,
// and the membership weight went from 2 to 3.
TEST(RoundComparison, FollowsFrameworkUpgradeBetweenRounds)
{
    const dpi::Project before = miniProject();
    dpi::Project after = upgradedToV2(before);

    dpi::RoundComparison comparison = dpi::compareRounds(before, after);
    EXPECT_TRUE(comparison.changes.empty()) << "carried and renamed scores are not changes";
    EXPECT_FALSE(comparison.isEqual());
    ASSERT_EQ(comparison.criteria.size(), 3u);
    EXPECT_EQ(comparison.criteria[0].kind, dpi::CriterionSetChange::Kind::Renamed);
    EXPECT_EQ(comparison.criteria[0].oldCriterionId, QStringLiteral("exchange.logs"));
    EXPECT_EQ(comparison.criteria[0].criterionId, QStringLiteral("exchange.message-logs"));
    EXPECT_EQ(comparison.criteria[1].kind, dpi::CriterionSetChange::Kind::Added);
    EXPECT_EQ(comparison.criteria[1].criterionId, QStringLiteral("capacity.budget"));
    EXPECT_EQ(comparison.criteria[2].kind, dpi::CriterionSetChange::Kind::Removed);
    EXPECT_EQ(comparison.criteria[2].criterionId, QStringLiteral("capacity.staff"));

    // Weight 2 -> 3 alone moves education: (50*3 + 75)/4 = 56.25 against 58.33.
    const dpi::SectorChange *education = comparison.sector(QStringLiteral("education"));
    EXPECT_NEAR(*education->overall.deltaPp(), 56.25 - 175.0 / 3, 1e-9);
    EXPECT_EQ(education->frameworks[0].oldVersion, QStringLiteral("1.0.0"));
    EXPECT_EQ(education->frameworks[0].newVersion, QStringLiteral("1.1.0"));

    // A change on the renamed criterion is reported under its new id, with the old one.
    scoreOf(after, "education", "exchange.message-logs").level = 1;
    comparison = dpi::compareRounds(before, after);
    ASSERT_EQ(comparison.changes.size(), 1u);
    EXPECT_EQ(comparison.changes[0].criterionId, QStringLiteral("exchange.message-logs"));
    EXPECT_EQ(comparison.changes[0].oldCriterionId, QStringLiteral("exchange.logs"));
    EXPECT_EQ(comparison.changes[0].before.text(), QStringLiteral("3"));
    EXPECT_EQ(comparison.changes[0].after.text(), QStringLiteral("1"));
}

TEST(RoundComparison, JsonHasChangesAndDeltas)
{
    const dpi::Project before = miniProject();
    dpi::Project after = before;
    scoreOf(after, "education", "exchange.logs").level = 4;
    after.sectors.pop_back(); // healthcare left out of the new round

    const QJsonObject root = QJsonDocument::fromJson(dpi::comparisonAsJson(dpi::compareRounds(before, after))).object();
    EXPECT_FALSE(root.value(QStringLiteral("equal")).toBool());
    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 1);
    const QJsonObject change = changes[0].toObject();
    EXPECT_EQ(change.value(QStringLiteral("sector")).toString(), QStringLiteral("education"));
    EXPECT_EQ(change.value(QStringLiteral("framework")).toString(), kFramework);
    EXPECT_EQ(change.value(QStringLiteral("criterion")).toString(), QStringLiteral("exchange.logs"));
    EXPECT_EQ(change.value(QStringLiteral("old")).toString(), QStringLiteral("3"));
    EXPECT_EQ(change.value(QStringLiteral("new")).toString(), QStringLiteral("4"));

    const QJsonArray sectors = root.value(QStringLiteral("sectors")).toArray();
    ASSERT_EQ(sectors.size(), 1);
    // exchange: (50*2 + 100)/3 = 66.67 against 58.33 -> +8.33 pp
    const QJsonObject sector = sectors[0].toObject();
    EXPECT_NEAR(sector.value(QStringLiteral("delta_pp")).toDouble(), 8.33, 1e-9);
    EXPECT_NEAR(sector.value(QStringLiteral("frameworks")).toObject().value(kFramework).toObject()
                    .value(QStringLiteral("delta_pp")).toDouble(), 8.33, 1e-9);
    EXPECT_EQ(root.value(QStringLiteral("sectors_removed")).toArray(), QJsonArray{QStringLiteral("healthcare")});
}

namespace {

dpi::Project gatesProject()
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/gates.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(dpi::Project());
}

} // namespace

// A level that becomes unverified is a question reopened, not a drop to 0;
// a gate that fails changes the checklist, not a percentage.
TEST(RoundComparison, UnverifiedAndGatesAreCountedApart)
{
    const dpi::Project before = gatesProject();
    dpi::Project after = before;
    dpi::Score &logs = after.sectors[0].scores[kFramework][QStringLiteral("exchange.logs")];
    logs.level.reset();
    logs.unverified = true;
    after.sectors[0].scores[QStringLiteral("mini-gates")][QStringLiteral("gate.licence")].level = 0;

    const dpi::RoundComparison comparison = dpi::compareRounds(before, after);
    ASSERT_EQ(comparison.changes.size(), 2u);
    const dpi::CellChange &unverified = comparison.changes[1]; // sorted: mini-gates before mini-interop
    EXPECT_EQ(unverified.criterionId, QStringLiteral("exchange.logs"));
    EXPECT_EQ(unverified.after.kind, dpi::CellState::Kind::Unverified);
    EXPECT_EQ(unverified.after.text(), QStringLiteral("unverified"));
    EXPECT_TRUE(unverified.levelChanged());

    const dpi::SectorChange *education = comparison.sector(QStringLiteral("education"));
    ASSERT_NE(education, nullptr);
    // The gate framework's only unverified gate (gate.docs) is not behind overall readiness.
    EXPECT_EQ(education->unverifiedBefore, 0);
    EXPECT_EQ(education->unverifiedAfter, 1);
    // Overall readiness leaves the unverified level out (not a 0): (50 + 25)/2 on exchange, then capacity.
    ASSERT_TRUE(education->overall.after.has_value());
    EXPECT_GT(*education->overall.after, 0.0);

    const dpi::FrameworkChangeSummary *gates = nullptr;
    for (const dpi::FrameworkChangeSummary &framework : education->frameworks) {
        if (framework.frameworkId == QLatin1String("mini-gates"))
            gates = &framework;
    }
    ASSERT_NE(gates, nullptr);
    EXPECT_TRUE(gates->gates);
    EXPECT_FALSE(gates->percent.before.has_value());
    EXPECT_EQ(gates->gatesBefore.passed, 1);
    EXPECT_EQ(gates->gatesAfter.passed, 0);
    EXPECT_EQ(gates->gatesAfter.failed, 1);
    EXPECT_EQ(gates->gatesAfter.unverified, 1);

    const QString table = dpi::comparisonAsTable(comparison);
    EXPECT_TRUE(table.contains(QStringLiteral("unverified 0 -> 1"))) << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("mini-gates  gates 1/2 passed, 0 failed, 1 unverified -> gates 0/2 passed, "
                                              "1 failed, 1 unverified")))
        << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("education mini-interop exchange.logs: 3 -> unverified"))) << table.toStdString();

    const QJsonObject root = QJsonDocument::fromJson(dpi::comparisonAsJson(comparison)).object();
    const QJsonObject sector = root.value(QStringLiteral("sectors")).toArray().at(0).toObject();
    EXPECT_EQ(sector.value(QStringLiteral("unverified")).toObject().value(QStringLiteral("after")).toInt(), 1);
    const QJsonObject gatesJson = sector.value(QStringLiteral("frameworks")).toObject().value(QStringLiteral("mini-gates")).toObject();
    EXPECT_EQ(gatesJson.value(QStringLiteral("kind")).toString(), QStringLiteral("gates"));
    EXPECT_EQ(gatesJson.value(QStringLiteral("gates_after")).toObject().value(QStringLiteral("failed")).toInt(), 1);
    EXPECT_EQ(gatesJson.value(QStringLiteral("gates_after")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("does-not-meet"));
    EXPECT_EQ(root.value(QStringLiteral("changes")).toArray().at(1).toObject().value(QStringLiteral("new")).toString(),
              QStringLiteral("unverified"));
}
