// The illustrative follow-up round (assessments/examples/follow-up-2025/), built by
// scripts/assemble-follow-up.py from the 2024 sample and changes.yaml: it must read
// cleanly, say it is illustrative, change exactly the cells and map components that
// changes.yaml names, and rest every change on evidence dated inside its own period.
#include "mapcomparison.h"
#include "projectreader.h"
#include "roundcomparison.h"
#include "testpaths.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <set>
#include <tuple>

namespace {

using CellKey = std::tuple<QString, QString, QString>; // sector, framework, criterion

QString followUpPath(const char *name)
{
    return dpitest::sourcePath(QStringLiteral("assessments/examples/follow-up-2025/") + QString::fromLatin1(name));
}

dpi::Project readClean(const QString &path)
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(path);
    EXPECT_TRUE(read.ok()) << path.toStdString();
    EXPECT_TRUE(read.diagnostics.isEmpty()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(dpi::Project());
}

QString str(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

struct Rounds
{
    dpi::Project before = readClean(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")));
    dpi::Project after = readClean(followUpPath("kyrgyzstan-dpi-2025.dpi.yaml"));
    YAML::Node changes = YAML::LoadFile(followUpPath("changes.yaml").toStdString());
    QString periodStart = str(changes["round"]["period"]) + QStringLiteral("-01-01");
    QString cutOff = str(changes["round"]["cut_off"]);
};

TEST(FollowUpRound, IsIllustrativeAndNamesNoRealAnalyst)
{
    const Rounds rounds;
    EXPECT_TRUE(rounds.after.metadata.illustrative);
    EXPECT_TRUE(rounds.after.metadata.notice.text().startsWith(QStringLiteral("Illustrative data.")));
    EXPECT_FALSE(rounds.after.metadata.notice.exact(QStringLiteral("ru")).isEmpty());
    EXPECT_EQ(rounds.after.metadata.period, QStringLiteral("2025"));
    for (const QString &member : rounds.after.metadata.team)
        EXPECT_TRUE(member.startsWith(QStringLiteral("Sample analyst "))) << member.toStdString();
}

TEST(FollowUpRound, ChangesExactlyTheLevelsItsChangeListGives)
{
    const Rounds rounds;
    std::set<CellKey> expected;
    for (const YAML::Node &change : rounds.changes["scores"])
        if (change["level"])
            expected.insert({str(change["sector"]), str(change["framework"]), str(change["criterion"])});
    ASSERT_EQ(expected.size(), 2u) << "changes.yaml changed: update this count with care";

    const dpi::RoundComparison comparison = dpi::compareRounds(rounds.before, rounds.after);
    std::set<CellKey> changed;
    for (const dpi::CellChange &change : comparison.changes) {
        EXPECT_TRUE(change.levelChanged()) << change.criterionId.toStdString();
        changed.insert({change.sectorId, change.frameworkId, change.criterionId});
    }
    EXPECT_EQ(changed, expected) << "run scripts/assemble-follow-up.py";
    EXPECT_TRUE(comparison.criteria.empty());
    EXPECT_TRUE(comparison.sectorsAdded.isEmpty() && comparison.sectorsRemoved.isEmpty());
}

TEST(FollowUpRound, EveryChangeRestsOnEvidenceFromItsOwnPeriod)
{
    const Rounds rounds;
    const dpi::RoundComparison comparison = dpi::compareRounds(rounds.before, rounds.after);
    ASSERT_FALSE(comparison.changes.empty());
    for (const dpi::CellChange &change : comparison.changes) {
        SCOPED_TRACE(change.criterionId.toStdString());
        const dpi::Score *score = rounds.after.findSector(change.sectorId)->score(change.frameworkId, change.criterionId);
        ASSERT_NE(score, nullptr);
        EXPECT_TRUE(score->analyst.startsWith(QStringLiteral("Sample analyst "))) << score->analyst.toStdString();
        int datedInPeriod = 0;
        for (const dpi::EvidenceItem &item : score->evidence)
            if (!item.url.isEmpty() && item.date >= rounds.periodStart && item.date <= rounds.cutOff)
                ++datedInPeriod;
        EXPECT_GE(datedInPeriod, 1);
    }
}

TEST(FollowUpRound, NoEvidenceIsDatedAfterTheCutOff)
{
    const Rounds rounds;
    int checked = 0;
    for (const dpi::Sector &sector : rounds.after.sectors)
        for (const auto &[frameworkId, scores] : sector.scores)
            for (const auto &[criterionId, score] : scores)
                for (const dpi::EvidenceItem &item : score.evidence) {
                    ++checked;
                    EXPECT_TRUE(item.date.isEmpty() || item.date <= rounds.cutOff)
                        << criterionId.toStdString() << " " << item.date.toStdString();
                }
    EXPECT_GT(checked, 200);
}

TEST(FollowUpRound, MovesExactlyTheMapComponentsItsChangeListGives)
{
    const Rounds rounds;
    ASSERT_EQ(rounds.before.maps.size(), 1u);
    ASSERT_EQ(rounds.after.maps.size(), 1u);
    QStringList expected;
    for (const YAML::Node &move : rounds.changes["map_moves"])
        expected << str(move["component"]);
    ASSERT_FALSE(expected.isEmpty());

    const dpi::MapComparison comparison = dpi::compareMaps(rounds.before.maps[0], rounds.after.maps[0]);
    QStringList moved;
    for (const dpi::MapMovement &movement : comparison.moved) {
        EXPECT_TRUE(movement.evolutionChanged());
        EXPECT_FALSE(movement.visibilityChanged());
        moved << movement.name;
    }
    EXPECT_EQ(moved, expected);
    EXPECT_TRUE(comparison.added.isEmpty());
    EXPECT_TRUE(comparison.removed.empty());
}

} // namespace
