// Numbers, percentages and dates follow the interface language.
#include "language/interfacelanguage.h"
#include "language/localeformat.h"

#include <QDate>
#include <QDateTime>

#include <gtest/gtest.h>

namespace {

class LocaleFormat : public ::testing::Test
{
protected:
    void TearDown() override { dpi::InterfaceLanguage::install(QStringLiteral("en")); }
};

TEST_F(LocaleFormat, English)
{
    dpi::InterfaceLanguage::install(QStringLiteral("en"));
    EXPECT_EQ(dpi::localeformat::percent(24.14), QStringLiteral("24.1 %"));
    EXPECT_EQ(dpi::localeformat::percent(std::nullopt), QStringLiteral("—"));
    EXPECT_EQ(dpi::localeformat::number(1234.5, 1), QStringLiteral("1,234.5"));
    EXPECT_EQ(dpi::localeformat::date(QDate(2026, 12, 7)), QStringLiteral("December 7, 2026"));
}

TEST_F(LocaleFormat, Russian)
{
    dpi::InterfaceLanguage::install(QStringLiteral("ru"));
    EXPECT_EQ(dpi::localeformat::percent(24.14), QStringLiteral("24,1 %"));
    EXPECT_EQ(dpi::localeformat::percent(80.0, 0), QStringLiteral("80 %"));
    EXPECT_EQ(dpi::localeformat::number(1234.5, 1), QString::fromUtf8("1\u00a0234,5"));
    EXPECT_EQ(dpi::localeformat::date(QDate(2026, 12, 7)), QString::fromUtf8("7 декабря 2026 г."));
    EXPECT_EQ(dpi::localeformat::dateTime(QDateTime(QDate(2026, 12, 7), QTime(9, 5))),
              QString::fromUtf8("7 декабря 2026 г. 09:05"));
}

TEST_F(LocaleFormat, Kyrgyz)
{
    dpi::InterfaceLanguage::install(QStringLiteral("ky"));
    EXPECT_EQ(dpi::localeformat::percent(24.14), QStringLiteral("24,1 %"));
    const QString date = dpi::localeformat::date(QDate(2026, 12, 7));
    EXPECT_TRUE(date.contains(QStringLiteral("2026"))) << date.toStdString();
    EXPECT_TRUE(date.contains(QString::fromUtf8("декабр"))) << date.toStdString();
}

} // namespace
