#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace dpi {

/**
 * Colours YAML line by line: keys, comments, quoted strings, numbers and
 * booleans, anchors/aliases/tags, document markers and directives, block
 * scalar indicators. The text of a block scalar (| or >) is a string, so a
 * block state carries its parent indentation to the following lines.
 */
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    /** Highlights a value or flow-collection fragment; returns where a comment starts or -1. */
    int highlightValue(const QString &text, int from);
    void highlightScalar(const QString &text, int start, int length);

    QTextCharFormat m_key;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_anchor;
    QTextCharFormat m_tag;
    QTextCharFormat m_marker;
    QTextCharFormat m_blockIndicator;
    QTextCharFormat m_punctuation;
    QTextCharFormat m_blockText;
};

} // namespace dpi
