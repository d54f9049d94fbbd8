#include "frameworkeditor/yamlhighlighter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QFont>
#include <QTextLayout>

#include <gtest/gtest.h>

namespace {

// The format the highlighter gave to character `column` of line `line` (0-based).
QTextCharFormat formatAt(const QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return QTextCharFormat();
}

QColor colourAt(const QTextDocument &document, int line, int column)
{
    return formatAt(document, line, column).foreground().color();
}

class YamlHighlighterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.setPlainText(QStringLiteral(
            "%YAML 1.2\n"                                  // 0 directive
            "---\n"                                        // 1 marker
            "id: demo # the id\n"                          // 2 key, plain value, comment
            "weight: 2.5\n"                                // 3 number
            "allowed: true\n"                              // 4 boolean
            "title: \"Quoted: not a key\"\n"               // 5 string
            "label: {en: Absent, ru: 'Нет'}\n"             // 6 flow map
            "base: &base !custom value\n"                  // 7 anchor, tag
            "copy: *base\n"                                // 8 alias
            "description: >-\n"                            // 9 block indicator
            "  folded text: with a colon # not a comment\n" // 10 block text
            "\n"                                           // 11 blank, still in the block
            "  more text\n"                                // 12
            "next: x\n"                                    // 13 back to keys
            "  # indented comment\n"                       // 14
            "list:\n"                                      // 15
            "  - name: one\n"));                           // 16 sequence entry with key
        highlighter = new dpi::YamlHighlighter(&document);
        highlighter->rehighlight();
    }

    QTextDocument document;
    dpi::YamlHighlighter *highlighter = nullptr; // owned by the document
};

} // namespace

TEST_F(YamlHighlighterTest, KeysValuesAndCommentsAreToldApart)
{
    const QColor key = colourAt(document, 2, 0);
    EXPECT_TRUE(key.isValid());
    EXPECT_EQ(colourAt(document, 3, 0), key);
    EXPECT_EQ(colourAt(document, 13, 0), key);
    EXPECT_EQ(colourAt(document, 16, 4), key) << "a key after a sequence dash";
    EXPECT_EQ(colourAt(document, 6, 8), key) << "a key inside a flow mapping";
    EXPECT_NE(colourAt(document, 2, 4), key) << "a plain value";

    EXPECT_TRUE(formatAt(document, 2, 9).fontItalic()) << "a comment after a value";
    EXPECT_TRUE(formatAt(document, 14, 2).fontItalic()) << "an indented comment line";
    EXPECT_FALSE(formatAt(document, 2, 4).fontItalic());
}

TEST_F(YamlHighlighterTest, ScalarsHaveTheirOwnColours)
{
    const QColor key = colourAt(document, 2, 0);
    const QColor number = colourAt(document, 3, 8);
    const QColor boolean = colourAt(document, 4, 9);
    const QColor string = colourAt(document, 5, 8);
    for (const QColor &colour : {number, boolean, string}) {
        EXPECT_TRUE(colour.isValid());
        EXPECT_NE(colour, key);
    }
    EXPECT_NE(number, boolean);
    EXPECT_NE(number, string);
    EXPECT_EQ(colourAt(document, 5, 14), string) << "a colon inside quotes does not make a key";
    EXPECT_EQ(colourAt(document, 6, 25), string) << "a quoted value inside a flow mapping";
}

TEST_F(YamlHighlighterTest, AnchorsTagsMarkersAndBlockScalars)
{
    const QColor anchor = colourAt(document, 7, 6);
    EXPECT_TRUE(anchor.isValid());
    EXPECT_EQ(colourAt(document, 8, 6), anchor) << "an alias looks like its anchor";
    EXPECT_NE(colourAt(document, 7, 12), anchor) << "a tag looks different";
    EXPECT_TRUE(colourAt(document, 7, 12).isValid());

    EXPECT_EQ(formatAt(document, 0, 0).fontWeight(), int(QFont::Bold)) << "a directive";
    EXPECT_EQ(formatAt(document, 1, 0).fontWeight(), int(QFont::Bold)) << "a document marker";
    EXPECT_EQ(formatAt(document, 9, 13).fontWeight(), int(QFont::Bold)) << "a block scalar indicator";

    // The block scalar's lines are text: no key, no comment, across a blank line.
    const QColor blockText = colourAt(document, 10, 2);
    EXPECT_TRUE(blockText.isValid());
    EXPECT_NE(blockText, colourAt(document, 2, 0));
    EXPECT_EQ(colourAt(document, 10, 12), blockText);
    EXPECT_FALSE(formatAt(document, 10, 28).fontItalic());
    EXPECT_EQ(colourAt(document, 12, 2), blockText);
    EXPECT_EQ(colourAt(document, 13, 0), colourAt(document, 2, 0)) << "the block ends at the next key";
}
