#include "scoring.h"

#include <gtest/gtest.h>

TEST(Scoring, LevelPercentNormalisesToScale)
{
    dpi::Scale scale;
    for (int v = 0; v <= 4; ++v)
        scale.levels.push_back({v, dpi::LocalizedText(QString::number(v)), {}});
    EXPECT_DOUBLE_EQ(*dpi::levelPercent(scale, 0), 0.0);
    EXPECT_DOUBLE_EQ(*dpi::levelPercent(scale, 3), 75.0);
    EXPECT_FALSE(dpi::levelPercent(scale, 5).has_value());
}
