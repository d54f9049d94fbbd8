// A project names its previous round (`previous_round`): read with positioned
// errors, written back unchanged, resolved and read from disk without ever
// failing hard, and compared with hand-computed deltas (roundfixture.h).
#include "previousround.h"
#include "progresscontext.h"
#include "projectreader.h"
#include "roundcomparison.h"
#include "roundfixture.h"
#include "scoring.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QVariantList>

#include <gtest/gtest.h>

namespace {

dpi::ProjectReadResult readWithPreviousRound(const QByteArray &value)
{
    return dpi::readProjectText("schema: dpi-workbench/project/1\ntitle: P\nprevious_round: " + value + "\n",
                                QStringLiteral("p.dpi.yaml"));
}

QString firstError(const dpi::ProjectReadResult &read)
{
    for (const dpi::Diagnostic &diagnostic : read.diagnostics.items()) {
        if (diagnostic.severity == dpi::Severity::Error)
            return diagnostic.toString();
    }
    return {};
}

} // namespace

TEST(PreviousRound, IsReadAndWrittenBackAfterTheNotice)
{
    const dpi::ProjectReadResult read = readWithPreviousRound("\"../2024/kyrgyzstan-dpi-2024.dpi.yaml\"");
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    EXPECT_EQ(read.project->metadata.previousRound, QStringLiteral("../2024/kyrgyzstan-dpi-2024.dpi.yaml"));

    const QByteArray written = dpi::projectToYaml(*read.project);
    EXPECT_TRUE(written.contains("\nprevious_round: ../2024/kyrgyzstan-dpi-2024.dpi.yaml\n")) << written.toStdString();
    const dpi::ProjectReadResult again = dpi::readProjectText(written, QStringLiteral("again.dpi.yaml"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again.project, *read.project);
    EXPECT_EQ(dpi::projectToYaml(*again.project), written);

    // Without one, nothing is written.
    dpi::Project none = *read.project;
    none.metadata.previousRound.clear();
    EXPECT_FALSE(dpi::projectToYaml(none).contains("previous_round"));
}

TEST(PreviousRound, BadValuesArePositionedErrors)
{
    EXPECT_EQ(firstError(readWithPreviousRound("/home/a/old.dpi.yaml")),
              QStringLiteral("p.dpi.yaml:3:17: error: 'previous_round' must be a path relative to this file, not an "
                             "absolute path ('/home/a/old.dpi.yaml')"));
    EXPECT_TRUE(firstError(readWithPreviousRound("\"C:/rounds/old.dpi.yaml\"")).contains(QStringLiteral("not an absolute path")));
    EXPECT_TRUE(firstError(readWithPreviousRound("https://example.org/old.dpi.yaml")).contains(QStringLiteral("not a URL")));
    EXPECT_TRUE(firstError(readWithPreviousRound("'..\\old.dpi.yaml'")).contains(QStringLiteral("must use '/'")));
    EXPECT_EQ(firstError(readWithPreviousRound("old.owm")),
              QStringLiteral("p.dpi.yaml:3:17: error: 'previous_round' must name a project file ending in .dpi.yaml, "
                             "not 'old.owm'"));
    EXPECT_TRUE(firstError(readWithPreviousRound("''")).contains(QStringLiteral("not nothing")));
    EXPECT_TRUE(firstError(readWithPreviousRound("[a.dpi.yaml]")).startsWith(QStringLiteral("p.dpi.yaml:3:17: error:")));
    // A refused value is not kept.
    EXPECT_TRUE(readWithPreviousRound("old.owm").project->metadata.previousRound.isEmpty());
}

TEST(PreviousRound, LoadsRelativeToTheProjectFile)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    const dpi::PreviousRoundFile file = dpi::loadPreviousRound(QStringLiteral("before.dpi.yaml"), fixture.afterPath);
    ASSERT_TRUE(file.isLoaded()) << file.problem.toStdString();
    EXPECT_TRUE(file.problem.isEmpty());
    EXPECT_EQ(file.path, fixture.beforePath);
    EXPECT_EQ(file.project->metadata.period, QStringLiteral("2024"));
}

