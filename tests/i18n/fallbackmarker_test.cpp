// Where a framework text is missing in the content language, the heading
// above it says which language it is shown in.
#include "fallbackmarker.h"
#include "localizedtext.h"

#include <QLabel>

#include <gtest/gtest.h>

namespace {

TEST(FallbackMarker, HeadingSaysWhichLanguageIsShownAndRestoresWhenNotNeeded)
{
    dpi::LocalizedText question;
    question.set(QStringLiteral("en"), QStringLiteral("Is there a law?"));
    question.set(QStringLiteral("ru"), QStringLiteral("Есть ли закон?"));

    QLabel heading(QStringLiteral("Question"));
    dpi::markFallback(&heading, question, QStringLiteral("ky"));
    EXPECT_TRUE(heading.text().startsWith(QStringLiteral("Question ")));
    EXPECT_TRUE(heading.text().contains(QStringLiteral("shown in Russian: no Kyrgyz text"))) << heading.text().toStdString();
    EXPECT_EQ(heading.toolTip(), QStringLiteral("shown in Russian: no Kyrgyz text"));
    EXPECT_TRUE(heading.wordWrap()) << "a long note must wrap, not widen the criterion panel";

    dpi::markFallback(&heading, question, QStringLiteral("ru"));
    EXPECT_EQ(heading.text(), QStringLiteral("Question"));
    EXPECT_TRUE(heading.toolTip().isEmpty());

    dpi::LocalizedText englishOnly(QStringLiteral("Is there a law?"));
    EXPECT_EQ(dpi::fallbackNote(englishOnly, QStringLiteral("ru")), QStringLiteral("shown in English: no Russian text"));
    EXPECT_EQ(dpi::fallbackNote(englishOnly, QStringLiteral("en")), QString());
}

} // namespace
