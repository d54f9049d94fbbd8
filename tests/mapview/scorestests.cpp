#include "mapexport.h"
#include "mapscorecolours.h"
#include "scorepalette.h"
#include "scoring.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

// A 0-4 scale, one dimension with three criteria; sector "edu" scores c1=4 (100 %) and c2=1 (25 %).
Project scoredProject()
{
    Framework framework;
    framework.id = QStringLiteral("fw");
    framework.version = QStringLiteral("1.0.0");
    for (int level = 0; level <= 4; ++level)
        framework.scale.levels.push_back({level, LocalizedText(QString::number(level)), {}});
    Dimension dimension;
    dimension.id = QStringLiteral("d");
    for (const char *id : {"c1", "c2", "c3"}) {
        Criterion criterion;
        criterion.id = QString::fromLatin1(id);
        dimension.criteria.push_back(criterion);
    }
    framework.dimensions.push_back(dimension);
    Project project;
    project.frameworks.push_back({framework.id, framework.version, 1.0, framework});
    Sector sector;
    sector.id = QStringLiteral("edu");
    sector.title = LocalizedText(QStringLiteral("Education"));
    Score high;
    high.level = 4;
    Score low;
    low.level = 1;
    sector.scores[QStringLiteral("fw")][QStringLiteral("c1")] = high;
    sector.scores[QStringLiteral("fw")][QStringLiteral("c2")] = low;
    project.sectors.push_back(sector);
    return project;
}

WardleyMap linkedMap()
{
    WardleyMap map;
    const auto add = [&map](const char *id, QStringList criteria, double maturity) {
        WardleyComponent c;
        c.id = QString::fromLatin1(id);
        c.name = QString::fromLatin1(id).toUpper();
        c.position = {0.5, maturity};
        c.criteria = criteria;
        map.components.push_back(c);
    };
    add("both", {QStringLiteral("fw/c1"), QStringLiteral("fw/c2")}, 0.2);
    add("weak", {QStringLiteral("fw/c2")}, 0.4);
    add("strong", {QStringLiteral("fw/c1")}, 0.6);
    add("unscored", {QStringLiteral("fw/c3"), QStringLiteral("fw/missing")}, 0.8);
    add("plain", {}, 0.9);
    return map;
}

} // namespace

TEST(MapScores, MeanPercentOfLinkedCriteriaFromScoreProject)
{
    const Project project = scoredProject();
    const ProjectResult result = scoreProject(project);
    const MapScores scores = computeMapScores(project, result, QStringLiteral("edu"), linkedMap());
    ASSERT_TRUE(scores.byComponent.value(QStringLiteral("both")).percent);
    EXPECT_DOUBLE_EQ(*scores.byComponent.value(QStringLiteral("both")).percent, 62.5);
    EXPECT_DOUBLE_EQ(*scores.byComponent.value(QStringLiteral("weak")).percent, 25.0);
    EXPECT_DOUBLE_EQ(*scores.byComponent.value(QStringLiteral("strong")).percent, 100.0);
    EXPECT_FALSE(scores.byComponent.value(QStringLiteral("unscored")).percent);
    EXPECT_EQ(scores.byComponent.value(QStringLiteral("unscored")).linked, 2);
    EXPECT_FALSE(scores.byComponent.contains(QStringLiteral("plain")));
}

// A component has the colour a grid cell of its percent has; the legend shows the palette's stops.
TEST(MapScores, ColoursAreThePalettesForTheComponentsPercent)
{
    const Project project = scoredProject();
    MapPaintOptions options;
    applyMapScores(options, project, scoreProject(project), QStringLiteral("edu"), linkedMap());
    EXPECT_EQ(options.componentColours.value(QStringLiteral("both")), scorepalette::forPercent(62.5));
    EXPECT_EQ(options.componentColours.value(QStringLiteral("weak")), scorepalette::forPercent(25.0));
    EXPECT_EQ(options.componentColours.value(QStringLiteral("unscored")), scorepalette::unscored());
    EXPECT_FALSE(options.componentColours.contains(QStringLiteral("plain")));

    const std::vector<MapLegendEntry> legend = mapScoreLegend();
    ASSERT_EQ(legend.size(), scorepalette::stops().size() + 1);
    for (std::size_t i = 0; i < scorepalette::stops().size(); ++i)
        EXPECT_EQ(legend[i].colour, scorepalette::stops()[i].colour);
    EXPECT_EQ(legend.front().text, QStringLiteral("0 %"));
    EXPECT_EQ(legend.back().colour, scorepalette::unscored());
    EXPECT_EQ(legend.back().text, QStringLiteral("not scored"));
}

TEST(MapScores, OffByDefaultAndDrawnWhenOn)
{
    const Project project = scoredProject();
    const WardleyMap map = linkedMap();
    MapPaintOptions off;
    EXPECT_FALSE(off.showScores);
    MapPaintOptions on;
    applyMapScores(on, project, scoreProject(project), QStringLiteral("edu"), map);
    EXPECT_TRUE(on.showScores);
    EXPECT_EQ(on.componentColours.value(QStringLiteral("strong")), scorepalette::forPercent(100.0));
    EXPECT_EQ(on.scoreLegendTitle, QStringLiteral("Scores: Education"));

    // The colour of a strong component shows up in the picture only with scores on.
    const QColor strong = scorepalette::forPercent(100.0);
    const auto countColour = [&strong](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y) == strong;
        return n;
    };
    EXPECT_EQ(countColour(renderMapImage(map, off, 1100)), 0);
    EXPECT_GT(countColour(renderMapImage(map, on, 1100)), 30);
    const QString svg = QString::fromUtf8(mapToSvg(map, on));
    EXPECT_TRUE(svg.contains(QLatin1String("not scored")));
    EXPECT_TRUE(svg.contains(strong.name(), Qt::CaseInsensitive));
}
