#include "projectreader.h"
#include "teammerge.h"
#include "teamratings.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

#include <ostream>

static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

const QString kA = QStringLiteral("Sample analyst A");
const QString kB = QStringLiteral("Sample analyst B");
const QString kC = QStringLiteral("Sample analyst C");
const QString kFramework = QStringLiteral("mini-interop");

dpi::Project readFixture(const char *name)
{
    const auto read = dpi::readProjectFile(dpitest::dataPath(QString::fromLatin1(name)));
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

const dpi::Score *cellOf(const dpi::Project &project, const char *sector, const char *criterion)
{
    const dpi::Sector *s = project.findSector(QString::fromLatin1(sector));
    return s ? s->score(kFramework, QString::fromLatin1(criterion)) : nullptr;
}

// One analyst's copy of the mini project: every score stamped with their name.
dpi::Project analystFile(const QString &analyst)
{
    dpi::Project project = readFixture("valid/mini.dpi.yaml");
    project.metadata.team = QStringList{analyst};
    for (dpi::Sector &sector : project.sectors) {
        for (auto &framework : sector.scores) {
            for (auto &entry : framework.second)
                entry.second.analyst = analyst;
        }
    }
    return project;
}

// A and B agree on everything but healthcare/exchange.logs (4 against 3)
// and education/capacity.staff (n/a against 1).
std::vector<dpi::MergeInput> twoAnalysts()
{
    dpi::Project a = analystFile(kA);
    dpi::Project b = analystFile(kB);
    scoreOf(b, "healthcare", "exchange.logs").level = 3;
    dpi::Score &staff = scoreOf(b, "education", "capacity.staff");
    staff.notApplicable = false;
    staff.level = 1;
    scoreOf(b, "education", "exchange.membership").confidence = dpi::Confidence::Low;
    scoreOf(b, "education", "exchange.membership").notes = QStringLiteral("Only one system found.");
    scoreOf(b, "education", "exchange.membership").evidence.push_back({QStringLiteral("Ministry interview"), {}, {}});
    return {{QStringLiteral("a.dpi.yaml"), a}, {QStringLiteral("b.dpi.yaml"), b}};
}

TEST(TeamMerge, KeepsEveryRatingAndLeavesDifferencesOpen)
{
    const dpi::TeamMergeResult result = dpi::mergeAnalystFiles(twoAnalysts());
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    const dpi::Project &team = *result.project;
    EXPECT_EQ(result.analysts, QStringList({kA, kB}));
    EXPECT_EQ(result.ratedCells, 6);
    EXPECT_EQ(result.disagreements, 2);
    // Both analysts' teams, once each.
    EXPECT_EQ(team.metadata.team, QStringList({kA, kB}));

    const dpi::Score *logs = cellOf(team, "healthcare", "exchange.logs");
    ASSERT_NE(logs, nullptr);
    EXPECT_FALSE(logs->isScored()); // nothing resolved silently
    EXPECT_TRUE(dpi::isOpenDisagreement(*logs));
    ASSERT_EQ(logs->ratings.size(), 2u);
    EXPECT_EQ(logs->ratings[0].analyst, kA);
    EXPECT_EQ(logs->ratings[0].level, std::optional<int>(4));
    EXPECT_EQ(logs->ratings[1].level, std::optional<int>(3));

    const dpi::Score *staff = cellOf(team, "education", "capacity.staff");
    ASSERT_NE(staff, nullptr);
    EXPECT_TRUE(dpi::isOpenDisagreement(*staff));
    EXPECT_TRUE(staff->ratings[0].notApplicable);

    // Agreed level: the common one, the lower confidence, both analysts'
    // evidence and notes.
    const dpi::Score *membership = cellOf(team, "education", "exchange.membership");
    ASSERT_NE(membership, nullptr);
    EXPECT_EQ(membership->level, std::optional<int>(2));
    EXPECT_EQ(membership->confidence, dpi::Confidence::Low);
    ASSERT_EQ(membership->evidence.size(), 2u);
    EXPECT_EQ(membership->evidence[1].text, QStringLiteral("Ministry interview"));
    EXPECT_EQ(membership->notes, QStringLiteral("Consumes identity look-ups only.\n\nOnly one system found."));
    EXPECT_TRUE(membership->reconciledBy.isEmpty());
    EXPECT_TRUE(membership->analyst.isEmpty());
}

TEST(TeamMerge, TheMergedFileIsValidAndStable)
{
    const dpi::TeamMergeResult result = dpi::mergeAnalystFiles(twoAnalysts());
    ASSERT_TRUE(result.ok());
    const QByteArray saved = dpi::projectToYaml(*result.project);
    const auto again = dpi::readProjectText(saved, QStringLiteral("team.dpi.yaml"));
    ASSERT_TRUE(again.ok()) << again.diagnostics.toString().toStdString();
    EXPECT_TRUE(again.diagnostics.isEmpty()) << again.diagnostics.toString().toStdString();
    EXPECT_EQ(*again.project, *result.project);
}

// Merge, then split by analyst: each analyst gets back exactly their scores.
TEST(TeamMerge, SplitByAnalystGivesBackEachFilesScores)
{
    const std::vector<dpi::MergeInput> inputs = twoAnalysts();
    const dpi::TeamMergeResult result = dpi::mergeAnalystFiles(inputs);
    ASSERT_TRUE(result.ok());
    const auto parts = dpi::splitByAnalyst(*result.project);
    ASSERT_EQ(parts.size(), 2u);
    for (size_t i = 0; i < parts.size(); ++i) {
        const dpi::Project &original = inputs[i].project;
        const dpi::Project &part = parts[i].second;
        EXPECT_EQ(parts[i].first, original.metadata.team.front());
        EXPECT_EQ(part.metadata.team, original.metadata.team);
        ASSERT_EQ(part.sectors.size(), original.sectors.size());
        for (size_t s = 0; s < part.sectors.size(); ++s)
            EXPECT_EQ(part.sectors[s].scores, original.sectors[s].scores) << parts[i].first.toStdString();
        EXPECT_EQ(part.frameworks, original.frameworks);
        EXPECT_FALSE(dpi::hasRatings(part));
    }
    // And merging the parts again gives the same team file.
    std::vector<dpi::MergeInput> again;
    for (const auto &part : parts)
        again.push_back({dpi::analystFileStem(part.first) + QStringLiteral(".dpi.yaml"), part.second});
    const dpi::TeamMergeResult remerged = dpi::mergeAnalystFiles(again);
    ASSERT_TRUE(remerged.ok());
    EXPECT_EQ(remerged.project->sectors, result.project->sectors);
}

TEST(TeamMerge, RefusesDifferentFrameworkVersionsNamingUpgrade)
{
    std::vector<dpi::MergeInput> inputs = twoAnalysts();
    inputs[1].project.frameworks[0].version = QStringLiteral("1.1.0");
    inputs[1].project.frameworks[0].framework.version = QStringLiteral("1.1.0");
    const dpi::TeamMergeResult result = dpi::mergeAnalystFiles(inputs);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.project.has_value());
    ASSERT_EQ(result.diagnostics.errorCount(), 1);
    const QString message = result.diagnostics.items().front().toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("b.dpi.yaml:"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("version 1.1.0 here but at 1.0.0 in a.dpi.yaml"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("dpiw upgrade"))) << message.toStdString();
}

