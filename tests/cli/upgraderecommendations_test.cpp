// `dpiw upgrade --recommendations` on the bundled sample: a dry run changes
// nothing, --output writes a project whose recommendations are actions.

#include "dpiwrunner.h"
#include "projectreader.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int recommendationCount(const dpi::Project &project)
{
    int count = 0;
    for (const dpi::Sector &sector : project.sectors) {
        for (const auto &framework : sector.scores) {
            for (const auto &entry : framework.second)
                count += entry.second.recommendation.trimmed().isEmpty() ? 0 : 1;
        }
    }
    return count;
}

TEST(DpiwUpgradeRecommendations, TurnsTheSamplesRecommendationsIntoActions)
{
    QTemporaryDir dir;
    const QString sample = dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml"));
    const auto original = dpi::readProjectFile(sample);
    ASSERT_TRUE(original.ok());
    const int recommendations = recommendationCount(*original.project);
    ASSERT_GT(recommendations, 0);
    const QByteArray before = fileBytes(sample);

    const DpiwRun dry = runDpiw({QStringLiteral("upgrade"), QStringLiteral("--recommendations"), sample});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("recommendations turned into actions: %1").arg(recommendations)))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("dry run")));
    EXPECT_EQ(fileBytes(sample), before);

    const QString output = dir.filePath(QStringLiteral("upgraded.dpi.yaml"));
    const DpiwRun applied = runDpiw({QStringLiteral("upgrade"), QStringLiteral("--recommendations"), sample,
                                     QStringLiteral("-o"), output});
    EXPECT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_EQ(fileBytes(sample), before);
    const auto upgraded = dpi::readProjectFile(output);
    ASSERT_TRUE(upgraded.ok()) << upgraded.diagnostics.toString().toStdString();
    EXPECT_TRUE(upgraded.diagnostics.isEmpty()) << upgraded.diagnostics.toString().toStdString();
    EXPECT_EQ(recommendationCount(*upgraded.project), 0);
    // The sample's own action records come first and stay as they were; the
    // converted recommendations follow them.
    int actions = 0;
    for (const dpi::Sector &sector : upgraded.project->sectors) {
        const dpi::Sector *before = original.project->findSector(sector.id);
        ASSERT_NE(before, nullptr);
        const std::size_t kept = before->conclusions.actions.size();
        ASSERT_GE(sector.conclusions.actions.size(), kept);
        for (std::size_t i = 0; i < kept; ++i)
            EXPECT_EQ(sector.conclusions.actions[i], before->conclusions.actions[i]);
        for (std::size_t i = kept; i < sector.conclusions.actions.size(); ++i) {
            const dpi::ActionItem &action = sector.conclusions.actions[i];
            ++actions;
            EXPECT_EQ(action.priority, dpi::ActionPriority::Medium);
            ASSERT_EQ(action.links.size(), 1u);
            const dpi::Score *score = sector.score(action.links[0].frameworkId, action.links[0].criterionId);
            ASSERT_NE(score, nullptr) << action.links[0].toString().toStdString();
        }
    }
    EXPECT_EQ(actions, recommendations);

    const DpiwRun again = runDpiw({QStringLiteral("upgrade"), QStringLiteral("--recommendations"), output});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("recommendations turned into actions: 0")));
    EXPECT_TRUE(again.out.contains(QStringLiteral("nothing to write")));
}

TEST(DpiwUpgradeRecommendations, FrameworkAndRecommendationsTogetherIsBadUsage)
{
    const QString mini = dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml"));
    const DpiwRun both = runDpiw({QStringLiteral("upgrade"), mini, QStringLiteral("--recommendations"),
                                  QStringLiteral("--framework"), dpitest::dataPath(QStringLiteral("diff/v2.framework.yaml"))});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(QStringLiteral("either --framework FILE or --recommendations")));
    EXPECT_EQ(runDpiw({QStringLiteral("upgrade"), mini}).exitCode, 2);
}

} // namespace
