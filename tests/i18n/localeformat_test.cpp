// Numbers, percentages and dates follow the interface language.
#include "interfacelanguage.h"
#include "localeformat.h"

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
    EXPECT_EQ(dpi::localeformat::date(QDate(2026, 12, 7)), QStringLiteral("7 December 2026"));
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
    EXPECT_EQ(dpi::localeformat::date(QDate(2026, 12, 7)), QString::fromUtf8("2026-ж., 7-декабрь"));
}

TEST_F(LocaleFormat, AnExplicitLocaleWinsOverTheInterface)
{
    // The report formats in its own language whatever the interface speaks.
    dpi::InterfaceLanguage::install(QStringLiteral("en"));
    const QLocale ky = dpi::localeformat::localeFor(QStringLiteral("ky"));
    EXPECT_EQ(dpi::localeformat::percent(24.14, 1, QStringLiteral("—"), ky), QStringLiteral("24,1 %"));
    EXPECT_EQ(dpi::localeformat::number(62.5, 1, dpi::localeformat::localeFor(QStringLiteral("ru"))), QStringLiteral("62,5"));
    EXPECT_EQ(dpi::localeformat::number(62.5, 1, dpi::localeformat::localeFor(QStringLiteral("en"))), QStringLiteral("62.5"));
}

} // namespace
