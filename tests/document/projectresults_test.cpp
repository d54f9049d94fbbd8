#include "document.h"
#include "projectresults.h"
#include "scoreedits.h"
#include "testproject.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <optional>

using namespace dpi;

namespace {

const CellRef kMembership{QStringLiteral("education"), QStringLiteral("fw"), QStringLiteral("exchange.membership")};

std::optional<double> educationOverall(const ProjectResult &result)
{
    const SectorResult *sector = result.sector(QStringLiteral("education"));
    return sector ? sector->overall : std::nullopt;
}

} // namespace

TEST(ProjectResults, OnePerDocumentOwnedByIt)
{
    Document document;
    ProjectResults *results = ProjectResults::of(&document);
    EXPECT_EQ(ProjectResults::of(&document), results);
    EXPECT_EQ(results->parent(), &document);
    Document other;
    EXPECT_NE(ProjectResults::of(&other), results);
}

// scoreProject() runs once per edit that can move a number, and its signals
// come after the numbers are current, so that no consumer reads stale ones.
TEST(ProjectResults, ScoresOncePerChangeThatMovesANumber)
{
    Document document;
    ProjectResults *results = ProjectResults::of(&document);
    int changed = 0;
    std::vector<std::optional<double>> seenWithScoreChanged;
    QObject::connect(results, &ProjectResults::changed, results, [&changed] { ++changed; });
    QObject::connect(results, &ProjectResults::scoreChanged, results, [&](const CellRef &cell, ScoreFields) {
        EXPECT_EQ(cell, kMembership);
        seenWithScoreChanged.push_back(educationOverall(results->result()));
    });

    int runs = results->scoringRuns();
    document.reset(dpitest::makeTestProject());
    EXPECT_EQ(results->scoringRuns(), runs + 1);
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(results->result().sectors.size(), 2u);
    EXPECT_FALSE(educationOverall(results->result()).has_value());

    runs = results->scoringRuns();
    ASSERT_TRUE(edit::setLevel(document, kMembership, 4));
    EXPECT_EQ(results->scoringRuns(), runs + 1);
    EXPECT_EQ(changed, 2);
    ASSERT_EQ(seenWithScoreChanged.size(), 1u);
    EXPECT_EQ(seenWithScoreChanged.back(), std::optional<double>(100.0)) << "scoreChanged comes after the rescoring";
    EXPECT_EQ(educationOverall(results->result()), educationOverall(scoreProject(document.project())));

    // Notes and evidence move no number: no scoring, but the cell's signal still comes.
    runs = results->scoringRuns();
    ASSERT_TRUE(edit::setNotes(document, kMembership, QStringLiteral("seen in the catalogue")));
    ASSERT_TRUE(edit::addEvidence(document, kMembership, {QStringLiteral("Member list"), {}, {}}));
    EXPECT_EQ(results->scoringRuns(), runs);
    EXPECT_EQ(changed, 2);
    EXPECT_EQ(seenWithScoreChanged.size(), 3u);

    ASSERT_TRUE(edit::setConfidence(document, kMembership, Confidence::High));
    EXPECT_EQ(results->scoringRuns(), runs + 1);
    EXPECT_EQ(results->result().sector(QStringLiteral("education"))->confidence.high, 1);

    // Undo is a change like any other.
    runs = results->scoringRuns();
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    EXPECT_FALSE(educationOverall(results->result()).has_value());
    EXPECT_EQ(results->scoringRuns(), runs + 2) << "the level and the confidence edit; notes and evidence score nothing";
}
