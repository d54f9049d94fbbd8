// The illustrative two-analyst example (assessments/examples/two-analysts/),
// built by scripts/assemble-team-example.py: it must stay readable, labelled
// illustrative, in step with the bundled framework, and its team file must be
// what merging the two analysts' files gives.
#include "frameworkreader.h"
#include "projectreader.h"
#include "teammerge.h"
#include "teamratings.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

namespace {

QString examplePath(const char *name)
{
    return dpitest::sourcePath(QStringLiteral("assessments/examples/two-analysts/") + QString::fromLatin1(name));
}

dpi::Project readClean(const QString &path)
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(path);
    EXPECT_TRUE(read.ok()) << path.toStdString();
    EXPECT_TRUE(read.diagnostics.isEmpty()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(dpi::Project());
}

TEST(TeamExample, IsIllustrativeAndNamesNoRealAnalyst)
{
    for (const char *name : {"analyst-a.dpi.yaml", "analyst-b.dpi.yaml", "team.dpi.yaml"}) {
        SCOPED_TRACE(name);
        const dpi::Project project = readClean(examplePath(name));
        EXPECT_TRUE(project.metadata.illustrative);
        EXPECT_TRUE(project.metadata.notice.text().startsWith(QStringLiteral("Illustrative data.")));
        EXPECT_FALSE(project.metadata.notice.exact(QStringLiteral("ru")).isEmpty());
        for (const QString &member : project.metadata.team)
            EXPECT_TRUE(member.startsWith(QStringLiteral("Sample analyst "))) << member.toStdString();
    }
}

TEST(TeamExample, EmbedsTheBundledFramework)
{
    const auto bundled = dpi::readFrameworkFile(dpitest::sourcePath(QStringLiteral("assessments/org-capacity.framework.yaml")));
    ASSERT_TRUE(bundled.ok());
    const dpi::Project team = readClean(examplePath("team.dpi.yaml"));
    ASSERT_EQ(team.frameworks.size(), 1u);
    EXPECT_EQ(team.frameworks[0].framework, *bundled.framework)
        << "org-capacity changed: run scripts/assemble-team-example.py";
}

TEST(TeamExample, TeamFileIsTheMergeOfTheTwoAnalystsFiles)
{
    const dpi::Project a = readClean(examplePath("analyst-a.dpi.yaml"));
    const dpi::Project b = readClean(examplePath("analyst-b.dpi.yaml"));
    const dpi::TeamMergeResult merged = dpi::mergeAnalystFiles({{QStringLiteral("analyst-a.dpi.yaml"), a},
                                                                {QStringLiteral("analyst-b.dpi.yaml"), b}});
    ASSERT_TRUE(merged.ok()) << merged.diagnostics.toString().toStdString();
    EXPECT_TRUE(merged.diagnostics.isEmpty()) << merged.diagnostics.toString().toStdString();
    EXPECT_EQ(*merged.project, readClean(examplePath("team.dpi.yaml")));
    EXPECT_EQ(merged.analysts, QStringList({QStringLiteral("Sample analyst A"), QStringLiteral("Sample analyst B")}));
    // The 26 criteria of org-capacity 1.0.0 x 2 sectors (the two 1.1.0 added are rated by
    // neither); B differs on four per sector and leaves two unrated.
    EXPECT_EQ(merged.ratedCells, 52);
    EXPECT_EQ(merged.disagreements, 8);

    const auto parts = dpi::splitByAnalyst(*merged.project);
    ASSERT_EQ(parts.size(), 2u);
    for (size_t s = 0; s < a.sectors.size(); ++s) {
        EXPECT_EQ(parts[0].second.sectors[s].scores, a.sectors[s].scores);
        EXPECT_EQ(parts[1].second.sectors[s].scores, b.sectors[s].scores);
    }
}

TEST(TeamExample, FilesRoundTrip)
{
    for (const char *name : {"analyst-a.dpi.yaml", "analyst-b.dpi.yaml", "team.dpi.yaml"}) {
        SCOPED_TRACE(name);
        const dpi::Project project = readClean(examplePath(name));
        const QByteArray saved = dpi::projectToYaml(project);
        const auto again = dpi::readProjectText(saved, QString::fromLatin1(name));
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(*again.project, project);
        EXPECT_EQ(dpi::projectToYaml(*again.project), saved);
    }
}

} // namespace
