#include "owmreader.h"
#include "qtprinters.h"
#include "wardleymap.h"

#include <gtest/gtest.h>

using namespace dpi;

namespace {

TEST(WardleyMap, RenameUpdatesEveryReference)
{
    WardleyMap map = parseOwm(QStringLiteral("component Kettle [0.4, 0.3]\ncomponent Power [0.1, 0.7]\n"
                                             "pipeline Kettle [0.2, 0.6]\nevolve Kettle 0.6\nKettle->Power\nCup->Kettle\n"),
                              QStringLiteral("m.owm"))
                         .map;
    ASSERT_TRUE(map.renameComponent(QStringLiteral("kettle"), QStringLiteral("Boiler")));
    EXPECT_EQ(map.findComponent(QStringLiteral("kettle"))->name, QStringLiteral("Boiler"));
    EXPECT_EQ(map.links[0].from, QStringLiteral("Boiler"));
    EXPECT_EQ(map.links[1].to, QStringLiteral("Boiler"));
    EXPECT_EQ(map.evolves[0].component, QStringLiteral("Boiler"));
    EXPECT_EQ(map.pipelines[0].component, QStringLiteral("Boiler"));
    EXPECT_FALSE(map.renameComponent(QStringLiteral("nope"), QStringLiteral("X")));
}

TEST(WardleyMap, RenamingOneOfTwoDuplicatesKeepsReferences)
{
    WardleyMap map = parseOwm(QStringLiteral("component A [0.4, 0.3]\ncomponent A [0.5, 0.3]\nA->B\n"), QStringLiteral("m.owm")).map;
    ASSERT_TRUE(map.renameComponent(map.components[1].id, QStringLiteral("C")));
    EXPECT_EQ(map.links[0].from, QStringLiteral("A"));
}

TEST(WardleyMap, IdsAreAsciiSlugsAndUnique)
{
    EXPECT_EQ(wardleySlug(QStringLiteral("Cup of Tea")), QStringLiteral("cup-of-tea"));
    EXPECT_EQ(wardleySlug(QStringLiteral("Түндүк мобилдик")), QStringLiteral("tunduk-mobildik"));
    EXPECT_EQ(wardleySlug(QStringLiteral("  --  ")), QString());
    const WardleyMap map = parseOwm(QStringLiteral("component Cup of Tea [0.4, 0.3]\ncomponent Cup-of-tea [0.5, 0.3]\n"
                                                   "component 中文 [0.5, 0.3]\n"),
                                    QStringLiteral("m.owm"))
                               .map;
    EXPECT_EQ(map.components[0].id, QStringLiteral("cup-of-tea"));
    EXPECT_EQ(map.components[1].id, QStringLiteral("cup-of-tea-2"));
    EXPECT_EQ(map.components[2].id, QStringLiteral("component"));
    EXPECT_EQ(map.uniqueId(QStringLiteral("Cup of tea")), QStringLiteral("cup-of-tea-3"));
}

TEST(WardleyMap, StagesAndDefaults)
{
    EXPECT_EQ(wardleyStageOf(0.17), WardleyStage::Genesis);
    EXPECT_EQ(wardleyStageOf(0.175), WardleyStage::Custom);
    EXPECT_EQ(wardleyStageOf(0.40), WardleyStage::Product);
    EXPECT_EQ(wardleyStageOf(0.70), WardleyStage::Commodity);
    WardleyMap map;
    EXPECT_EQ(map.effectiveTitle(), QStringLiteral("Untitled Map"));
    EXPECT_EQ(map.effectiveEvolutionLabels().size(), 4);
    EXPECT_EQ(map.effectiveEvolutionLabels()[2], QStringLiteral("Product\n(+rental)"));
    WardleyDecorators none;
    EXPECT_EQ(WardleyMap::defaultLabelOffset(none), (WardleyOffset{5, -10}));
}

} // namespace
