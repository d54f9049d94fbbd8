// The open project's previous round: set and cleared through roundedit::
// (one undo entry each), read by PreviousRoundResults when it changes, and
// compared again after every edit that moves a number, on the results the
// app already has (roundfixture.h holds the hand-computed deltas).
#include "document.h"
#include "previousroundresults.h"
#include "projectresults.h"
#include "roundedits.h"
#include "roundfixture.h"
#include "scoreedits.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

const CellRef kEducationMembership{QStringLiteral("education"), QStringLiteral("mini-interop"),
                                   QStringLiteral("exchange.membership")};
const CellRef kEducationLogs{QStringLiteral("education"), QStringLiteral("mini-interop"),
                             QStringLiteral("exchange.logs")};
const CellRef kHealthLogs{QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")};
const CellRef kHealthStaff{QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("capacity.staff")};

} // namespace

TEST(PreviousRoundDocument, ReadsTheNamedRoundAndMarksChangedCells)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    Document document;
    Diagnostics diagnostics;
    ASSERT_TRUE(document.load(fixture.afterPath, &diagnostics)) << diagnostics.toString().toStdString();
    const PreviousRoundResults *previous = PreviousRoundResults::of(&document);
    EXPECT_EQ(PreviousRoundResults::of(&document), previous);
    ASSERT_TRUE(previous->isLoaded()) << previous->problem().toStdString();
    EXPECT_EQ(previous->path(), fixture.beforePath);
    EXPECT_EQ(previous->comparison().changes.size(), 4u);

    const CellChange *down = previous->change(kEducationLogs);
    ASSERT_NE(down, nullptr);
    EXPECT_EQ(down->trend(), CellChange::Trend::Down);
    EXPECT_EQ(previous->change(kEducationMembership)->trend(), CellChange::Trend::Up);
    EXPECT_EQ(previous->change(kHealthLogs)->trend(), CellChange::Trend::Other);
    EXPECT_EQ(previous->change(kHealthStaff), nullptr);
    // education +8.33 pp, healthcare -5.56 pp (roundfixture.h).
    EXPECT_NEAR(*previous->comparison().sector(QStringLiteral("education"))->overall.deltaPp(), 25.0 / 3, 1e-9);
    EXPECT_NEAR(*previous->comparison().sector(QStringLiteral("healthcare"))->overall.deltaPp(), -50.0 / 9, 1e-9);
}

TEST(PreviousRoundDocument, AnEditIsComparedAgainWithoutScoringTwice)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    Document document;
    ASSERT_TRUE(document.load(fixture.afterPath, nullptr));
    const PreviousRoundResults *previous = PreviousRoundResults::of(&document);
    const ProjectResults *results = ProjectResults::of(&document);
    int changed = 0;
    QObject::connect(previous, &PreviousRoundResults::changed, &document, [&changed] { ++changed; });
    const int runs = results->scoringRuns();

    // Healthcare's staff 2 -> 3: capacity 50 -> 75, so healthcare overall
    // (25*2 + 75)/3 = 41.67 against 38.89 before: +2.78 pp.
    ASSERT_TRUE(edit::setLevel(document, kHealthStaff, 3));
    EXPECT_EQ(results->scoringRuns(), runs + 1);
    EXPECT_EQ(changed, 1);
    ASSERT_NE(previous->change(kHealthStaff), nullptr);
    EXPECT_EQ(previous->change(kHealthStaff)->trend(), CellChange::Trend::Up);
    EXPECT_NEAR(*previous->comparison().sector(QStringLiteral("healthcare"))->overall.deltaPp(), 125.0 / 3 - 350.0 / 9,
                1e-9);

    // Back to level 2: the cell is no longer a change.
    document.undoStack()->undo();
    EXPECT_EQ(previous->change(kHealthStaff), nullptr);
}

TEST(PreviousRoundDocument, SettingItIsOneUndoEntryAndReadsTheRound)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    Document document;
    ASSERT_TRUE(document.load(fixture.afterPath, nullptr));
    const PreviousRoundResults *previous = PreviousRoundResults::of(&document);

    // Removing it: nothing compared, nothing marked.
    ASSERT_TRUE(roundedit::setPreviousRound(document, QString()));
    EXPECT_TRUE(document.project().metadata.previousRound.isEmpty());
    EXPECT_FALSE(previous->isNamed());
    EXPECT_FALSE(previous->isLoaded());
    EXPECT_TRUE(previous->problem().isEmpty());
    EXPECT_EQ(previous->change(kEducationLogs), nullptr);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Remove Previous Round"));

    document.undoStack()->undo();
    EXPECT_EQ(document.project().metadata.previousRound, QStringLiteral("before.dpi.yaml"));
    EXPECT_TRUE(previous->isLoaded());
    EXPECT_NE(previous->change(kEducationLogs), nullptr);
    EXPECT_FALSE(document.isModified());

    // The same value again pushes nothing; a bad one is refused with the reason.
    EXPECT_FALSE(roundedit::setPreviousRound(document, QStringLiteral("before.dpi.yaml")));
    QString error;
    EXPECT_FALSE(roundedit::setPreviousRound(document, QStringLiteral("/tmp/x.dpi.yaml"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an absolute path")));
    EXPECT_EQ(document.undoStack()->count(), 1);

    // A file chosen anywhere is stored relative to the project's file.
    ASSERT_TRUE(roundedit::setPreviousRound(document, QString()));
    ASSERT_TRUE(roundedit::setPreviousRoundFile(document, fixture.beforePath));
    EXPECT_EQ(document.project().metadata.previousRound, QStringLiteral("before.dpi.yaml"));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Set Previous Round"));
    EXPECT_TRUE(previous->isLoaded());
}

TEST(PreviousRoundDocument, AMissingRoundIsAProblemNotAFailure)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    Document document;
    ASSERT_TRUE(document.load(fixture.afterPath, nullptr));
    const PreviousRoundResults *previous = PreviousRoundResults::of(&document);
    ASSERT_TRUE(roundedit::setPreviousRound(document, QStringLiteral("old/none.dpi.yaml")));
    EXPECT_TRUE(previous->isNamed());
    EXPECT_FALSE(previous->isLoaded());
    EXPECT_TRUE(previous->problem().contains(QStringLiteral("'old/none.dpi.yaml' was not found")));
    EXPECT_TRUE(previous->comparison().changes.empty());
    EXPECT_EQ(previous->project(), nullptr);
    // Editing goes on as usual.
    EXPECT_TRUE(edit::setLevel(document, kHealthStaff, 4));

    // An unsaved project cannot resolve a relative path, and cannot store a file either.
    Document fresh;
    fresh.reset(document.project());
    EXPECT_TRUE(PreviousRoundResults::of(&fresh)->problem().contains(QStringLiteral("has not been saved yet")));
    QString error;
    EXPECT_FALSE(roundedit::setPreviousRoundFile(fresh, fixture.beforePath, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Save the project first")));
}
