#include "frameworkreader.h"
#include "testpaths.h"
#include "translationstatus.h"

#include <gtest/gtest.h>

using namespace dpi;

// Translation status on the mini fixture, whose texts are partly English only
// and partly English and Russian: no widget needed to ask what is missing.
TEST(TranslationStatus, NamesWhatEachLanguageLacks)
{
    const FrameworkReadResult read = readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    ASSERT_TRUE(read.ok());
    const Framework &framework = *read.framework;
    EXPECT_EQ(translations::frameworkLanguages(framework), (QStringList{QStringLiteral("en"), QStringLiteral("ru")}));
    EXPECT_EQ(translations::expectedLanguages(framework), (QStringList{QStringLiteral("en"), QStringLiteral("ru")}));
    EXPECT_EQ(translations::languageName(QStringLiteral("ru")), QStringLiteral("Russian"));
    EXPECT_EQ(translations::languageName(QStringLiteral("zz")), QStringLiteral("zz"));

    // exchange.membership: title in en and ru, the rest in English only.
    const Criterion *membership = framework.findCriterion(QStringLiteral("exchange.membership"));
    ASSERT_NE(membership, nullptr);
    EXPECT_EQ(translations::missingInCriterion(*membership, {QStringLiteral("en"), QStringLiteral("ru")}),
              QStringList{QStringLiteral("Russian: question, guidance, evidence, rubric 0, rubric 1, rubric 2, rubric 3, rubric 4")});
    // An optional text empty in every language lacks nothing; blanks are no text.
    LocalizedText blank;
    blank.set(QStringLiteral("en"), QStringLiteral("  "));
    EXPECT_FALSE(translations::lacks(blank, QStringLiteral("ru")));
    EXPECT_TRUE(translations::lacks(membership->question, QStringLiteral("ru")));
    EXPECT_FALSE(translations::lacks(membership->title, QStringLiteral("ru")));
}
