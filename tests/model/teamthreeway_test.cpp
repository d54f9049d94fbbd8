#include "projectreader.h"
#include "teamratings.h"
#include "teamthreeway.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <ostream>

static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

const QString kA = QStringLiteral("Sample analyst A");
const QString kB = QStringLiteral("Sample analyst B");
const QString kFramework = QStringLiteral("mini-interop");

dpi::Project mini()
{
    const auto read = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(read.ok());
    return read.project.value_or(dpi::Project());
}

dpi::Score &cell(dpi::Project &project, const char *sector, const char *criterion)
{
    for (dpi::Sector &s : project.sectors) {
        if (s.id == QLatin1String(sector))
            return s.scores[kFramework][QString::fromLatin1(criterion)];
    }
    ADD_FAILURE() << sector;
    static dpi::Score none;
    return none;
}

const dpi::Score *cellOf(const dpi::Project &project, const char *sector, const char *criterion)
{
    const dpi::Sector *s = project.findSector(QString::fromLatin1(sector));
    return s ? s->score(kFramework, QString::fromLatin1(criterion)) : nullptr;
}

void setLevel(dpi::Project &project, const char *sector, const char *criterion, int level, const QString &analyst,
              const char *when = "2024-06-01T10:00:00Z")
{
    dpi::Score &score = cell(project, sector, criterion);
    score.level = level;
    score.notApplicable = false;
    score.analyst = analyst;
    score.scoredAt = QString::fromLatin1(when);
}

dpi::ThreeWayResult merge(const dpi::Project &base, const dpi::Project &ours, const dpi::Project &theirs)
{
    return dpi::mergeThreeWay(base, ours, theirs, QStringLiteral("team.dpi.yaml"));
}

TEST(ThreeWay, EditsOfDifferentCellsAreBothKept)
{
    const dpi::Project base = mini();
    dpi::Project ours = base;
    dpi::Project theirs = base;
    setLevel(ours, "education", "exchange.logs", 1, kA);
    setLevel(theirs, "healthcare", "exchange.logs", 2, kB);
    cell(theirs, "healthcare", "capacity.staff").notes = QStringLiteral("Two staff members.");
    const dpi::ThreeWayResult result = merge(base, ours, theirs);
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.disagreements, 0);
    EXPECT_EQ(cellOf(*result.project, "education", "exchange.logs")->level, std::optional<int>(1));
    EXPECT_EQ(cellOf(*result.project, "healthcare", "exchange.logs")->level, std::optional<int>(2));
    EXPECT_EQ(cellOf(*result.project, "healthcare", "exchange.logs")->analyst, kB);
    EXPECT_EQ(cellOf(*result.project, "healthcare", "capacity.staff")->notes, QStringLiteral("Two staff members."));
    // Everything else is the base.
    EXPECT_EQ(*cellOf(*result.project, "education", "exchange.membership"), *cellOf(base, "education", "exchange.membership"));
    EXPECT_EQ(result.project->frameworks, base.frameworks);
    EXPECT_FALSE(dpi::hasRatings(*result.project));
}

TEST(ThreeWay, OneCellScoredDifferentlyBecomesADisagreement)
{
    const dpi::Project base = mini();
    dpi::Project ours = base;
    dpi::Project theirs = base;
    setLevel(ours, "education", "exchange.logs", 1, kA, "2024-06-01T10:00:00Z");
    cell(ours, "education", "exchange.logs").notes = QStringLiteral("Logs kept for a month only.");
    setLevel(theirs, "education", "exchange.logs", 4, kB, "2024-06-02T10:00:00Z");
    const dpi::ThreeWayResult result = merge(base, ours, theirs);
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.disagreements, 1);
    const dpi::Score *logs = cellOf(*result.project, "education", "exchange.logs");
    ASSERT_NE(logs, nullptr);
    EXPECT_TRUE(dpi::isOpenDisagreement(*logs));
    EXPECT_FALSE(logs->isScored());
    ASSERT_EQ(logs->ratings.size(), 2u);
    EXPECT_EQ(logs->ratings[0].analyst, kA);
    EXPECT_EQ(logs->ratings[0].level, std::optional<int>(1));
    EXPECT_EQ(logs->ratings[0].notes, QStringLiteral("Logs kept for a month only."));
    EXPECT_EQ(logs->ratings[0].confidence, dpi::Confidence::High); // the base's, as A left it
    EXPECT_EQ(logs->ratings[1].analyst, kB);
    EXPECT_EQ(logs->ratings[1].level, std::optional<int>(4));
    EXPECT_EQ(logs->ratings[1].scoredAt, QStringLiteral("2024-06-02T10:00:00Z"));
}

