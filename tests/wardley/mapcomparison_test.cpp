#include "mapcomparison.h"
#include "owmreader.h"

#include <gtest/gtest.h>

using namespace dpi;

namespace {

WardleyMap owm(const char *text)
{
    return parseOwm(QString::fromUtf8(text), QStringLiteral("m.owm")).map;
}

TEST(MapComparison, SameMapHasNoChanges)
{
    const WardleyMap map = owm("component User [0.95, 0.5]\ncomponent Login [0.6, 0.4]\nUser->Login\n");
    EXPECT_TRUE(compareMaps(map, map).isEqual());
}

TEST(MapComparison, MovedAddedAndRemovedByName)
{
    const WardleyMap before = owm("component User [0.95, 0.5]\n"
                                  "component Login [0.6, 0.40]\n"
                                  "component Registry [0.3, 0.30]\n"
                                  "component Fax [0.2, 0.8]\n");
    const WardleyMap after = owm("component User [0.95, 0.504]\n"   // within the tolerance: not moved
                                 "component Login [0.6, 0.65]\n"     // evolved
                                 "component Registry [0.45, 0.30]\n" // more visible
                                 "component Consent [0.5, 0.2]\n");  // new
    const MapComparison comparison = compareMaps(before, after);
    ASSERT_EQ(comparison.moved.size(), 2u);
    EXPECT_EQ(comparison.moved[0].name, QStringLiteral("Login"));
    EXPECT_TRUE(comparison.moved[0].evolutionChanged());
    EXPECT_FALSE(comparison.moved[0].visibilityChanged());
    EXPECT_DOUBLE_EQ(comparison.moved[0].before.maturity, 0.40);
    EXPECT_DOUBLE_EQ(comparison.moved[0].after.maturity, 0.65);
    EXPECT_EQ(comparison.moved[1].name, QStringLiteral("Registry"));
    EXPECT_FALSE(comparison.moved[1].evolutionChanged());
    EXPECT_TRUE(comparison.moved[1].visibilityChanged());
    EXPECT_EQ(comparison.added, QStringList{QStringLiteral("Consent")});
    ASSERT_EQ(comparison.removed.size(), 1u);
    EXPECT_EQ(comparison.removed[0].name, QStringLiteral("Fax"));
    EXPECT_DOUBLE_EQ(comparison.removed[0].position.maturity, 0.8);
}

TEST(MapComparison, RenamesFollowTheMapping)
{
    const WardleyMap before = owm("component EMIS [0.5, 0.3]\n");
    const WardleyMap after = owm("component School EMIS [0.5, 0.55]\n");
    const MapComparison unmapped = compareMaps(before, after);
    EXPECT_TRUE(unmapped.moved.empty());
    EXPECT_EQ(unmapped.added.size(), 1);
    EXPECT_EQ(unmapped.removed.size(), 1u);

    const MapComparison mapped = compareMaps(before, after, {{QStringLiteral("EMIS"), QStringLiteral("School EMIS")}});
    ASSERT_EQ(mapped.moved.size(), 1u);
    EXPECT_EQ(mapped.moved[0].name, QStringLiteral("School EMIS"));
    EXPECT_EQ(mapped.moved[0].oldName, QStringLiteral("EMIS"));
    EXPECT_TRUE(mapped.added.isEmpty());
    EXPECT_TRUE(mapped.removed.empty());
}

TEST(MapComparison, PipelineChildrenUseTheParentsVisibility)
{
    const WardleyMap before = owm("component Identity [0.6, 0.5]\npipeline Identity\n{\n  component ID card [0.3]\n}\n");
    const WardleyMap after = owm("component Identity [0.7, 0.5]\npipeline Identity\n{\n  component ID card [0.3]\n}\n");
    const MapComparison comparison = compareMaps(before, after);
    ASSERT_EQ(comparison.moved.size(), 2u) << "the child moves with its pipeline's parent";
    EXPECT_EQ(comparison.moved[1].name, QStringLiteral("ID card"));
    EXPECT_TRUE(comparison.moved[1].visibilityChanged());
}

} // namespace
