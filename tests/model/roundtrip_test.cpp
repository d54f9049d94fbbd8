// load -> save -> load gives an equal model, and saving is a fixed point:
// for the test fixtures and for every bundled file under assessments/.

#include "frameworkreader.h"
#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

#include <QDir>

namespace {

QStringList yamlFiles(const QString &folder, const QString &pattern)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

void expectFrameworkRoundTrip(const QString &path)
{
    SCOPED_TRACE(path.toStdString());
    const auto first = dpi::readFrameworkFile(path);
    ASSERT_TRUE(first.ok()) << first.diagnostics.toString().toStdString();
    const QByteArray saved = dpi::frameworkToYaml(*first.framework);
    const auto second = dpi::readFrameworkText(saved, path + QStringLiteral(" (saved)"));
    ASSERT_TRUE(second.ok()) << second.diagnostics.toString().toStdString() << saved.toStdString();
    EXPECT_TRUE(second.diagnostics.isEmpty()) << second.diagnostics.toString().toStdString();
    EXPECT_EQ(*second.framework, *first.framework);
    EXPECT_EQ(dpi::frameworkToYaml(*second.framework), saved);
}

void expectProjectRoundTrip(const QString &path)
{
    SCOPED_TRACE(path.toStdString());
    const auto first = dpi::readProjectFile(path);
    ASSERT_TRUE(first.ok()) << first.diagnostics.toString().toStdString();
    const QByteArray saved = dpi::projectToYaml(*first.project);
    const auto second = dpi::readProjectText(saved, path + QStringLiteral(" (saved)"));
    ASSERT_TRUE(second.ok()) << second.diagnostics.toString().toStdString();
    EXPECT_TRUE(second.diagnostics.isEmpty()) << second.diagnostics.toString().toStdString();
    EXPECT_EQ(*second.project, *first.project);
    EXPECT_EQ(dpi::projectToYaml(*second.project), saved);
}

TEST(RoundTrip, TestFixtureFrameworks)
{
    const QStringList files = yamlFiles(dpitest::dataPath(QStringLiteral("valid")), QStringLiteral("*.framework.yaml"));
    ASSERT_GE(files.size(), 2);
    for (const QString &path : files)
        expectFrameworkRoundTrip(path);
}

TEST(RoundTrip, TestFixtureProjects)
{
    const QStringList files = yamlFiles(dpitest::dataPath(QStringLiteral("valid")), QStringLiteral("*.dpi.yaml"));
    ASSERT_GE(files.size(), 2);
    for (const QString &path : files)
        expectProjectRoundTrip(path);
}

TEST(RoundTrip, BundledAssessments)
{
    const QString folder = dpitest::sourcePath(QStringLiteral("assessments"));
    const QStringList frameworks = yamlFiles(folder, QStringLiteral("*.framework.yaml"));
    const QStringList projects = yamlFiles(folder, QStringLiteral("*.dpi.yaml"));
    // The four bundled frameworks and the sample assessment (README): fewer means the loops test less than they claim.
    ASSERT_EQ(frameworks.size(), 4) << frameworks.join(QLatin1Char(' ')).toStdString();
    ASSERT_EQ(projects.size(), 1) << projects.join(QLatin1Char(' ')).toStdString();
    for (const QString &path : frameworks)
        expectFrameworkRoundTrip(path);
    for (const QString &path : projects)
        expectProjectRoundTrip(path);
}

TEST(RoundTrip, MiniFrameworkSavesAlmostAsWritten)
{
    // The writer's layout differs from the hand-written fixture only in style
    // (block mappings for translations, explicit default weights), never in
    // content: every line of content in the fixture appears in the output.
    const auto read = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    ASSERT_TRUE(read.ok());
    const QString saved = QString::fromUtf8(dpi::frameworkToYaml(*read.framework));
    for (const QString &line : {QStringLiteral("schema: dpi-workbench/framework/1\n"), QStringLiteral("\nid: mini-interop\n"),
                                QStringLiteral("\nauthors: [DPI Workbench tests]\n"),
                                QStringLiteral("\n    accessed: 2024-05-01\n"),
                                QStringLiteral("\n          0: No sector system is a member.\n"),
                                QStringLiteral("\n  not_applicable: allowed\n")})
        EXPECT_TRUE(saved.contains(line)) << line.toStdString();
}

} // namespace