TEST(ThreeWay, UnnamedOrSameNamedSidesAreOursAndTheirs)
{
    const dpi::Project base = mini();
    dpi::Project ours = base;
    dpi::Project theirs = base;
    setLevel(ours, "healthcare", "exchange.logs", 1, QString());
    setLevel(theirs, "healthcare", "exchange.logs", 2, QString());
    setLevel(ours, "healthcare", "capacity.staff", 0, kA);
    setLevel(theirs, "healthcare", "capacity.staff", 4, kA);
    const dpi::ThreeWayResult result = merge(base, ours, theirs);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.disagreements, 2);
    const dpi::Score *logs = cellOf(*result.project, "healthcare", "exchange.logs");
    EXPECT_EQ(logs->ratings[0].analyst, QStringLiteral("ours"));
    EXPECT_EQ(logs->ratings[1].analyst, QStringLiteral("theirs"));
    const dpi::Score *staff = cellOf(*result.project, "healthcare", "capacity.staff");
    EXPECT_EQ(staff->ratings[0].analyst, kA + QStringLiteral(" (ours)"));
    EXPECT_EQ(staff->ratings[1].analyst, kA + QStringLiteral(" (theirs)"));
}

// Same level, different notes, evidence and confidence on each side: no
// disagreement, nothing lost.
TEST(ThreeWay, OtherFieldsOfOneCellMergeFieldByField)
{
    const dpi::Project base = mini();
    dpi::Project ours = base;
    dpi::Project theirs = base;
    dpi::Score &o = cell(ours, "education", "exchange.membership");
    dpi::Score &t = cell(theirs, "education", "exchange.membership");
    o.notes = QStringLiteral("Ours.");
    t.notes = QStringLiteral("Theirs.");
    o.evidence.push_back({QStringLiteral("Interview"), {}, {}});
    t.evidence.clear(); // theirs dropped the catalogue item
    t.evidence.push_back({QStringLiteral("Budget line"), {}, {}});
    o.confidence = dpi::Confidence::High;
    t.confidence = dpi::Confidence::Low;
    t.recommendation = QStringLiteral("Publish more services.");
    const dpi::ThreeWayResult result = merge(base, ours, theirs);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.disagreements, 0);
    const dpi::Score *merged = cellOf(*result.project, "education", "exchange.membership");
    EXPECT_EQ(merged->level, std::optional<int>(2));
    EXPECT_EQ(merged->notes, QStringLiteral("Ours.\n\nTheirs."));
    ASSERT_EQ(merged->evidence.size(), 2u);
    EXPECT_EQ(merged->evidence[0].text, QStringLiteral("Interview"));
    EXPECT_EQ(merged->evidence[1].text, QStringLiteral("Budget line"));
    EXPECT_EQ(merged->confidence, dpi::Confidence::Low);
    EXPECT_EQ(merged->recommendation, QStringLiteral("Publish more services."));
    EXPECT_TRUE(merged->ratings.empty());
}

