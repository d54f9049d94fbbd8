#include "mapexport.h"
#include "mapscorecolours.h"
#include "mapscorefixture.h"
#include "scoring.h"

#include <QImage>

#include <gtest/gtest.h>

using namespace dpi;
using dpitest::linkedMap;
using dpitest::scoredProject;

TEST(MapScores, ColourBands)
{
    EXPECT_EQ(mapScoreColour(0.0), mapScoreColour(24.9));
    EXPECT_NE(mapScoreColour(24.9), mapScoreColour(25.0));
    EXPECT_EQ(mapScoreColour(50.0), mapScoreColour(74.9));
    EXPECT_EQ(mapScoreColour(75.0), mapScoreColour(100.0));
    EXPECT_NE(mapScoreColour(std::nullopt), mapScoreColour(100.0));
    EXPECT_EQ(mapScoreLegend().size(), 5u);
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
    EXPECT_EQ(on.componentColours.value(QStringLiteral("strong")), mapScoreColour(100.0));
    EXPECT_EQ(on.scoreLegendTitle, QStringLiteral("Scores: Education"));

    // The green of a strong component shows up in the picture only with scores on.
    const QColor green = mapScoreColour(100.0);
    const auto countColour = [&green](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y) == green;
        return n;
    };
    EXPECT_EQ(countColour(renderMapImage(map, off, 1100)), 0);
    EXPECT_GT(countColour(renderMapImage(map, on, 1100)), 30);
    const QString svg = QString::fromUtf8(mapToSvg(map, on));
    EXPECT_TRUE(svg.contains(QLatin1String("not scored")));
    EXPECT_TRUE(svg.contains(green.name(), Qt::CaseInsensitive));
}
