#include "htmlheadings.h"

#include <QStringView>

namespace dpi {

namespace {

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    qsizetype end = -1; // just after '>'; -1 when the tag never ends
};

// The tag at `pos` (a '<'); nullopt when no tag name follows, i.e. the '<' is text.
std::optional<Tag> readTag(const QString &html, qsizetype pos)
{
    const qsizetype size = html.size();
    qsizetype i = pos + 1;
    Tag tag;
    if (i < size && html[i] == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < size && isAsciiLetterOrDigit(html[i]))
        ++i;
    if (i == nameStart)
        return std::nullopt;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    QChar quote;
    for (; i < size; ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            tag.selfClosing = html[i - 1] == QLatin1Char('/');
            tag.end = i + 1;
            break;
        }
    }
    return tag;
}

// Tags that only format text inside a block: a heading holding them is still one block.
bool isInlineTextTag(const QString &name)
{
    static const QStringList names{
        QStringLiteral("a"),    QStringLiteral("b"),      QStringLiteral("big"),  QStringLiteral("cite"),
        QStringLiteral("code"), QStringLiteral("em"),     QStringLiteral("font"), QStringLiteral("i"),
        QStringLiteral("kbd"),  QStringLiteral("nobr"),   QStringLiteral("s"),    QStringLiteral("samp"),
        QStringLiteral("small"), QStringLiteral("span"),  QStringLiteral("strong"), QStringLiteral("sub"),
        QStringLiteral("sup"),  QStringLiteral("tt"),     QStringLiteral("u"),    QStringLiteral("var")};
    return names.contains(name);
}

int headingLevel(const QString &name)
{
    if (name.size() == 2 && name[0] == QLatin1Char('h') && name[1] >= QLatin1Char('1') && name[1] <= QLatin1Char('6'))
        return name[1].unicode() - '0';
    return 0;
}

struct Entity
{
    QString text;
    qsizetype end = 0;
};

// The character reference at `pos` (a '&'). A '&' that starts no reference is
// itself; nullopt for a reference the scan does not know (the caller gives up).
std::optional<Entity> readEntity(const QString &html, qsizetype pos)
{
    const qsizetype size = html.size();
    qsizetype i = pos + 1;
    if (i >= size || (html[i] != QLatin1Char('#') && !isAsciiLetterOrDigit(html[i])))
        return Entity{QStringLiteral("&"), pos + 1};
    const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i);
    if (semicolon < 0 || semicolon - i > 10)
        return std::nullopt;
    const QStringView name = QStringView(html).mid(i, semicolon - i);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::nullopt;
        const char32_t character = code;
        return Entity{QString::fromUcs4(&character, 1), semicolon + 1};
    }
    static const std::pair<QLatin1String, QChar> known[] = {
        {QLatin1String("amp"), QLatin1Char('&')},  {QLatin1String("lt"), QLatin1Char('<')},
        {QLatin1String("gt"), QLatin1Char('>')},   {QLatin1String("quot"), QLatin1Char('"')},
        {QLatin1String("apos"), QLatin1Char('\'')}, {QLatin1String("nbsp"), QChar(0x00a0)}};
    for (const auto &[entityName, character] : known) {
        if (name == entityName)
            return Entity{QString(character), semicolon + 1};
    }
    return std::nullopt;
}

} // namespace

std::optional<QList<HtmlHeading>> scanHtmlHeadings(const QString &html)
{
    QList<HtmlHeading> headings;
    int level = 0; // of the heading being read, 0 outside headings
    QString text;
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = html[i];
        if (c == QLatin1Char('&') && level > 0) {
            const std::optional<Entity> entity = readEntity(html, i);
            if (!entity)
                return std::nullopt;
            text += entity->text;
            i = entity->end;
            continue;
        }
        if (c != QLatin1Char('<')) {
            if (level > 0)
                text += c;
            ++i;
            continue;
        }
        if (QStringView(html).mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            if (end < 0)
                return std::nullopt;
            i = end + 3;
            continue;
        }
        if (i + 1 < size && (html[i + 1] == QLatin1Char('!') || html[i + 1] == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0 || level > 0)
                return std::nullopt;
            i = end + 1;
            continue;
        }
        const std::optional<Tag> tag = readTag(html, i);
        if (!tag) {
            if (level > 0)
                return std::nullopt; // a bare '<' in a heading: leave it to the HTML parser
            ++i;
            continue;
        }
        if (tag->end < 0 || tag->name == QLatin1String("script"))
            return std::nullopt;
        if (!tag->closing && (tag->name == QLatin1String("style") || tag->name == QLatin1String("title"))) {
            // Their text is not part of the page; the closing tag is read next.
            const qsizetype close = html.indexOf(QStringLiteral("</") + tag->name, tag->end, Qt::CaseInsensitive);
            if (close < 0 || level > 0)
                return std::nullopt;
            i = close;
            continue;
        }
        if (const int tagLevel = headingLevel(tag->name); tagLevel > 0) {
            if (!tag->closing) {
                if (level > 0 || tag->selfClosing)
                    return std::nullopt;
                level = tagLevel;
                text.clear();
            } else {
                if (level != tagLevel)
                    return std::nullopt;
                const QString title = text.simplified();
                if (!title.isEmpty())
                    headings << HtmlHeading{title, level};
                level = 0;
            }
        } else if (level > 0) {
            if (tag->name == QLatin1String("br"))
                text += QLatin1Char(' ');
            else if (!isInlineTextTag(tag->name))
                return std::nullopt;
        }
        i = tag->end;
    }
    if (level > 0)
        return std::nullopt;
    return headings;
}

} // namespace dpi