TEST(TeamMerge, RefusesDifferentEmbeddedCopiesOfOneVersion)
{
    std::vector<dpi::MergeInput> inputs = twoAnalysts();
    inputs[1].project.frameworks[0].framework.dimensions[0].weight = 5;
    const dpi::TeamMergeResult result = dpi::mergeAnalystFiles(inputs);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("embedded copy of 'mini-interop@1.0.0' differs")));
}

TEST(TeamMerge, EachFileMustNameOneAnalyst)
{
    std::vector<dpi::MergeInput> inputs = twoAnalysts();
    inputs[1].project = analystFile(kA);
    dpi::TeamMergeResult result = dpi::mergeAnalystFiles(inputs);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("both hold ratings by 'Sample analyst A'")));

    // No stamps and a team of two: whose is it?
    inputs = twoAnalysts();
    for (dpi::Sector &sector : inputs[1].project.sectors) {
        for (auto &framework : sector.scores) {
            for (auto &entry : framework.second)
                entry.second.analyst.clear();
        }
    }
    inputs[1].project.metadata.team = QStringList{kB, kC};
    result = dpi::mergeAnalystFiles(inputs);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("cannot tell whose ratings")));

    // A team of one names the analyst when the scores do not.
    inputs[1].project.metadata.team = QStringList{kB};
    result = dpi::mergeAnalystFiles(inputs);
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.analysts, QStringList({kA, kB}));
    EXPECT_EQ(cellOf(*result.project, "healthcare", "exchange.logs")->ratings[1].analyst, kB);

    // Scores stamped by two people are not one analyst's file.
    scoreOf(inputs[1].project, "healthcare", "exchange.logs").analyst = kC;
    scoreOf(inputs[1].project, "healthcare", "capacity.staff").analyst = kB;
    result = dpi::mergeAnalystFiles(inputs);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("several analysts (")));
}

