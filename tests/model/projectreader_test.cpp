#include "frameworkreader.h"
#include "projectreader.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <ostream>

// Readable QString values in assertion failures.
static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

TEST(ProjectReader, ReadsTheMiniProjectWithoutAnyDiagnostic)
{
    const auto result = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    ASSERT_TRUE(result.ok());
    const dpi::Project &project = *result.project;
    EXPECT_EQ(project.metadata.title.exact(QStringLiteral("ru")), QStringLiteral("Мини-оценка"));
    EXPECT_EQ(project.metadata.country, QStringLiteral("KG"));
    EXPECT_EQ(project.metadata.period, QStringLiteral("2024"));
    EXPECT_EQ(project.metadata.team.size(), 2);
    EXPECT_EQ(project.metadata.status, QStringLiteral("draft"));
    EXPECT_TRUE(project.metadata.illustrative);
    EXPECT_FALSE(project.metadata.notice.isPlain()); // written as {en: ...}

    ASSERT_EQ(project.frameworks.size(), 1u);
    EXPECT_EQ(project.frameworks[0].id, QStringLiteral("mini-interop"));
    EXPECT_EQ(project.frameworks[0].version, QStringLiteral("1.0.0"));
    EXPECT_EQ(project.frameworks[0].weight, 1.0);
    EXPECT_EQ(project.frameworks[0].framework.criterionCount(), 3);

    // The embedded copy is the same framework as the stand-alone file.
    const auto standalone = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    ASSERT_TRUE(standalone.ok());
    EXPECT_EQ(project.frameworks[0].framework, *standalone.framework);

    ASSERT_EQ(project.sectors.size(), 2u);
    const dpi::Score *membership = project.sectors[0].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.membership"));
    ASSERT_NE(membership, nullptr);
    EXPECT_EQ(membership->level, std::optional<int>(2));
    EXPECT_EQ(membership->confidence, dpi::Confidence::Medium);
    ASSERT_EQ(membership->evidence.size(), 1u);
    EXPECT_EQ(membership->evidence[0].url, QStringLiteral("https://tunduk.kg/"));
    EXPECT_EQ(membership->evidence[0].date, QStringLiteral("2024-05-01"));
    EXPECT_EQ(membership->analyst, QStringLiteral("A. Analyst"));
    EXPECT_EQ(membership->scoredAt, QStringLiteral("2024-05-10T12:00:00Z"));

    const dpi::Score *staff = project.sectors[0].score(QStringLiteral("mini-interop"), QStringLiteral("capacity.staff"));
    ASSERT_NE(staff, nullptr);
    EXPECT_TRUE(staff->notApplicable);
    EXPECT_FALSE(staff->level.has_value());
    EXPECT_TRUE(staff->isScored());

    const dpi::Score *logs = project.sectors[1].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"));
    ASSERT_NE(logs, nullptr);
    EXPECT_EQ(logs->confidence, dpi::Confidence::Unset);

    EXPECT_TRUE(project.maps.empty());
    EXPECT_EQ(project.report.templateName, QStringLiteral("default"));
    EXPECT_EQ(project.report.pageSize, QStringLiteral("A4"));
    EXPECT_FALSE(project.report.showScoresOnMaps);
}

