#include "mapscorefixture.h"
#include "mapscores.h"
#include "scoring.h"

#include <gtest/gtest.h>

using namespace dpi;
using dpitest::linkedMap;
using dpitest::scoredProject;

TEST(MapScores, MeanPercentOfLinkedCriteriaFromScoreProject)
{
    const Project project = scoredProject();
    const ProjectResult result = scoreProject(project);
    const MapScores scores = computeMapScores(result, QStringLiteral("edu"), linkedMap());
    ASSERT_TRUE(scores.byComponent.value(QStringLiteral("both")).percent);
    EXPECT_DOUBLE_EQ(*scores.byComponent.value(QStringLiteral("both")).percent, 62.5);
    EXPECT_DOUBLE_EQ(*scores.byComponent.value(QStringLiteral("weak")).percent, 25.0);
    EXPECT_DOUBLE_EQ(*scores.byComponent.value(QStringLiteral("strong")).percent, 100.0);
    EXPECT_FALSE(scores.byComponent.value(QStringLiteral("unscored")).percent);
    EXPECT_EQ(scores.byComponent.value(QStringLiteral("unscored")).linked, 2);
    EXPECT_FALSE(scores.byComponent.contains(QStringLiteral("plain")));
}

// The rule docs/scoring.md states: a plain mean of the linked criteria's
// percents (criterion weights and dimension caps play no part), N/A and
// unscored criteria left out, and no percent for a sector without results.
TEST(MapScores, PlainMeanOfCriterionPercentsWithoutWeightsOrCaps)
{
    Project project = scoredProject();
    Framework &framework = project.frameworks[0].framework;
    framework.dimensions[0].criteria[0].weight = 10; // c1 at 100 %
    framework.dimensions[0].criteria[1].critical = CriticalRule{2, 10.0}; // c2 at level 1: red flag, dimension capped at 10 %
    Score notApplicable;
    notApplicable.notApplicable = true;
    project.sectors[0].scores[QStringLiteral("fw")][QStringLiteral("c3")] = notApplicable;
    const ProjectResult result = scoreProject(project);
    ASSERT_TRUE(result.sector(QStringLiteral("edu"))->frameworks[0].dimensions[0].capped);

    WardleyMap map = linkedMap();
    map.components[0].criteria << QStringLiteral("fw/c3"); // "both": c1, c2 and the N/A c3
    const MapScores scores = computeMapScores(result, QStringLiteral("edu"), map);
    const MapComponentScore both = scores.byComponent.value(QStringLiteral("both"));
    ASSERT_TRUE(both.percent);
    EXPECT_DOUBLE_EQ(*both.percent, 62.5); // (100 + 25) / 2, not weighted 10:1, not capped
    EXPECT_EQ(both.linked, 3);
    EXPECT_EQ(both.scored, 2);

    const MapScores elsewhere = computeMapScores(result, QStringLiteral("no-such-sector"), map);
    EXPECT_FALSE(elsewhere.byComponent.value(QStringLiteral("strong")).percent);
    EXPECT_EQ(elsewhere.byComponent.value(QStringLiteral("strong")).linked, 1);
}
