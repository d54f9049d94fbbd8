#include "yamlhighlighter.h"

#include <QRegularExpression>

#include <algorithm>

namespace dpi {

namespace {

// Block state: -1 outside a block scalar; otherwise the indentation of the
// node that owns it (its text lines are indented deeper than that).
constexpr int kNoBlockScalar = -1;

int indentationOf(const QString &text)
{
    int indent = 0;
    while (indent < text.size() && text.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isFlowIndicator(QChar c)
{
    return c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[') || c == QLatin1Char(']')
        || c == QLatin1Char(',');
}

// Index just past the closing quote of the quoted scalar at `start`, or the end of the line.
int quotedEnd(const QString &text, int start)
{
    const QChar quote = text.at(start);
    int i = start + 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == quote) {
            // '' is an escaped quote inside a single-quoted scalar.
            if (quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return int(text.size());
}

// A ':' that ends a key: followed by a space, the end of the line or (in flow) a flow indicator.
bool isKeyColon(const QString &text, int i, bool inFlow)
{
    if (i >= text.size() || text.at(i) != QLatin1Char(':'))
        return false;
    if (i + 1 >= text.size())
        return true;
    const QChar next = text.at(i + 1);
    return next.isSpace() || (inFlow && isFlowIndicator(next));
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x0b, 0x4f, 0x9c));
    m_comment.setForeground(QColor(0x6e, 0x7b, 0x70));
    m_comment.setFontItalic(true);
    m_string.setForeground(QColor(0x1d, 0x7a, 0x35));
    m_blockText.setForeground(QColor(0x2f, 0x6b, 0x3d));
    m_number.setForeground(QColor(0x8e, 0x3c, 0xb0));
    m_keyword.setForeground(QColor(0xb3, 0x58, 0x00));
    m_anchor.setForeground(QColor(0xb0, 0x00, 0x6a));
    m_tag.setForeground(QColor(0x00, 0x7c, 0x80));
    m_marker.setForeground(QColor(0x55, 0x55, 0x55));
    m_marker.setFontWeight(QFont::Bold);
    m_blockIndicator.setForeground(QColor(0xb3, 0x58, 0x00));
    m_blockIndicator.setFontWeight(QFont::Bold);
    m_punctuation.setForeground(QColor(0x80, 0x80, 0x80));
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(kNoBlockScalar);
    const int indent = indentationOf(text);

    const int blockParent = previousBlockState();
    if (blockParent != kNoBlockScalar) {
        if (isBlank(text) || indent > blockParent) {
            setFormat(0, int(text.size()), m_blockText);
            setCurrentBlockState(blockParent);
            return;
        }
    }

    if (text.startsWith(QLatin1Char('%'))) {
        setFormat(0, int(text.size()), m_marker);
        return;
    }
    if ((text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        && (text.size() == 3 || text.at(3).isSpace())) {
        setFormat(0, 3, m_marker);
        if (text.startsWith(QLatin1String("---"))) {
            const int comment = highlightValue(text, 3);
            if (comment >= 0)
                setFormat(comment, int(text.size()) - comment, m_comment);
        }
        return;
    }
    if (text.mid(indent).startsWith(QLatin1Char('#'))) {
        setFormat(indent, int(text.size()) - indent, m_comment);
        return;
    }

    // Sequence entries: "- ", possibly nested ("- - x").
    int pos = indent;
    int parentIndent = indent;
    while (pos < text.size() && text.at(pos) == QLatin1Char('-')
           && (pos + 1 == text.size() || text.at(pos + 1) == QLatin1Char(' '))) {
        setFormat(pos, 1, m_punctuation);
        parentIndent = pos;
        ++pos;
        while (pos < text.size() && text.at(pos) == QLatin1Char(' '))
            ++pos;
    }
    if (pos >= text.size())
        return;

    // A block-mapping key, plain or quoted.
    int keyEnd = -1;
    const QChar first = text.at(pos);
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        const int end = quotedEnd(text, pos);
        int colon = end;
        while (colon < text.size() && text.at(colon) == QLatin1Char(' '))
            ++colon;
        if (isKeyColon(text, colon, false))
            keyEnd = end;
        if (keyEnd >= 0) {
            setFormat(pos, keyEnd - pos, m_key);
            setFormat(colon, 1, m_punctuation);
            parentIndent = pos;
            pos = colon + 1;
        }
    } else if (!isFlowIndicator(first) && first != QLatin1Char('#') && first != QLatin1Char('|')
               && first != QLatin1Char('>')) {
        for (int i = pos; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('#') && i > 0 && text.at(i - 1).isSpace())
                break;
            if (isKeyColon(text, i, false)) {
                keyEnd = i;
                break;
            }
        }
        if (keyEnd >= 0) {
            setFormat(pos, keyEnd - pos, m_key);
            setFormat(keyEnd, 1, m_punctuation);
            parentIndent = pos;
            pos = keyEnd + 1;
        }
    }

    const int comment = highlightValue(text, pos);
    if (comment >= 0) {
        setFormat(comment, int(text.size()) - comment, m_comment);
    }
    // A block scalar indicator ends the line's value: its text starts on the next line.
    static const QRegularExpression blockIndicator(QStringLiteral("^\\s*(?:[!&][^\\s]+\\s+)*([|>][-+0-9]*)\\s*(#.*)?$"));
    const QRegularExpressionMatch match = blockIndicator.match(text.mid(pos));
    if (match.hasMatch()) {
        setFormat(pos + int(match.capturedStart(1)), int(match.capturedLength(1)), m_blockIndicator);
        setCurrentBlockState(parentIndent);
    }
}

int YamlHighlighter::highlightValue(const QString &text, int from)
{
    int i = from;
    int depth = 0; // nesting of flow collections
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace()))
            return i;
        if (isFlowIndicator(c)) {
            if (c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if (c != QLatin1Char(','))
                depth = std::max(0, depth - 1);
            setFormat(i, 1, m_punctuation);
            ++i;
            continue;
        }
        if (c == QLatin1Char(':') && depth > 0) {
            setFormat(i, 1, m_punctuation);
            ++i;
            continue;
        }
        if (c == QLatin1Char('!') || c == QLatin1Char('&') || c == QLatin1Char('*')) {
            int end = i + 1;
            while (end < text.size() && !text.at(end).isSpace() && !isFlowIndicator(text.at(end)))
                ++end;
            setFormat(i, end - i, c == QLatin1Char('!') ? m_tag : m_anchor);
            i = end;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int end = quotedEnd(text, i);
            int after = end;
            while (after < text.size() && text.at(after) == QLatin1Char(' '))
                ++after;
            setFormat(i, end - i, depth > 0 && isKeyColon(text, after, true) ? m_key : m_string);
            i = end;
            continue;
        }
        if ((c == QLatin1Char('|') || c == QLatin1Char('>')) && depth == 0) {
            // Coloured by the caller, which knows whether it ends the line.
            int end = i + 1;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            i = end;
            continue;
        }
        // A plain scalar: up to a comment, or in flow up to an indicator or a key colon.
        int end = i;
        while (end < text.size()) {
            const QChar e = text.at(end);
            if (e == QLatin1Char('#') && end > 0 && text.at(end - 1).isSpace())
                break;
            if (depth > 0 && (isFlowIndicator(e) || isKeyColon(text, end, true)))
                break;
            ++end;
        }
        int trimmedEnd = end;
        while (trimmedEnd > i && text.at(trimmedEnd - 1).isSpace())
            --trimmedEnd;
        if (depth > 0 && isKeyColon(text, end, true))
            setFormat(i, trimmedEnd - i, m_key);
        else
            highlightScalar(text, i, trimmedEnd - i);
        i = std::max(end, i + 1);
    }
    return -1;
}

void YamlHighlighter::highlightScalar(const QString &text, int start, int length)
{
    if (length <= 0)
        return;
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?$|^0x[0-9a-fA-F]+$|^[-+]?\\.(?:inf|Inf|INF)$|^\\.(?:nan|NaN|NAN)$"));
    static const QRegularExpression keyword(
        QStringLiteral("^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$"));
    const QString scalar = text.mid(start, length);
    if (number.match(scalar).hasMatch())
        setFormat(start, length, m_number);
    else if (keyword.match(scalar).hasMatch())
        setFormat(start, length, m_keyword);
}

} // namespace dpi
