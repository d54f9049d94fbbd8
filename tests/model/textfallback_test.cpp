// The content language falls back ky -> ru -> en and says which one it used.
#include "localizedtext.h"
#include "textfallback.h"

#include <gtest/gtest.h>

namespace {

dpi::LocalizedText make(std::initializer_list<std::pair<const char *, const char *>> entries)
{
    dpi::LocalizedText text;
    for (const auto &[language, value] : entries)
        text.set(QLatin1String(language), QString::fromUtf8(value));
    return text;
}

TEST(TextFallback, KyrgyzFallsBackToRussianBeforeEnglish)
{
    const dpi::LocalizedText text = make({{"en", "Payments"}, {"ru", "Платежи"}});
    const dpi::ResolvedText resolved = dpi::resolveText(text, QStringLiteral("ky"));
    EXPECT_EQ(resolved.text, QStringLiteral("Платежи"));
    EXPECT_EQ(resolved.language, QStringLiteral("ru"));
    // The plain lookup used by the report and dpiw follows the same chain.
    EXPECT_EQ(text.text(QStringLiteral("ky")), QStringLiteral("Платежи"));
}

TEST(TextFallback, ExactLanguageWins)
{
    const dpi::LocalizedText text = make({{"en", "Payments"}, {"ru", "Платежи"}, {"ky", "Төлөмдөр"}});
    EXPECT_EQ(dpi::resolveText(text, QStringLiteral("ky")).language, QStringLiteral("ky"));
    EXPECT_EQ(dpi::resolveText(text, QStringLiteral("ru")).text, QStringLiteral("Платежи"));
}

TEST(TextFallback, RussianFallsBackToEnglishThenToAnyLanguage)
{
    const dpi::LocalizedText english = make({{"en", "Payments"}, {"ky", "Төлөмдөр"}});
    EXPECT_EQ(dpi::resolveText(english, QStringLiteral("ru")).language, QStringLiteral("en"));
    const dpi::LocalizedText kyrgyzOnly = make({{"ky", "Төлөмдөр"}});
    const dpi::ResolvedText resolved = dpi::resolveText(kyrgyzOnly, QStringLiteral("ru"));
    EXPECT_EQ(resolved.text, QStringLiteral("Төлөмдөр"));
    EXPECT_EQ(resolved.language, QStringLiteral("ky"));
    EXPECT_TRUE(dpi::resolveText(dpi::LocalizedText(), QStringLiteral("ky")).language.isEmpty());
}

TEST(TextFallback, Chains)
{
    EXPECT_EQ(dpi::languageFallbackChain(QStringLiteral("ky")), (QStringList{QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")}));
    EXPECT_EQ(dpi::languageFallbackChain(QStringLiteral("ru")), (QStringList{QStringLiteral("ru"), QStringLiteral("en")}));
    EXPECT_EQ(dpi::languageFallbackChain(QStringLiteral("en")), (QStringList{QStringLiteral("en")}));
}

} // namespace
