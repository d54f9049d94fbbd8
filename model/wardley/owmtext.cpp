#include "owmtext.h"

#include <QLatin1String>
#include <QLocale>

#include <array>

namespace dpi {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Length of the numeric prefix of `text` (after nothing: callers trim).
qsizetype numericPrefixLength(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(text[i])) {
        ++i;
        ++digits;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && isDigit(text[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < n && (text[j] == u'+' || text[j] == u'-'))
            ++j;
        qsizetype expDigits = 0;
        while (j < n && isDigit(text[j])) {
            ++j;
            ++expDigits;
        }
        if (expDigits > 0)
            i = j;
    }
    return i;
}

} // namespace

std::optional<double> owmParseNumber(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype length = numericPrefixLength(trimmed);
    if (length == 0)
        return std::nullopt;
    bool ok = false;
    const double value = trimmed.left(length).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

bool owmIsNumber(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    return !trimmed.isEmpty() && numericPrefixLength(trimmed) == trimmed.size();
}

QString owmFormatNumber(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

qsizetype owmQuotedEnd(QStringView text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
            continue;
        }
        if (text[i] == u'"')
            return i + 1;
    }
    return -1;
}

QString owmUnescape(QStringView inner)
{
    QString out;
    out.reserve(inner.size());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner[i];
        if (c != u'\\' || i + 1 >= inner.size()) {
            out += c;
            continue;
        }
        const QChar next = inner[++i];
        switch (next.unicode()) {
        case u'n': out += u'\n'; break;
        case u'r': out += u'\r'; break;
        case u't': out += u'\t'; break;
        case u'"': out += u'"'; break;
        case u'\\': out += u'\\'; break;
        case u'[': out += u'['; break;
        case u']': out += u']'; break;
        default:
            out += c;
            out += next;
            break;
        }
    }
    return out;
}

bool owmStartsWithKeyword(const QString &name)
{
    // The reference engine's link filter tests a bare prefix (no word
    // boundary), so "building" counts as "build".
    static const std::array<QLatin1String, 25> keywords = {
        QLatin1String("evolution"), QLatin1String("anchor"), QLatin1String("evolve"), QLatin1String("component"),
        QLatin1String("style"), QLatin1String("build"), QLatin1String("buy"), QLatin1String("outsource"),
        QLatin1String("title"), QLatin1String("annotation"), QLatin1String("pipeline"), QLatin1String("note"),
        QLatin1String("pioneers"), QLatin1String("settlers"), QLatin1String("townplanners"), QLatin1String("submap"),
        QLatin1String("url"), QLatin1String("{"), QLatin1String("}"), QLatin1String("accelerator"),
        QLatin1String("deaccelerator"), QLatin1String("size"), QLatin1String("market"), QLatin1String("ecosystem"),
        QLatin1String("valuechain")};
    for (const QLatin1String &keyword : keywords) {
        if (name.startsWith(keyword))
            return true;
    }
    return false;
}

QString owmSingleLine(const QString &text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String(" "));
    out.replace(u'\n', u' ');
    out.replace(u'\r', u' ');
    return out;
}

QString owmQuoteIfNeeded(const QString &name, bool force)
{
    static const std::array<QLatin1String, 12> risky = {
        QLatin1String("->"), QLatin1String("+>"), QLatin1String("+<"), QLatin1String("+'"),
        QLatin1String("//"), QLatin1String("/*"), QLatin1String("*/"), QLatin1String(";"),
        QLatin1String("["), QLatin1String("]"), QLatin1String("\""), QLatin1String("\\")};
    bool quote = force || name.isEmpty() || name.trimmed() != name || name.startsWith(u'(') || name.endsWith(u')');
    for (const QChar c : name) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            quote = true;
    }
    for (const QLatin1String &r : risky) {
        if (name.contains(r))
            quote = true;
    }
    if (!quote)
        return name;
    QString out;
    out.reserve(name.size() + 2);
    out += u'"';
    for (const QChar c : name) {
        switch (c.unicode()) {
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'"': out += QLatin1String("\\\""); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default: out += c; break;
        }
    }
    out += u'"';
    return out;
}

} // namespace dpi
