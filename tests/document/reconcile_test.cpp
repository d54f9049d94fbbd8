// Reconciling an analysts' disagreement is one undo step that records who
// settled it and when (team assessments, tests/data/valid/team.dpi.yaml).
#include "document.h"
#include "scoreedits.h"
#include "teamratings.h"
#include "testpaths.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

class Reconcile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Diagnostics diagnostics;
        ASSERT_TRUE(document.load(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")), &diagnostics))
            << diagnostics.toString().toStdString();
        document.setAnalyst(QStringLiteral("Sample analyst B"));
    }

    const Score &score(const CellRef &cell) const
    {
        static const Score none;
        const Score *found = document.score(cell);
        return found ? *found : none;
    }

    Document document;
    const CellRef staff{QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("capacity.staff")};
    const CellRef logs{QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")};
};

TEST_F(Reconcile, SettingTheAgreedLevelIsOneUndoStep)
{
    ASSERT_TRUE(isOpenDisagreement(score(staff)));
    const Score before = score(staff);
    ASSERT_TRUE(edit::reconcile(document, staff, 1, true));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Reconcile at level 1"));
    const Score &after = score(staff);
    EXPECT_EQ(after.level, std::optional<int>(1));
    EXPECT_FALSE(isOpenDisagreement(after));
    EXPECT_EQ(after.reconciledBy, QStringLiteral("Sample analyst B"));
    EXPECT_FALSE(after.reconciledAt.isEmpty());
    EXPECT_EQ(after.reconciledAt, after.scoredAt);
    EXPECT_EQ(after.ratings, before.ratings); // the analysts' own ratings are never touched

    document.undoStack()->undo();
    EXPECT_EQ(score(staff), before);
    document.undoStack()->redo();
    EXPECT_EQ(score(staff).level, std::optional<int>(1));
    EXPECT_EQ(score(staff).reconciledBy, QStringLiteral("Sample analyst B"));
}

TEST_F(Reconcile, AsNotApplicableWithEveryAnalystsEvidence)
{
    // Give B some evidence first (a rating is data, edited here directly).
    Project project = document.project();
    project.sectors[0].scores[QStringLiteral("mini-interop")][QStringLiteral("capacity.staff")].ratings[1].evidence.push_back(
        {QStringLiteral("Staff list"), QString(), QString()});
    document.reset(project);
    ASSERT_TRUE(edit::reconcile(document, staff, std::nullopt, true));
    EXPECT_TRUE(score(staff).notApplicable);
    ASSERT_EQ(score(staff).evidence.size(), 1u);
    EXPECT_EQ(score(staff).evidence[0].text, QStringLiteral("Staff list"));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Reconcile as not applicable"));
}

TEST_F(Reconcile, TakesTheLowestConfidenceOfThoseWhoGaveTheLevel)
{
    // exchange.logs: A 3 (high), B 2 (medium); agreed 3 (high) already set.
    Project project = document.project();
    project.sectors[0].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")].confidence = Confidence::Unset;
    document.reset(project);
    ASSERT_TRUE(edit::reconcile(document, logs, 2, false));
    EXPECT_EQ(score(logs).confidence, Confidence::Medium);
    EXPECT_TRUE(score(logs).evidence.empty());
}

TEST_F(Reconcile, RefusedWithoutAnAnalystNameOrOffTheScale)
{
    EXPECT_FALSE(edit::reconcile(document, staff, 7, false));
    document.setAnalyst(QString());
    EXPECT_FALSE(edit::reconcile(document, staff, 1, false));
    EXPECT_EQ(document.undoStack()->count(), 0);
    // A cell without ratings is not reconciled, just scored.
    document.setAnalyst(QStringLiteral("Sample analyst A"));
    EXPECT_FALSE(edit::reconcile(document, {QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")}, 1, false));
}

TEST_F(Reconcile, OrdinaryLevelEditsOfADisagreementRecordTheReconciliation)
{
    ASSERT_TRUE(edit::setLevel(document, staff, 0));
    EXPECT_EQ(score(staff).reconciledBy, QStringLiteral("Sample analyst B"));
    ASSERT_TRUE(edit::clearLevel(document, staff));
    EXPECT_TRUE(score(staff).reconciledBy.isEmpty());
    EXPECT_TRUE(isOpenDisagreement(score(staff)));
    // Where the analysts agree, a level edit is just a level edit.
    const CellRef membership{QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")};
    ASSERT_TRUE(edit::setLevel(document, membership, 3));
    EXPECT_TRUE(score(membership).reconciledBy.isEmpty());
}

} // namespace