TEST(ThreeWay, TeamFilesMergeRatingsByAnalyst)
{
    const auto read = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")));
    ASSERT_TRUE(read.ok());
    const dpi::Project base = *read.project;
    dpi::Project ours = base;
    dpi::Project theirs = base;
    // B adds a rating where only A had one; A changes their own rating elsewhere.
    dpi::Score rating;
    rating.analyst = kB;
    rating.level = 1;
    cell(theirs, "healthcare", "exchange.membership").ratings.push_back(rating);
    cell(ours, "education", "exchange.logs").ratings[0].notes = QStringLiteral("Rechecked.");
    cell(theirs, "education", "exchange.logs").ratings[1].confidence = dpi::Confidence::High;
    const dpi::ThreeWayResult result = merge(base, ours, theirs);
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    const dpi::Score *membership = cellOf(*result.project, "healthcare", "exchange.membership");
    ASSERT_EQ(membership->ratings.size(), 2u);
    EXPECT_EQ(membership->ratings[1].analyst, kB);
    const dpi::Score *logs = cellOf(*result.project, "education", "exchange.logs");
    EXPECT_EQ(logs->ratings[0].notes, QStringLiteral("Rechecked."));
    EXPECT_EQ(logs->ratings[1].confidence, dpi::Confidence::High);
    EXPECT_EQ(logs->reconciledBy, kA);

    // The same analyst's rating changed differently on both sides: refused.
    cell(ours, "education", "exchange.logs").ratings[1].level = 3;
    cell(theirs, "education", "exchange.logs").ratings[1].level = 1;
    const dpi::ThreeWayResult refused = merge(base, ours, theirs);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(refused.diagnostics.toString(),
              QStringLiteral("team.dpi.yaml:0:0: error: education/mini-interop/exchange.logs: both branches changed the "
                             "rating by 'Sample analyst B' differently\n"));
}

TEST(ThreeWay, FrameworkVersionsAndUpgradesAreRefused)
{
    const dpi::Project base = mini();
    dpi::Project ours = base;
    dpi::Project theirs = base;
    ours.frameworks[0].version = QStringLiteral("1.1.0");
    ours.frameworks[0].framework.version = QStringLiteral("1.1.0");
    theirs.frameworks[0].version = QStringLiteral("1.2.0");
    theirs.frameworks[0].framework.version = QStringLiteral("1.2.0");
    dpi::ThreeWayResult result = merge(base, ours, theirs);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("version 1.1.0 on this branch and 1.2.0 on the other")));
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("dpiw upgrade")));

    // Upgraded here, scored there.
    theirs = base;
    setLevel(theirs, "education", "exchange.logs", 0, kB);
    result = merge(base, ours, theirs);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("upgraded on one branch while scores of it changed")))
        << result.diagnostics.toString().toStdString();

    // Upgraded here, untouched there: the upgrade comes through.
    theirs = base;
    theirs.metadata.team << kB;
    result = merge(base, ours, theirs);
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.project->frameworks[0].version, QStringLiteral("1.1.0"));
    EXPECT_TRUE(result.project->metadata.team.contains(kB));
}

TEST(ThreeWay, MetadataChangedDifferentlyIsRefusedTeamsAreJoined)
{
    const dpi::Project base = mini();
    dpi::Project ours = base;
    dpi::Project theirs = base;
    ours.metadata.team << kA;
    theirs.metadata.team << kB;
    dpi::ThreeWayResult result = merge(base, ours, theirs);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.project->metadata.team, base.metadata.team + QStringList({kA, kB}));

    ours.metadata.status = QStringLiteral("in-review");
    theirs.metadata.status = QStringLiteral("final");
    result = merge(base, ours, theirs);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("both branches changed the project's 'status' differently")));
}

// A file added on both branches has no common version: cells both added
// differently are disagreements, the rest must match.
TEST(ThreeWay, NoCommonVersion)
{
    dpi::Project ours = mini();
    dpi::Project theirs = mini();
    setLevel(theirs, "healthcare", "exchange.membership", 3, kB);
    cell(ours, "healthcare", "exchange.membership").analyst = kA;
    const dpi::ThreeWayResult result = dpi::mergeThreeWay(std::nullopt, ours, theirs, QStringLiteral("new.dpi.yaml"));
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.disagreements, 1);
    const dpi::Score *membership = cellOf(*result.project, "healthcare", "exchange.membership");
    ASSERT_EQ(membership->ratings.size(), 2u);
    EXPECT_EQ(membership->ratings[0].level, std::optional<int>(0));
    EXPECT_EQ(membership->ratings[1].level, std::optional<int>(3));
}

} // namespace
