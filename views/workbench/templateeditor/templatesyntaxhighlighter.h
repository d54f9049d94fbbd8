#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace dpi {

/**
 * Colours a template file: HTML tags, attributes and comments (or CSS
 * selectors, properties and comments, or YAML keys for the manifest), and on
 * top of them every Mustache tag - variables, sections, inverted sections,
 * comments, partials - since a Mustache tag may sit anywhere, even inside an
 * attribute value or a CSS rule.
 */
class TemplateSyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Html, Css, Yaml };

    TemplateSyntaxHighlighter(Language language, QTextDocument *document);

    static Language languageForFile(const QString &fileName);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { Normal = 0, InComment = 1 };

    void highlightHtml(const QString &text);
    void highlightCss(const QString &text);
    void highlightYaml(const QString &text);
    void highlightMustache(const QString &text);
    // Block comments (<!-- -->, /* */) that may span lines.
    void highlightBlockComments(const QString &text, const QString &open, const QString &close);

    Language m_language;
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
    QTextCharFormat m_entity;
    QTextCharFormat m_mustacheVariable;
    QTextCharFormat m_mustacheSection;
    QTextCharFormat m_mustacheInverted;
    QTextCharFormat m_mustachePartial;
    QTextCharFormat m_mustacheComment;
    QTextCharFormat m_property;
};

} // namespace dpi
