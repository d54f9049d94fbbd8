#include "chartdatabuilder.h"
#include "testproject.h"

#include <gtest/gtest.h>

using namespace dpi;

TEST(ChartDataBuilder, RadarCopiesDimensionPercentsOfOneSector)
{
    const Project project = dpitest::makeRadarProject();
    const ProjectResult result = scoreProject(project);
    const ChartData data = ChartDataBuilder::radar(project, result, QStringLiteral("education"),
                                                   QStringLiteral("mini-interop"), QStringLiteral("en"));
    ASSERT_EQ(data.kind, ChartKind::Radar);
    ASSERT_EQ(data.categoryIds, (QStringList{QStringLiteral("exchange"), QStringLiteral("capacity"), QStringLiteral("policy")}));
    ASSERT_EQ(data.series.size(), 1u);
    const FrameworkResult *fr = result.sector(QStringLiteral("education"))->framework(QStringLiteral("mini-interop"));
    for (int i = 0; i < data.categoryIds.size(); ++i)
        EXPECT_EQ(data.series[0].values[std::size_t(i)], fr->dimension(data.categoryIds[i])->percent) << i;
    // Capacity is N/A only: no result, and the label says so instead of showing a zero as a score.
    EXPECT_FALSE(data.series[0].values[1].has_value());
    EXPECT_TRUE(data.categories[1].contains(QStringLiteral("not scored")));
    EXPECT_EQ(data.categories[0], QStringLiteral("Data exchange"));
    EXPECT_TRUE(data.title.contains(QStringLiteral("Education")));
}

TEST(ChartDataBuilder, RadarUsesRequestedLanguage)
{
    const Project project = dpitest::makeMiniProject();
    const ChartData data = ChartDataBuilder::radar(project, scoreProject(project), QStringLiteral("healthcare"),
                                                   QStringLiteral("mini-interop"), QStringLiteral("ru"));
    EXPECT_EQ(data.categories[0], QString::fromUtf8("Обмен данными"));
    EXPECT_EQ(data.categories[1], QStringLiteral("Capacity")); // no Russian title: English fallback
    EXPECT_TRUE(data.title.startsWith(QString::fromUtf8("Здравоохранение")));
}

TEST(ChartDataBuilder, RadarOfUnknownSectorIsEmpty)
{
    const Project project = dpitest::makeMiniProject();
    EXPECT_TRUE(ChartDataBuilder::radar(project, scoreProject(project), QStringLiteral("nope"),
                                        QStringLiteral("mini-interop"), QStringLiteral("en")).isEmpty());
}

TEST(ChartDataBuilder, SectorComparisonHasOneSeriesPerFrameworkPlusOverall)
{
    const Project project = dpitest::makeRadarProject();
    const ProjectResult result = scoreProject(project);
    const ChartData data = ChartDataBuilder::sectorComparison(project, result, QString(), QStringLiteral("en"));
    ASSERT_EQ(data.series.size(), 3u);
    EXPECT_EQ(data.series[2].name, QStringLiteral("Overall"));
    ASSERT_EQ(data.categoryIds, (QStringList{QStringLiteral("education"), QStringLiteral("healthcare"), QStringLiteral("finance")}));
    for (int s = 0; s < data.categoryIds.size(); ++s) {
        const SectorResult *sr = result.sector(data.categoryIds[s]);
        EXPECT_EQ(data.series[0].values[std::size_t(s)], sr->framework(QStringLiteral("mini-interop"))->percent);
        EXPECT_EQ(data.series[1].values[std::size_t(s)], sr->framework(QStringLiteral("dpg-lite"))->percent);
        EXPECT_EQ(data.series[2].values[std::size_t(s)], sr->overall);
    }
    EXPECT_FALSE(data.series[2].values[2].has_value()); // finance: nothing scored

    const ChartData one = ChartDataBuilder::sectorComparison(project, result, QStringLiteral("dpg-lite"), QStringLiteral("en"));
    ASSERT_EQ(one.series.size(), 1u);
    EXPECT_EQ(one.series[0].values, data.series[1].values);
}

TEST(ChartDataBuilder, CoverageCountsAddUpToCriteriaInScope)
{
    const Project project = dpitest::makeRadarProject();
    const ProjectResult result = scoreProject(project);
    for (const QString &framework : {QString(), QStringLiteral("mini-interop"), QStringLiteral("dpg-lite")}) {
        const ChartData data = ChartDataBuilder::coverageAndConfidence(project, result, framework, QStringLiteral("en"));
        ASSERT_EQ(data.series.size(), 7u);
        EXPECT_FALSE(data.percent);
        for (int s = 0; s < data.categoryIds.size(); ++s) {
            const SectorResult *sr = result.sector(data.categoryIds[s]);
            const Coverage coverage = framework.isEmpty() ? sr->coverage : sr->framework(framework)->coverage;
            const ConfidenceMix mix = framework.isEmpty() ? sr->confidence : sr->framework(framework)->confidence;
            const auto at = [&](int series) { return *data.series[std::size_t(series)].values[std::size_t(s)]; };
            EXPECT_EQ(at(0), mix.high);
            EXPECT_EQ(at(1), mix.medium);
            EXPECT_EQ(at(2), mix.low);
            EXPECT_EQ(at(3), mix.unset);
            EXPECT_EQ(at(4), coverage.notApplicable);
            EXPECT_EQ(at(5), coverage.unverified);
            EXPECT_EQ(at(6), coverage.unscored());
            EXPECT_EQ(at(0) + at(1) + at(2) + at(3) + at(4) + at(5) + at(6), coverage.total);
            EXPECT_LE(coverage.total, data.maximum);
        }
    }
}