// A third analyst joins a team file: reconciliations the new rating agrees
// with stay; one it contradicts is opened again, with a warning.
TEST(TeamMerge, AThirdAnalystJoinsATeamFile)
{
    dpi::TeamMergeResult first = dpi::mergeAnalystFiles(twoAnalysts());
    ASSERT_TRUE(first.ok());
    dpi::Project team = *first.project;
    dpi::Score &logs = scoreOf(team, "healthcare", "exchange.logs");
    logs.level = 4;
    logs.reconciledBy = kA;
    logs.reconciledAt = QStringLiteral("2024-06-01T10:00:00Z");
    dpi::Score &staff = scoreOf(team, "education", "capacity.staff");
    staff.level = 1;
    staff.reconciledBy = kB;

    dpi::Project c = analystFile(kC);
    scoreOf(c, "education", "capacity.staff").notApplicable = true; // contradicts the agreed 1
    scoreOf(c, "education", "capacity.staff").level.reset();
    // healthcare/exchange.logs is 4 in the mini file: agrees with the reconciliation.

    const dpi::TeamMergeResult result = dpi::mergeAnalystFiles({{QStringLiteral("team.dpi.yaml"), team}, {QStringLiteral("c.dpi.yaml"), c}});
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.analysts, QStringList({kA, kB, kC}));
    const dpi::Score *keptLogs = cellOf(*result.project, "healthcare", "exchange.logs");
    EXPECT_EQ(keptLogs->level, std::optional<int>(4));
    EXPECT_EQ(keptLogs->reconciledBy, kA);
    EXPECT_EQ(keptLogs->ratings.size(), 3u);
    const dpi::Score *reopened = cellOf(*result.project, "education", "capacity.staff");
    EXPECT_TRUE(dpi::isOpenDisagreement(*reopened));
    EXPECT_TRUE(reopened->reconciledBy.isEmpty());
    ASSERT_EQ(result.diagnostics.warningCount(), 1);
    EXPECT_TRUE(result.diagnostics.toString().contains(
        QStringLiteral("education/mini-interop/capacity.staff: the agreed level 1 is contradicted by the new rating of "
                       "'Sample analyst C' (n/a)")))
        << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.disagreements, 1);

    // Merging the same analyst's file again changes nothing...
    const dpi::TeamMergeResult twice = dpi::mergeAnalystFiles({{QStringLiteral("team.dpi.yaml"), *result.project}, {QStringLiteral("c.dpi.yaml"), c}});
    ASSERT_TRUE(twice.ok()) << twice.diagnostics.toString().toStdString();
    EXPECT_EQ(twice.project->sectors, result.project->sectors);
    // ...but a changed rating by an analyst already in the team is refused.
    scoreOf(c, "healthcare", "exchange.membership").level = 3;
    const dpi::TeamMergeResult changed = dpi::mergeAnalystFiles({{QStringLiteral("team.dpi.yaml"), *result.project}, {QStringLiteral("c.dpi.yaml"), c}});
    ASSERT_FALSE(changed.ok());
    EXPECT_TRUE(changed.diagnostics.toString().contains(
        QStringLiteral("healthcare/mini-interop/exchange.membership: the rating by 'Sample analyst C' differs from the one in team.dpi.yaml")))
        << changed.diagnostics.toString().toStdString();
}

TEST(TeamMerge, SectorsAndFrameworksOnlyOneFileHasAreKept)
{
    std::vector<dpi::MergeInput> inputs = twoAnalysts();
    dpi::Sector transport;
    transport.id = QStringLiteral("transport");
    transport.title = dpi::LocalizedText(QStringLiteral("Transport"));
    transport.scores[kFramework][QStringLiteral("exchange.logs")].level = 1;
    transport.scores[kFramework][QStringLiteral("exchange.logs")].analyst = kB;
    inputs[1].project.sectors.push_back(transport);
    inputs[1].project.sectors[0].title = dpi::LocalizedText(QStringLiteral("Schools"));
    const dpi::TeamMergeResult result = dpi::mergeAnalystFiles(inputs);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.project->sectors.size(), 3u);
    EXPECT_EQ(result.project->sectors[2].id, QStringLiteral("transport"));
    EXPECT_EQ(cellOf(*result.project, "transport", "exchange.logs")->level, std::optional<int>(1));
    EXPECT_EQ(result.project->sectors[0].title.exact(QStringLiteral("en")), QStringLiteral("Education"));
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("b.dpi.yaml:0:0: warning: sector 'education' has another title")))
        << result.diagnostics.toString().toStdString();
}

TEST(TeamMerge, AnalystFileStems)
{
    EXPECT_EQ(dpi::analystFileStem(kA), QStringLiteral("sample-analyst-a"));
    EXPECT_EQ(dpi::analystFileStem(QStringLiteral("  A. O'Neil / QA ")), QStringLiteral("a-o-neil-qa"));
    EXPECT_EQ(dpi::analystFileStem(QString::fromUtf8("Аналитик Б")), QString::fromUtf8("аналитик-б"));
    EXPECT_EQ(dpi::analystFileStem(QStringLiteral("///")), QStringLiteral("analyst"));
}

} // namespace
