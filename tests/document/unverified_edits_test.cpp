// Marking a score unverified (looked for, not found) through the edit:: verbs:
// one undo entry each, never a level, and what would settle it kept as text.

#include "document.h"
#include "scoreedits.h"
#include "scoring.h"
#include "testproject.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

class UnverifiedEdits : public ::testing::Test
{
protected:
    void SetUp() override { document.reset(dpitest::makeTestProject(), QStringLiteral("/tmp/unused.dpi.yaml")); }

    const CriterionResult *result(const ProjectResult &all) const
    {
        const FrameworkResult *framework = all.sector(cell.sectorId)->framework(cell.frameworkId);
        for (const DimensionResult &dimension : framework->dimensions) {
            for (const CriterionResult &criterion : dimension.criteria) {
                if (criterion.criterionId == cell.criterionId)
                    return &criterion;
            }
        }
        return nullptr;
    }

    Document document;
    // The critical criterion: level 0 would raise a red flag.
    const CellRef cell{QStringLiteral("education"), QStringLiteral("fw"), QStringLiteral("exchange.membership")};
};

} // namespace

TEST_F(UnverifiedEdits, MarkIsOneEntryAndReplacesALevel)
{
    ASSERT_TRUE(edit::setLevel(document, cell, 0));
    ASSERT_EQ(scoreProject(document.project()).sector(cell.sectorId)->redFlags.size(), 1u);

    ASSERT_TRUE(edit::setUnverified(document, cell));
    EXPECT_EQ(document.undoStack()->count(), 2);
    const Score *score = document.score(cell);
    ASSERT_NE(score, nullptr);
    EXPECT_TRUE(score->isUnverified());
    EXPECT_FALSE(score->level.has_value());
    EXPECT_FALSE(score->isScored());

    // No red flag, and counted apart from scored and unscored.
    const ProjectResult results = scoreProject(document.project());
    const SectorResult *sector = results.sector(cell.sectorId);
    EXPECT_TRUE(sector->redFlags.empty());
    EXPECT_EQ(sector->coverage.unverified, 1);
    EXPECT_EQ(sector->coverage.scored, 0);
    EXPECT_EQ(sector->coverage.unscored(), 2);
    EXPECT_TRUE(result(results)->unverified);
    EXPECT_FALSE(result(results)->percent.has_value());

    // Marking it again changes nothing; undo brings the level back.
    EXPECT_FALSE(edit::setUnverified(document, cell));
    document.undoStack()->undo();
    EXPECT_EQ(document.score(cell)->level, 0);
    EXPECT_FALSE(document.score(cell)->unverified);
    document.undoStack()->redo();
    EXPECT_TRUE(document.score(cell)->isUnverified());
}

TEST_F(UnverifiedEdits, LevelNotApplicableAndClearEndIt)
{
    ASSERT_TRUE(edit::setUnverified(document, cell));
    ASSERT_TRUE(edit::setLevel(document, cell, 2));
    EXPECT_FALSE(document.score(cell)->unverified);
    ASSERT_TRUE(edit::setUnverified(document, cell));
    ASSERT_TRUE(edit::setNotApplicable(document, cell));
    EXPECT_FALSE(document.score(cell)->unverified);
    EXPECT_TRUE(document.score(cell)->notApplicable);
    ASSERT_TRUE(edit::setUnverified(document, cell));
    ASSERT_TRUE(edit::clearLevel(document, cell));
    // Nothing else was in the score, so the cell is unscored and empty again.
    EXPECT_EQ(document.score(cell), nullptr);
    EXPECT_FALSE(edit::clearLevel(document, cell));
}

TEST_F(UnverifiedEdits, WhatWouldSettleItMergesWhileTyping)
{
    ASSERT_TRUE(edit::setUnverified(document, cell));
    EXPECT_TRUE(edit::setToVerify(document, cell, QStringLiteral("T")));
    EXPECT_TRUE(edit::setToVerify(document, cell, QStringLiteral("TLS")));
    EXPECT_TRUE(edit::setToVerify(document, cell, QStringLiteral("TLS scan of the login")));
    EXPECT_EQ(document.undoStack()->count(), 2);
    EXPECT_EQ(document.score(cell)->toVerify, QStringLiteral("TLS scan of the login"));

    // The text survives a later level: it records what was checked.
    ASSERT_TRUE(edit::setLevel(document, cell, 3));
    EXPECT_EQ(document.score(cell)->toVerify, QStringLiteral("TLS scan of the login"));

    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_TRUE(document.score(cell)->toVerify.isEmpty());
    EXPECT_TRUE(document.score(cell)->isUnverified());
}

TEST_F(UnverifiedEdits, UnknownCellIsRefused)
{
    CellRef unknown = cell;
    unknown.sectorId = QStringLiteral("transport");
    EXPECT_FALSE(edit::setUnverified(document, unknown));
    EXPECT_FALSE(edit::setToVerify(document, unknown, QStringLiteral("x")));
    EXPECT_EQ(document.undoStack()->count(), 0);
}
