#include "projectreader.h"
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

dpi::Project readTeamFixture()
{
    const auto result = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")));
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    return result.project.value_or(dpi::Project());
}

const dpi::Score &cell(const dpi::Project &project, const char *sector, const char *criterion)
{
    static const dpi::Score none;
    const dpi::Sector *found = project.findSector(QString::fromLatin1(sector));
    const dpi::Score *score = found ? found->score(QStringLiteral("mini-interop"), QString::fromLatin1(criterion)) : nullptr;
    EXPECT_NE(score, nullptr) << sector << " " << criterion;
    return score ? *score : none;
}

TEST(TeamRatings, ReadsEachAnalystsRatingBesideTheAgreedResult)
{
    const dpi::Project project = readTeamFixture();
    const dpi::Score &logs = cell(project, "education", "exchange.logs");
    EXPECT_EQ(logs.level, std::optional<int>(3));
    EXPECT_EQ(logs.reconciledBy, kA);
    EXPECT_EQ(logs.reconciledAt, QStringLiteral("2024-05-20T10:00:00Z"));
    ASSERT_EQ(logs.ratings.size(), 2u);
    EXPECT_EQ(logs.ratings[0].analyst, kA);
    EXPECT_EQ(logs.ratings[0].level, std::optional<int>(3));
    EXPECT_EQ(logs.ratings[0].confidence, dpi::Confidence::High);
    EXPECT_EQ(logs.ratings[0].notes, QStringLiteral("Logs are reviewed after each incident."));
    EXPECT_EQ(logs.ratings[1].analyst, kB);
    EXPECT_EQ(logs.ratings[1].level, std::optional<int>(2));
    EXPECT_EQ(logs.ratings[1].scoredAt, QStringLiteral("2024-05-11T09:40:00Z"));
    EXPECT_TRUE(logs.ratings[1].ratings.empty());

    const dpi::Score &membership = cell(project, "education", "exchange.membership");
    ASSERT_EQ(membership.ratings.size(), 2u);
    ASSERT_EQ(membership.ratings[0].evidence.size(), 1u);
    EXPECT_EQ(membership.ratings[0].evidence[0].url, QStringLiteral("https://tunduk.kg/"));

    EXPECT_EQ(dpi::projectAnalysts(project), QStringList({kA, kB}));
    EXPECT_TRUE(dpi::hasRatings(project));
}

TEST(TeamRatings, DisagreementIsAboutLevelsAndNotApplicableOnly)
{
    const dpi::Project project = readTeamFixture();
    // Same level, different confidence: they agree.
    EXPECT_FALSE(dpi::ratingsDisagree(cell(project, "education", "exchange.membership")));
    // Different levels, reconciled: still a disagreement, no longer open.
    const dpi::Score &logs = cell(project, "education", "exchange.logs");
    EXPECT_TRUE(dpi::ratingsDisagree(logs));
    EXPECT_FALSE(dpi::isOpenDisagreement(logs));
    // N/A against a level, nothing agreed: open.
    const dpi::Score &staff = cell(project, "education", "capacity.staff");
    EXPECT_TRUE(dpi::isOpenDisagreement(staff));
    EXPECT_FALSE(staff.isScored());
    // One rating only.
    EXPECT_FALSE(dpi::ratingsDisagree(cell(project, "healthcare", "exchange.membership")));

    // A rating without a level disagrees with no one.
    dpi::Score partial = staff;
    partial.ratings[0].notApplicable = false;
    EXPECT_FALSE(dpi::ratingsDisagree(partial));
    EXPECT_EQ(dpi::findRating(staff, kB)->level, std::optional<int>(1));
    EXPECT_EQ(dpi::findRating(staff, QStringLiteral("nobody")), nullptr);
    EXPECT_EQ(dpi::RatingValue::of(staff.ratings[0]).toString(), QStringLiteral("n/a"));
}

TEST(TeamRatings, OneAnalystFilesReadAsBefore)
{
    const auto mini = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    ASSERT_TRUE(mini.ok());
    EXPECT_FALSE(dpi::hasRatings(*mini.project));
    EXPECT_TRUE(dpi::projectAnalysts(*mini.project).isEmpty());
    // Nothing team-related is written for them either.
    const QByteArray saved = dpi::projectToYaml(*mini.project);
    EXPECT_FALSE(saved.contains("ratings:"));
    EXPECT_FALSE(saved.contains("reconciled"));
}

