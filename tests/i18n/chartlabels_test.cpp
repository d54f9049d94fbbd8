// Chart words follow the chart's language (the report's), never the
// installed translator: an English report from a Kyrgyz interface says
// "Overall", a Kyrgyz one says "Жалпы".
#include "chartlabels.h"
#include "interfacelanguage.h"

#include <gtest/gtest.h>

namespace {

TEST(ChartLabelsLanguage, FollowTheChartNotTheInterface)
{
    ASSERT_TRUE(dpi::InterfaceLanguage::install(QStringLiteral("ky")));
    EXPECT_EQ(dpi::ChartLabels::forLanguage(QStringLiteral("en")).overall, QStringLiteral("Overall"));
    EXPECT_EQ(dpi::ChartLabels::forLanguage(QStringLiteral("ru")).sectorComparison, QString::fromUtf8("Готовность по секторам"));
    EXPECT_EQ(dpi::ChartLabels::forLanguage(QStringLiteral("ky")).sectorComparison, QString::fromUtf8("Тармактар боюнча даярдык"));
    EXPECT_EQ(dpi::ChartLabels::forLanguage(QStringLiteral("de")).coverageAndConfidence, QStringLiteral("Coverage and confidence"));
    dpi::InterfaceLanguage::install(QStringLiteral("en"));
}

} // namespace
