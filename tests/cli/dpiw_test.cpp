#include "dpiwrunner.h"
#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QJsonObject sectorJson(const QJsonDocument &doc, const QString &id)
{
    for (const QJsonValue &value : doc.object().value(QStringLiteral("sectors")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST(DpiwCli, VersionAndHelp)
{
    const DpiwRun version = runDpiw({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(DPIW_VERSION)));

    const DpiwRun help = runDpiw({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("validate")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("score")));

    for (const char *command : {"validate", "score", "diff", "compare", "upgrade", "report", "map"}) {
        const DpiwRun commandHelp = runDpiw({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(commandHelp.exitCode, 0) << command;
        EXPECT_TRUE(commandHelp.out.contains(QStringLiteral("usage:"), Qt::CaseInsensitive)) << command;
    }
}

TEST(DpiwCli, BadUsageExitsWithTwo)
{
    EXPECT_EQ(runDpiw({}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("validate")}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("score")}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("score"), dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")),
                       QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("validate"), QStringLiteral("--no-such-option"), QStringLiteral("x")}).exitCode, 2);
}

TEST(DpiwCli, ValidateAcceptsValidFrameworkAndProject)
{
    const DpiwRun run = runDpiw({QStringLiteral("validate"), dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")),
                                 dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("framework mini-interop@1.0.0, 2 dimensions, 3 criteria")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("project, 1 frameworks, 2 sectors")));
}

TEST(DpiwCli, ValidateReportsEveryProblemWithPosition)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.framework.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // Two independent problems: a non-numeric weight (line 9) and a rubric
    // level outside the scale (line 17).
    file.write("schema: dpi-workbench/framework/1\n"
               "id: broken\n"
               "version: 1.0.0\n"
               "title: Broken\n"
               "scale:\n"
               "  levels: [{value: 0, label: No}, {value: 1, label: Yes}]\n"
               "dimensions:\n"
               "  - id: d\n"
               "    weight: heavy\n"
               "    title: D\n"
               "    criteria:\n"
               "      - id: d.c\n"
               "        title: C\n"
               "        question: Q?\n"
               "        rubric:\n"
               "          0: no\n"
               "          7: never\n"
               "        references: [{url: x}]\n");
    file.close();

    const DpiwRun run = runDpiw({QStringLiteral("validate"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(path + QStringLiteral(":9:13: error:"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(path + QStringLiteral(":17:11: error:"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("FAILED")));
}

TEST(DpiwCli, ValidateRefusesUnknownFiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("hello: world\n");
    file.close();
    const DpiwRun run = runDpiw({QStringLiteral("validate"), path, QStringLiteral("/no/such/file.yaml")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(path + QStringLiteral(":1:1: error: not a DPI Workbench file")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("/no/such/file.yaml:0:0: error: cannot open file")));
}

// Expected numbers are computed by hand from tests/data/valid/mini.dpi.yaml:
// education: exchange = (2 x 50 + 1 x 75) / 3 = 58.33; capacity is N/A.
// healthcare: exchange = (2 x 0 + 1 x 100) / 3 = 33.33 (under the cap of 50),
// capacity = 50; framework = (2 x 33.33 + 1 x 50) / 3 = 38.89; one red flag.
TEST(DpiwCli, ScoreJsonMatchesHandCalculation)
{
    const DpiwRun run = runDpiw({QStringLiteral("score"), dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    ASSERT_TRUE(doc.isObject());

    const QJsonObject education = sectorJson(doc, QStringLiteral("education"));
    EXPECT_DOUBLE_EQ(education.value(QStringLiteral("overall")).toDouble(), 58.3);
    EXPECT_EQ(education.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("not_applicable")).toInt(), 1);
    EXPECT_TRUE(education.value(QStringLiteral("red_flags")).toArray().isEmpty());

    const QJsonObject health = sectorJson(doc, QStringLiteral("healthcare"));
    EXPECT_DOUBLE_EQ(health.value(QStringLiteral("overall")).toDouble(), 38.9);
    const QJsonArray flags = health.value(QStringLiteral("red_flags")).toArray();
    ASSERT_EQ(flags.size(), 1);
    EXPECT_EQ(flags[0].toObject().value(QStringLiteral("criterion")).toString(), QStringLiteral("exchange.membership"));
    const QJsonArray dimensions = health.value(QStringLiteral("frameworks")).toArray()[0].toObject()
                                      .value(QStringLiteral("dimensions")).toArray();
    EXPECT_DOUBLE_EQ(dimensions[0].toObject().value(QStringLiteral("percent")).toDouble(), 33.3);
    EXPECT_DOUBLE_EQ(dimensions[1].toObject().value(QStringLiteral("percent")).toDouble(), 50.0);
}

TEST(DpiwCli, ScoreTableAndCsvCarryTheSameNumbers)
{
    const QString project = dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml"));
    const DpiwRun table = runDpiw({QStringLiteral("score"), project});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("overall readiness  58.3 %")));
    EXPECT_TRUE(table.out.contains(QStringLiteral("overall readiness  38.9 %")));

    const DpiwRun csv = runDpiw({QStringLiteral("score"), project, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.front().startsWith(QStringLiteral("sector,framework,dimension,title,percent")));
    EXPECT_TRUE(lines.contains(QStringLiteral("education,,,Education,58.3,100.0,2,2,1,0,0")));
    EXPECT_TRUE(lines.contains(QStringLiteral("healthcare,,,Healthcare,38.9,100.0,3,3,0,1,0")));

    const DpiwRun russian = runDpiw({QStringLiteral("score"), project, QStringLiteral("--lang"), QStringLiteral("ru")});
    EXPECT_TRUE(russian.out.contains(QStringLiteral("Образование (education)")));
}

TEST(DpiwCli, ScoreRefusesABrokenProject)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.dpi.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("schema: dpi-workbench/project/1\ntitle: [unclosed\n");
    file.close();
    const DpiwRun run = runDpiw({QStringLiteral("score"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(path + QStringLiteral(":"))) << run.err.toStdString();
}

TEST(DpiwCli, DiffPrintsChangesAndExitsOneWhenDifferent)
{
    const QString v1 = dpitest::dataPath(QStringLiteral("diff/v1.framework.yaml"));
    const QString v2 = dpitest::dataPath(QStringLiteral("diff/v2.framework.yaml"));
    const DpiwRun same = runDpiw({QStringLiteral("diff"), v1, v1});
    EXPECT_EQ(same.exitCode, 0);
    EXPECT_TRUE(same.out.contains(QStringLiteral("(no changes)")));

    const DpiwRun text = runDpiw({QStringLiteral("diff"), v1, v2});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains(QStringLiteral("~ criterion exchange.logs renamed to exchange.message-logs")));

    const DpiwRun json = runDpiw({QStringLiteral("diff"), v1, v2, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_TRUE(QJsonDocument::fromJson(json.out.toUtf8()).object().contains(QStringLiteral("changes")));

    EXPECT_EQ(runDpiw({QStringLiteral("diff"), v1}).exitCode, 2);
}

TEST(DpiwCli, UpgradeIsADryRunUntilApplied)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("mini.dpi.yaml"));
    ASSERT_TRUE(QFile::copy(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")), project));
    QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    const QString v2 = dpitest::dataPath(QStringLiteral("diff/v2.framework.yaml"));

    QFile original(project);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    const DpiwRun dry = runDpiw({QStringLiteral("upgrade"), project, QStringLiteral("--framework"), v2});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("scores moved to the archive: 2")));
    QFile unchanged(project);
    ASSERT_TRUE(unchanged.open(QIODevice::ReadOnly));
    EXPECT_EQ(unchanged.readAll(), before);
    unchanged.close();

    const DpiwRun applied = runDpiw({QStringLiteral("upgrade"), project, QStringLiteral("--framework"), v2, QStringLiteral("--apply")});
    EXPECT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    const DpiwRun validate = runDpiw({QStringLiteral("validate"), project});
    EXPECT_EQ(validate.exitCode, 0) << validate.err.toStdString();
    const DpiwRun again = runDpiw({QStringLiteral("upgrade"), project, QStringLiteral("--framework"), v2});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("not newer")));
}

// tests/data/valid/full.dpi.yaml marks education's exchange.logs unverified.
TEST(DpiwCli, ScoreCountsUnverifiedApartFromScoredAndUnscored)
{
    const QString project = dpitest::dataPath(QStringLiteral("valid/full.dpi.yaml"));
    const DpiwRun json = runDpiw({QStringLiteral("score"), project, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject education = sectorJson(QJsonDocument::fromJson(json.out.toUtf8()), QStringLiteral("education"));
    const QJsonObject coverage = education.value(QStringLiteral("coverage")).toObject();
    EXPECT_EQ(coverage.value(QStringLiteral("unverified")).toInt(), 1);
    EXPECT_EQ(coverage.value(QStringLiteral("scored")).toInt() + coverage.value(QStringLiteral("unverified")).toInt()
                  + coverage.value(QStringLiteral("unscored")).toInt()
                  + coverage.value(QStringLiteral("not_applicable")).toInt(),
              coverage.value(QStringLiteral("total")).toInt());
    const QJsonObject mini = education.value(QStringLiteral("frameworks")).toArray()[0].toObject();
    EXPECT_EQ(mini.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("unverified")).toInt(), 1);

    const DpiwRun table = runDpiw({QStringLiteral("score"), project});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral(" applicable scored, 1 unverified, 1 N/A)"))) << table.out.toStdString();

    const DpiwRun csv = runDpiw({QStringLiteral("score"), project, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.front().endsWith(QStringLiteral(",red_flags,unverified")));
    bool found = false;
    for (const QString &line : lines)
        found = found || (line.startsWith(QStringLiteral("education,mini-interop,,")) && line.endsWith(QStringLiteral(",1")));
    EXPECT_TRUE(found) << csv.out.toStdString();
}

namespace {

QJsonObject gateOf(const QJsonObject &sector, const QString &frameworkId)
{
    for (const QJsonValue &gate : sector.value(QStringLiteral("gates")).toArray()) {
        if (gate.toObject().value(QStringLiteral("framework")).toString() == frameworkId)
            return gate.toObject();
    }
    return {};
}

} // namespace

// The bundled DPG Standard check is a gate framework: a checklist per sector,
// left out of overall readiness. Turning one gate from pass to fail changes the
// counts and nothing else.
TEST(DpiwCli, ScoreListsGatesApartFromReadiness)
{
    const QString sample = dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml"));
    const DpiwRun before = runDpiw({QStringLiteral("score"), sample, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    const QJsonObject health = sectorJson(QJsonDocument::fromJson(before.out.toUtf8()), QStringLiteral("healthcare"));
    const QJsonObject gate = gateOf(health, QStringLiteral("dpg-standard"));
    ASSERT_FALSE(gate.isEmpty()) << before.out.toStdString();
    EXPECT_EQ(gate.value(QStringLiteral("total")).toInt(), 9);
    EXPECT_EQ(gate.value(QStringLiteral("passed")).toInt() + gate.value(QStringLiteral("failed")).toInt()
                  + gate.value(QStringLiteral("unverified")).toInt() + gate.value(QStringLiteral("unscored")).toInt(),
              9);
    // The sample's healthcare candidates (DHIS2 and X-Road) are recognised DPGs: every gate passes.
    EXPECT_EQ(gate.value(QStringLiteral("passed")).toInt(), 9);
    EXPECT_TRUE(gate.value(QStringLiteral("meets")).toBool());
    // Overall is the mean of the three graded frameworks (weight 1 each); the gates have no percent.
    double sum = 0;
    int graded = 0;
    for (const QJsonValue &value : health.value(QStringLiteral("frameworks")).toArray()) {
        const QJsonObject framework = value.toObject();
        if (framework.value(QStringLiteral("kind")).toString() == QLatin1String("gates")) {
            EXPECT_TRUE(framework.value(QStringLiteral("percent")).isNull());
            continue;
        }
        sum += framework.value(QStringLiteral("percent")).toDouble();
        ++graded;
    }
    EXPECT_EQ(graded, 3);
    EXPECT_NEAR(health.value(QStringLiteral("overall")).toDouble(), sum / graded, 0.1);
    // Every gate list entry has the keys of issue 14, and the headline carries its confidence label.
    for (const char *key : {"framework", "passed", "failed", "unverified", "total", "meets"})
        EXPECT_TRUE(gate.contains(QLatin1String(key))) << key;
    EXPECT_EQ(health.value(QStringLiteral("confidence")).toObject().value(QStringLiteral("label")).toString(),
              QStringLiteral("low"));

    // One passed gate fails now.
    const dpi::ProjectReadResult read = dpi::readProjectFile(sample);
    ASSERT_TRUE(read.ok());
    dpi::Project changed = *read.project;
    dpi::Score &score = changed.sectors[1].scores[QStringLiteral("dpg-standard")][QStringLiteral("dpg.clear-ownership")];
    ASSERT_EQ(score.level, 1);
    score.level = 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changed.dpi.yaml"));
    ASSERT_TRUE(dpi::saveProject(changed, path, nullptr));
    const DpiwRun after = runDpiw({QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    const QJsonObject healthAfter = sectorJson(QJsonDocument::fromJson(after.out.toUtf8()), QStringLiteral("healthcare"));
    const QJsonObject gateAfter = gateOf(healthAfter, QStringLiteral("dpg-standard"));
    EXPECT_EQ(gateAfter.value(QStringLiteral("passed")).toInt(), gate.value(QStringLiteral("passed")).toInt() - 1);
    EXPECT_EQ(gateAfter.value(QStringLiteral("failed")).toInt(), gate.value(QStringLiteral("failed")).toInt() + 1);
    EXPECT_FALSE(gateAfter.value(QStringLiteral("meets")).toBool());
    EXPECT_EQ(healthAfter.value(QStringLiteral("overall")), health.value(QStringLiteral("overall")));
    EXPECT_EQ(healthAfter.value(QStringLiteral("coverage")), health.value(QStringLiteral("coverage")));

    // The table shows the checklist.
    const DpiwRun table = runDpiw({QStringLiteral("score"), path});
    EXPECT_TRUE(table.out.contains(QStringLiteral("does not meet: %1 of 9 gates passed").arg(gateAfter.value(QStringLiteral("passed")).toInt())))
        << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("[fail      ] ")));
}
