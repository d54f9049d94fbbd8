#include "templatesyntaxhighlighter.h"

#include <QFileInfo>

namespace dpi {

namespace {

QTextCharFormat makeFormat(const QColor &color, bool bold = false, bool italic = false, const QColor &background = QColor())
{
    QTextCharFormat result;
    result.setForeground(color);
    if (bold)
        result.setFontWeight(QFont::Bold);
    result.setFontItalic(italic);
    if (background.isValid())
        result.setBackground(background);
    return result;
}

} // namespace

TemplateSyntaxHighlighter::TemplateSyntaxHighlighter(Language language, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_tag(makeFormat(QColor(0x1f, 0x4e, 0x9a)))
    , m_attribute(makeFormat(QColor(0x8a, 0x4b, 0x08)))
    , m_value(makeFormat(QColor(0x2e, 0x7d, 0x32)))
    , m_comment(makeFormat(QColor(0x80, 0x80, 0x80), false, true))
    , m_entity(makeFormat(QColor(0x6a, 0x1b, 0x9a)))
    , m_mustacheVariable(makeFormat(QColor(0xad, 0x14, 0x57), true, false, QColor(0xfc, 0xe4, 0xec)))
    , m_mustacheSection(makeFormat(QColor(0x00, 0x69, 0x7c), true, false, QColor(0xe0, 0xf2, 0xf1)))
    , m_mustacheInverted(makeFormat(QColor(0xbf, 0x36, 0x0c), true, false, QColor(0xfb, 0xe9, 0xe7)))
    , m_mustachePartial(makeFormat(QColor(0x45, 0x27, 0xa0), true, false, QColor(0xed, 0xe7, 0xf6)))
    , m_mustacheComment(makeFormat(QColor(0x75, 0x75, 0x75), false, true, QColor(0xf1, 0xf1, 0xf1)))
    , m_property(makeFormat(QColor(0x1f, 0x4e, 0x9a)))
{
}

TemplateSyntaxHighlighter::Language TemplateSyntaxHighlighter::languageForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("css"))
        return Language::Css;
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return Language::Yaml;
    return Language::Html;
}

void TemplateSyntaxHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    switch (m_language) {
    case Language::Html:
        highlightHtml(text);
        highlightBlockComments(text, QStringLiteral("<!--"), QStringLiteral("-->"));
        break;
    case Language::Css:
        highlightCss(text);
        highlightBlockComments(text, QStringLiteral("/*"), QStringLiteral("*/"));
        break;
    case Language::Yaml:
        highlightYaml(text);
        break;
    }
    highlightMustache(text);
}

void TemplateSyntaxHighlighter::highlightHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"(</?[A-Za-z][A-Za-z0-9-]*|/?>)"));
    static const QRegularExpression attribute(QStringLiteral(R"(\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?=\s*=))"));
    static const QRegularExpression value(QStringLiteral(R"(=\s*("[^"]*"|'[^']*'))"));
    static const QRegularExpression entity(QStringLiteral(R"(&[A-Za-z0-9#]+;)"));
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(), match.capturedLength(), m_tag);
    }
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(1), match.capturedLength(1), m_attribute);
    }
    for (auto it = value.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(1), match.capturedLength(1), m_value);
    }
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(), match.capturedLength(), m_entity);
    }
}

void TemplateSyntaxHighlighter::highlightCss(const QString &text)
{
    static const QRegularExpression selector(QStringLiteral(R"(^\s*([^{}:;]+)(?=\{))"));
    static const QRegularExpression property(QStringLiteral(R"(([A-Za-z-]+)\s*:(?!:))"));
    static const QRegularExpression value(QStringLiteral(R"(:\s*([^;{}]+);)"));
    if (const auto match = selector.match(text); match.hasMatch())
        setFormat(match.capturedStart(1), match.capturedLength(1), m_tag);
    for (auto it = value.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(1), match.capturedLength(1), m_value);
    }
    if (text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char(':')))
        return;
    for (auto it = property.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(match.capturedStart(1), match.capturedLength(1), m_property);
    }
}

void TemplateSyntaxHighlighter::highlightYaml(const QString &text)
{
    static const QRegularExpression key(QStringLiteral(R"(^(\s*-?\s*)([A-Za-z0-9_.-]+)\s*:)"));
    static const QRegularExpression comment(QStringLiteral(R"((^|\s)#.*$)"));
    if (const auto match = key.match(text); match.hasMatch())
        setFormat(match.capturedStart(2), match.capturedLength(2), m_property);
    if (const auto match = comment.match(text); match.hasMatch())
        setFormat(match.capturedStart(), match.capturedLength(), m_comment);
}

void TemplateSyntaxHighlighter::highlightBlockComments(const QString &text, const QString &open, const QString &close)
{
    qsizetype start = previousBlockState() == InComment ? 0 : text.indexOf(open);
    while (start >= 0) {
        const qsizetype searchFrom = (start == 0 && previousBlockState() == InComment) ? 0 : start + open.size();
        const qsizetype end = text.indexOf(close, searchFrom);
        qsizetype length;
        if (end < 0) {
            setCurrentBlockState(InComment);
            length = text.size() - start;
        } else {
            length = end - start + close.size();
        }
        setFormat(start, length, m_comment);
        if (end < 0)
            break;
        start = text.indexOf(open, start + length);
    }
}

void TemplateSyntaxHighlighter::highlightMustache(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"(\{\{\{[^}]*\}\}\}|\{\{[^}]*\}\})"));
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString inner = match.captured().mid(2).trimmed();
        const QChar kind = inner.isEmpty() ? QChar() : inner.front();
        const QTextCharFormat *chosen = &m_mustacheVariable;
        if (kind == QLatin1Char('#') || kind == QLatin1Char('/'))
            chosen = &m_mustacheSection;
        else if (kind == QLatin1Char('^'))
            chosen = &m_mustacheInverted;
        else if (kind == QLatin1Char('>'))
            chosen = &m_mustachePartial;
        else if (kind == QLatin1Char('!'))
            chosen = &m_mustacheComment;
        setFormat(match.capturedStart(), match.capturedLength(), *chosen);
    }
}

} // namespace dpi