// Ratings are written after the agreed result, analyst first in each rating,
// so that a diff of a team file reads cell by cell, analyst by analyst.
TEST(TeamRatings, WriterKeepsTheRatingsReadableAndStable)
{
    const dpi::Project project = readTeamFixture();
    const QString saved = QString::fromUtf8(dpi::projectToYaml(project));
    const QString expected = QStringLiteral(
        "        exchange.logs:\n"
        "          level: 3\n"
        "          confidence: high\n"
        "          analyst: Sample analyst A\n"
        "          scored_at: 2024-05-20T10:00:00Z\n"
        "          reconciled_by: Sample analyst A\n"
        "          reconciled_at: 2024-05-20T10:00:00Z\n"
        "          ratings:\n"
        "            - analyst: Sample analyst A\n"
        "              level: 3\n"
        "              confidence: high\n"
        "              notes: Logs are reviewed after each incident.\n"
        "              scored_at: 2024-05-10T12:05:00Z\n"
        "            - analyst: Sample analyst B\n"
        "              level: 2\n");
    EXPECT_TRUE(saved.contains(expected)) << saved.toStdString();
    EXPECT_TRUE(saved.contains(QStringLiteral("            - analyst: Sample analyst A\n              level: n/a\n")));

    const auto again = dpi::readProjectText(saved.toUtf8(), QStringLiteral("saved.dpi.yaml"));
    ASSERT_TRUE(again.ok()) << again.diagnostics.toString().toStdString();
    EXPECT_EQ(*again.project, project);
    EXPECT_EQ(dpi::projectToYaml(*again.project), saved.toUtf8());
}

TEST(TeamRatings, RatingLevelsAreCheckedAgainstTheScale)
{
    const auto result = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("malformed/project-rating-level-off-scale.dpi.yaml")));
    ASSERT_EQ(result.diagnostics.items().size(), 1u);
    const dpi::Diagnostic &d = result.diagnostics.items().front();
    EXPECT_EQ(d.toString().section(QLatin1Char(':'), 1, 2), QStringLiteral("35:22"));
    // The good rating of the same cell is still read.
    const dpi::Score *score = result.project->sectors[0].score(QStringLiteral("bad"), QStringLiteral("c1"));
    ASSERT_NE(score, nullptr);
    ASSERT_EQ(score->ratings.size(), 2u);
    EXPECT_EQ(score->ratings[0].level, std::optional<int>(1));
    EXPECT_FALSE(score->ratings[1].level.has_value());
}

} // namespace

// Unverified ratings have no level: they disagree with no one, and when no
// analyst found anything the team's consensus is unverified, not unscored.
TEST(TeamRatings, UnverifiedRatingsAreNoLevel)
{
    dpi::Score a;
    a.analyst = kA;
    a.unverified = true;
    a.toVerify = QStringLiteral("The ministry's data-sharing agreement");
    dpi::Score b;
    b.analyst = kB;
    b.level = 2;
    dpi::Score cell;
    cell.ratings = {a, b};
    EXPECT_FALSE(dpi::ratingsDisagree(cell));
    EXPECT_EQ(dpi::RatingValue::of(a), dpi::RatingValue());
    // B's level is the only value given.
    const std::optional<dpi::Score> withLevel = dpi::consensusOf(cell.ratings);
    ASSERT_TRUE(withLevel.has_value());
    EXPECT_EQ(withLevel->level, std::optional<int>(2));
    EXPECT_FALSE(withLevel->unverified);

    b.level.reset();
    b.unverified = true;
    b.toVerify = QStringLiteral("A call with the operator");
    const std::optional<dpi::Score> none = dpi::consensusOf({a, b});
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->isUnverified());
    EXPECT_EQ(none->toVerify, QStringLiteral("The ministry's data-sharing agreement\n\nA call with the operator"));

    // Nothing said at all: still no consensus.
    dpi::Score empty;
    empty.analyst = kA;
    EXPECT_FALSE(dpi::consensusOf({empty}).has_value());
}
