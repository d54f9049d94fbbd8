#include "mapexport.h"
#include "mapscorecolours.h"
#include "mapscorefixture.h"
#include "scorepalette.h"
#include "scoring.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace dpi;
using dpitest::linkedMap;
using dpitest::scoredProject;

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