TEST(ProjectReader, ReadsEveryOptionalKeyOfTheFullFixture)
{
    const auto result = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/full.dpi.yaml")));
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    ASSERT_TRUE(result.ok());
    const dpi::Project &project = *result.project;
    EXPECT_EQ(project.metadata.status, QStringLiteral("in-review"));
    EXPECT_EQ(project.metadata.period, QStringLiteral("2024-03/2024-06"));
    EXPECT_TRUE(project.metadata.notice.isPlain());
    ASSERT_EQ(project.frameworks.size(), 2u);
    EXPECT_EQ(project.frameworks[1].weight, 1.5);
    EXPECT_EQ(project.frameworks[1].framework.version, QStringLiteral("2.1.0-rc.1"));
    const dpi::Sector &education = project.sectors[0];
    EXPECT_EQ(education.description.text(), QStringLiteral("Schools and the ministry."));
    const dpi::Score *membership = education.score(QStringLiteral("mini-interop"), QStringLiteral("exchange.membership"));
    ASSERT_NE(membership, nullptr);
    EXPECT_EQ(membership->evidence.size(), 2u);
    EXPECT_EQ(membership->notes, QStringLiteral("Consumes identity look-ups only.\nPublishes nothing yet.\n"));
    const dpi::Score *logs = education.score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"));
    ASSERT_NE(logs, nullptr);
    EXPECT_TRUE(logs->isUnverified());
    EXPECT_FALSE(logs->isScored());
    EXPECT_EQ(logs->toVerify, QStringLiteral("The operator's log retention order; not published."));
    EXPECT_EQ(logs->confidence, dpi::Confidence::Low);
    const dpi::Score *uptime = education.score(QStringLiteral("full-fixture"), QStringLiteral("operations.uptime"));
    ASSERT_NE(uptime, nullptr);
    EXPECT_FALSE(uptime->isScored());
    EXPECT_EQ(education.score(QStringLiteral("full-fixture"), QStringLiteral("governance.mandate"))->scoredAt,
              QStringLiteral("2024-05-11"));
    EXPECT_TRUE(project.sectors[1].scores.empty());
    EXPECT_EQ(project.report.language, QStringLiteral("ru"));
    EXPECT_EQ(project.report.pageSize, QStringLiteral("Letter"));
    EXPECT_TRUE(project.report.showScoresOnMaps);
    EXPECT_EQ(project.report.mapSector, QStringLiteral("education"));
}

TEST(ProjectReader, ErrorsInsideTheEmbeddedFrameworkPointIntoTheProjectFile)
{
    QByteArray text = "schema: dpi-workbench/project/1\ntitle: P\nframeworks:\n  - ref: f@1.0.0\n    embedded:\n"
                      "      schema: dpi-workbench/framework/1\n      id: f\n      version: 1.0.0\n      title: F\n"
                      "      scale: {levels: [{value: 0, label: a}, {value: 1, label: b}]}\n"
                      "      dimensions:\n        - id: d\n          title: D\n          criteria:\n"
                      "            - {id: c, title: C, question: Q, rubric: {0: a, 1: b, 2: c}}\n";
    const auto result = dpi::readProjectText(text, QStringLiteral("p.dpi.yaml"));
    ASSERT_EQ(result.diagnostics.items().size(), 1u) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.diagnostics.items()[0].toString(),
              QStringLiteral("p.dpi.yaml:15:67: error: rubric level 2 is not on the scale (0-1)"));
}

TEST(ProjectReader, UnknownKeysAreWarningsAndTheProjectStillLoads)
{
    const QByteArray text = "schema: dpi-workbench/project/1\ntitle: P\nsector:\n  - id: x\n";
    const auto result = dpi::readProjectText(text, QStringLiteral("p.dpi.yaml"));
    EXPECT_TRUE(result.ok());
    ASSERT_EQ(result.diagnostics.warningCount(), 1);
    EXPECT_EQ(result.diagnostics.items()[0].toString(),
              QStringLiteral("p.dpi.yaml:3:1: warning: unknown key 'sector' in the project (did you mean 'sectors'?)"));
}

TEST(ProjectReader, MissingSchemaIsAnError)
{
    const auto result = dpi::readProjectText("title: P\n", QStringLiteral("p.dpi.yaml"));
    ASSERT_EQ(result.diagnostics.errorCount(), 1);
    EXPECT_EQ(result.diagnostics.items()[0].toString(),
              QStringLiteral("p.dpi.yaml:1:1: error: missing required key 'schema' in the project"));
}

} // namespace