TEST(PreviousRound, ProblemsAreSentencesNeverCrashes)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());

    const dpi::PreviousRoundFile missing = dpi::loadPreviousRound(QStringLiteral("gone.dpi.yaml"), fixture.afterPath);
    EXPECT_FALSE(missing.isLoaded());
    EXPECT_TRUE(missing.problem.startsWith(QStringLiteral("the previous round 'gone.dpi.yaml' was not found (looked for ")))
        << missing.problem.toStdString();

    const QString broken = dir.filePath(QStringLiteral("broken.dpi.yaml"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("schema: dpi-workbench/project/1\ntitle: [unclosed\n");
    file.close();
    const dpi::PreviousRoundFile unreadable = dpi::loadPreviousRound(QStringLiteral("broken.dpi.yaml"), fixture.afterPath);
    EXPECT_FALSE(unreadable.isLoaded());
    EXPECT_TRUE(unreadable.problem.startsWith(QStringLiteral("the previous round 'broken.dpi.yaml' cannot be read: ")
                                              + broken + QStringLiteral(":")))
        << unreadable.problem.toStdString();

    const dpi::PreviousRoundFile unsaved = dpi::loadPreviousRound(QStringLiteral("before.dpi.yaml"), QString());
    EXPECT_TRUE(unsaved.problem.contains(QStringLiteral("has not been saved yet")));

    const dpi::PreviousRoundFile itself = dpi::loadPreviousRound(QStringLiteral("after.dpi.yaml"), fixture.afterPath);
    EXPECT_EQ(itself.problem, QStringLiteral("the previous round 'after.dpi.yaml' is this project itself"));

    const dpi::PreviousRoundFile absolute = dpi::loadPreviousRound(fixture.beforePath, fixture.afterPath);
    EXPECT_FALSE(absolute.isLoaded());
    EXPECT_TRUE(absolute.problem.contains(QStringLiteral("not an absolute path")));
}

// The deltas of roundfixture.h, computed by hand there.
TEST(PreviousRound, FixtureComparisonMatchesHandComputedDeltas)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    const dpi::ProjectReadResult after = dpi::readProjectFile(fixture.afterPath);
    ASSERT_TRUE(after.ok());
    const dpi::PreviousRoundFile before = dpi::loadPreviousRound(after.project->metadata.previousRound, fixture.afterPath);
    ASSERT_TRUE(before.isLoaded());

    // Scored once each, and the same comparison as the two-argument form.
    const dpi::ProjectResult beforeResult = dpi::scoreProject(*before.project);
    const dpi::ProjectResult afterResult = dpi::scoreProject(*after.project);
    const dpi::RoundComparison comparison =
        dpi::compareRounds(*before.project, beforeResult, *after.project, afterResult);
    EXPECT_EQ(dpi::comparisonAsJson(comparison), dpi::comparisonAsJson(dpi::compareRounds(*before.project, *after.project)));

    ASSERT_EQ(comparison.changes.size(), 4u);
    // Sorted by sector, framework, criterion.
    EXPECT_EQ(comparison.changes[0].criterionId, QStringLiteral("exchange.logs"));
    EXPECT_EQ(comparison.changes[0].trend(), dpi::CellChange::Trend::Down);          // education 3 -> 2
    EXPECT_EQ(comparison.changes[1].trend(), dpi::CellChange::Trend::Up);            // education membership 2 -> 3
    EXPECT_EQ(comparison.changes[2].after.text(), QStringLiteral("unverified"));    // healthcare logs 4 -> unverified
    EXPECT_EQ(comparison.changes[2].trend(), dpi::CellChange::Trend::Other);
    EXPECT_EQ(comparison.changes[3].trend(), dpi::CellChange::Trend::Up);            // healthcare membership 0 -> 1

    const dpi::SectorChange *education = comparison.sector(QStringLiteral("education"));
    ASSERT_NE(education, nullptr);
    EXPECT_NEAR(*education->overall.before, 175.0 / 3, 1e-9);  // 58.33
    EXPECT_NEAR(*education->overall.after, 200.0 / 3, 1e-9);   // 66.67
    EXPECT_NEAR(*education->overall.deltaPp(), 25.0 / 3, 1e-9); // +8.33 pp
    const dpi::SectorChange *health = comparison.sector(QStringLiteral("healthcare"));
    ASSERT_NE(health, nullptr);
    EXPECT_NEAR(*health->overall.before, 350.0 / 9, 1e-9);     // 38.89
    EXPECT_NEAR(*health->overall.after, 100.0 / 3, 1e-9);      // 33.33
    EXPECT_NEAR(*health->overall.deltaPp(), -50.0 / 9, 1e-9);  // -5.56 pp
    EXPECT_NEAR(*health->frameworks[0].dimensions[0].percent.deltaPp(), -25.0 / 3, 1e-9); // exchange -8.33 pp
    EXPECT_NEAR(*health->frameworks[0].dimensions[1].percent.deltaPp(), 0.0, 1e-9);       // capacity 50 -> 50
    EXPECT_EQ(health->unverifiedAfter, 1);
    ASSERT_EQ(health->redFlagsResolved.size(), 1u);
    EXPECT_EQ(health->redFlagsResolved[0].criterionId, QStringLiteral("exchange.membership"));
}

