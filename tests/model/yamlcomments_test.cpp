#include "yamlcomments.h"

#include <gtest/gtest.h>

using namespace dpi;

TEST(YamlComments, FindsLineAndTrailingComments)
{
    const QString text = QStringLiteral("# top\nid: x # trailing\nurl: http://a#b\n  # indented\n");
    EXPECT_EQ(yamlComments(text),
              QStringList({QStringLiteral("# top"), QStringLiteral("# trailing"), QStringLiteral("# indented")}));
}

TEST(YamlComments, IgnoresHashInsideQuotes)
{
    const QString text = QStringLiteral("a: \"x # not\"\nb: 'it''s # not' # yes\n");
    EXPECT_EQ(yamlComments(text), QStringList({QStringLiteral("# yes")}));
}

TEST(YamlComments, IgnoresHashInsideBlockScalars)
{
    const QString text = QStringLiteral("guidance: |\n  # a heading, not a comment\n  text\nnext: 1 # real\n"
                                        "other: >-\n    # folded text\n");
    EXPECT_EQ(yamlComments(text), QStringList({QStringLiteral("# real")}));
}

TEST(YamlComments, DroppedCountsRepeats)
{
    const QString before = QStringLiteral("# a\n# a\n# b\nx: 1\n");
    const QString after = QStringLiteral("# a\nx: 2\n");
    EXPECT_EQ(droppedYamlComments(before, after), QStringList({QStringLiteral("# a"), QStringLiteral("# b")}));
    EXPECT_TRUE(droppedYamlComments(after, before).isEmpty());
}
