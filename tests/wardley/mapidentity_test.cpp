// Re-reading a map from OWM text keeps what the text cannot carry.
#include "mapidentity.h"
#include "owmreader.h"
#include "owmwriter.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace dpi;

namespace {

WardleyMap parsed(const QString &text)
{
    return parseOwm(text, QStringLiteral("m.owm")).map;
}

} // namespace

TEST(MapIdentity, KeepsMapIdTitleTranslationsComponentIdsAndCriteria)
{
    WardleyMap previous = parsed(QStringLiteral("title Tea\ncomponent Kettle [0.4, 0.3]\ncomponent Power [0.1, 0.7]\n"));
    previous.id = QStringLiteral("tea-map");
    previous.title.set(QStringLiteral("ru"), QStringLiteral("Чай"));
    WardleyComponent &kettle = previous.components[0];
    kettle.id = QStringLiteral("kettle-custom");
    kettle.criteria << QStringLiteral("fw/exchange.logs");

    WardleyMap next = parsed(writeOwm(previous) + QStringLiteral("component Cup [0.8, 0.7]\n"));
    carryOverIdentity(previous, next);
    EXPECT_EQ(next.id, QStringLiteral("tea-map"));
    EXPECT_EQ(next.title.exact(QStringLiteral("ru")), QStringLiteral("Чай"));
    const WardleyComponent *kept = next.findComponentByName(QStringLiteral("Kettle"));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->id, QStringLiteral("kettle-custom"));
    EXPECT_EQ(kept->criteria, QStringList{QStringLiteral("fw/exchange.logs")});
    EXPECT_TRUE(next.findComponentByName(QStringLiteral("Cup")));
}

TEST(MapIdentity, ANewTitleDropsTheOldTranslations)
{
    WardleyMap previous = parsed(QStringLiteral("title Tea\n"));
    previous.title.set(QStringLiteral("ru"), QStringLiteral("Чай"));
    WardleyMap next = parsed(QStringLiteral("title Coffee\n"));
    carryOverIdentity(previous, next);
    EXPECT_EQ(next.title.text(), QStringLiteral("Coffee"));
    EXPECT_TRUE(next.title.exact(QStringLiteral("ru")).isEmpty());
}

TEST(MapIdentity, RepeatedNamesMatchInOrderAndNewComponentsGetFreshIds)
{
    WardleyMap previous = parsed(QStringLiteral("component A [0.4, 0.3]\ncomponent A [0.5, 0.3]\n"));
    previous.components[0].id = QStringLiteral("first");
    previous.components[1].id = QStringLiteral("second");
    // The text now declares A three times; the third is new and must not reuse an id.
    WardleyMap next = parsed(QStringLiteral("component A [0.4, 0.3]\ncomponent A [0.5, 0.3]\ncomponent A [0.6, 0.3]\n"));
    next.components[2].id = QStringLiteral("first"); // as if the reader had slugged it the same way
    carryOverIdentity(previous, next);
    EXPECT_EQ(next.components[0].id, QStringLiteral("first"));
    EXPECT_EQ(next.components[1].id, QStringLiteral("second"));
    EXPECT_NE(next.components[2].id, QStringLiteral("first"));
    EXPECT_NE(next.components[2].id, QStringLiteral("second"));
}

TEST(MapIdentity, AComponentThatChangedKindIsNew)
{
    WardleyMap previous = parsed(QStringLiteral("component User [0.9, 0.5]\n"));
    previous.components[0].id = QStringLiteral("kept-if-same-kind");
    previous.components[0].criteria << QStringLiteral("fw/c");
    WardleyMap next = parsed(QStringLiteral("anchor User [0.9, 0.5]\n"));
    carryOverIdentity(previous, next);
    EXPECT_NE(next.components[0].id, QStringLiteral("kept-if-same-kind"));
    EXPECT_TRUE(next.components[0].criteria.isEmpty());
}