TEST(PreviousRound, ProgressContextIsTheComparisonInWords)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    const dpi::Project before = *dpi::readProjectFile(fixture.beforePath).project;
    const dpi::Project after = *dpi::readProjectFile(fixture.afterPath).project;
    const std::map<QString, QString> labels{{QStringLiteral("unverified"), QStringLiteral("unverified")},
                                            {QStringLiteral("progress_evolution"), QStringLiteral("evolution")}};
    const QVariantMap progress =
        dpi::progressContext(before, after, dpi::compareRounds(before, after), QStringLiteral("en"), labels);

    EXPECT_EQ(progress.value(QStringLiteral("previous_period")).toString(), QStringLiteral("2024"));
    EXPECT_EQ(progress.value(QStringLiteral("period")).toString(), QStringLiteral("2025"));
    const QVariantList sectors = progress.value(QStringLiteral("sectors")).toList();
    ASSERT_EQ(sectors.size(), 2);
    EXPECT_EQ(sectors[0].toMap().value(QStringLiteral("before")).toString(), QStringLiteral("58.3"));
    EXPECT_EQ(sectors[0].toMap().value(QStringLiteral("after")).toString(), QStringLiteral("66.7"));
    EXPECT_EQ(sectors[0].toMap().value(QStringLiteral("delta")).toString(), QStringLiteral("+8.3"));
    EXPECT_EQ(sectors[1].toMap().value(QStringLiteral("delta")).toString(), QStringLiteral("\u22125.6"));
    EXPECT_TRUE(sectors[1].toMap().value(QStringLiteral("declined")).toBool());

    // All four cells moved their level (a level that became unverified too).
    const QVariantList changes = progress.value(QStringLiteral("key_changes")).toList();
    ASSERT_EQ(changes.size(), 4);
    EXPECT_EQ(changes[0].toMap().value(QStringLiteral("old")).toString(), QStringLiteral("3"));
    EXPECT_EQ(changes[0].toMap().value(QStringLiteral("new")).toString(), QStringLiteral("2"));
    EXPECT_TRUE(changes[0].toMap().value(QStringLiteral("down")).toBool());
    EXPECT_EQ(changes[2].toMap().value(QStringLiteral("new")).toString(), QStringLiteral("unverified"));
    EXPECT_FALSE(changes[2].toMap().value(QStringLiteral("down")).toBool());

    // Capacity did not move in healthcare and is N/A in education: one dimension each way.
    const QVariantList improved = progress.value(QStringLiteral("improved")).toList();
    const QVariantList declined = progress.value(QStringLiteral("declined")).toList();
    ASSERT_EQ(improved.size(), 1);
    ASSERT_EQ(declined.size(), 1);
    EXPECT_EQ(improved[0].toMap().value(QStringLiteral("sector_title")).toString(), QStringLiteral("Education"));
    EXPECT_EQ(improved[0].toMap().value(QStringLiteral("delta")).toString(), QStringLiteral("+8.3"));
    EXPECT_EQ(declined[0].toMap().value(QStringLiteral("delta")).toString(), QStringLiteral("\u22128.3"));

    EXPECT_EQ(progress.value(QStringLiteral("resolved_flags")).toList().size(), 1);
    EXPECT_TRUE(progress.value(QStringLiteral("new_flags")).toList().isEmpty());

    const QVariantList maps = progress.value(QStringLiteral("maps")).toList();
    ASSERT_EQ(maps.size(), 1);
    const QVariantMap map = maps[0].toMap();
    EXPECT_EQ(map.value(QStringLiteral("object")).toString(), QStringLiteral("mapdiff:platform"));
    const QVariantList moved = map.value(QStringLiteral("moved")).toList();
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved[0].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Exchange layer"));
    EXPECT_EQ(moved[0].toMap().value(QStringLiteral("movement")).toString(), QStringLiteral("evolution 0.40 \u2192 0.55"));
    EXPECT_EQ(map.value(QStringLiteral("added")).toList().size(), 1);
    EXPECT_EQ(map.value(QStringLiteral("removed")).toList().size(), 1);
}

// The illustrative follow-up names the 2024 sample, which it can be compared with.
TEST(PreviousRound, FollowUpExampleNamesTheSample)
{
    const QString path = dpitest::sourcePath(
        QStringLiteral("assessments/examples/follow-up-2025/kyrgyzstan-dpi-2025.dpi.yaml"));
    const dpi::ProjectReadResult read = dpi::readProjectFile(path);
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    EXPECT_EQ(read.project->metadata.previousRound, QStringLiteral("../../kyrgyzstan-dpi-2024.dpi.yaml"));
    const dpi::PreviousRoundFile sample = dpi::loadPreviousRound(read.project->metadata.previousRound, path);
    ASSERT_TRUE(sample.isLoaded()) << sample.problem.toStdString();
    EXPECT_EQ(sample.project->metadata.period, QStringLiteral("2024"));
}
