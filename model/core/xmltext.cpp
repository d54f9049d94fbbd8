#include "xmltext.h"

namespace dpi {

namespace {

bool isForbiddenControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
}

bool isNonCharacter(char16_t c)
{
    return c == 0xFFFE || c == 0xFFFF;
}

} // namespace

QString xmlAllowedText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                out += text.at(i);
                out += text.at(++i);
            }
            continue;
        }
        if (QChar::isLowSurrogate(c) || isForbiddenControl(c) || isNonCharacter(c))
            continue;
        out += text.at(i);
    }
    return out;
}

QString xmlEscaped(const QString &text)
{
    const QString allowed = xmlAllowedText(text);
    QString out;
    out.reserve(allowed.size() + allowed.size() / 8);
    for (const QChar c : allowed) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&apos;"); break;
        case u'\r': out += QLatin1String("&#13;"); break;
        default: out += c; break;
        }
    }
    return out;
}

QByteArray xmlWithoutForbiddenCharacters(const QByteArray &utf8)
{
    // In UTF-8 a byte below 0x20 is always that control character (bytes of
    // longer sequences are >= 0x80), and U+FFFE/U+FFFF are EF BF BE/BF, whose
    // lead byte EF never continues another sequence: a byte scan is exact.
    const auto forbiddenAt = [&utf8](qsizetype i) -> int {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r')
            return 1;
        if (b == 0xEF && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0xBF) {
            const auto last = static_cast<unsigned char>(utf8[i + 2]);
            if (last == 0xBE || last == 0xBF)
                return 3;
        }
        return 0;
    };
    qsizetype i = 0;
    while (i < utf8.size() && forbiddenAt(i) == 0)
        ++i;
    if (i == utf8.size())
        return utf8;
    QByteArray out = utf8.left(i);
    while (i < utf8.size()) {
        if (const int skip = forbiddenAt(i)) {
            i += skip;
            continue;
        }
        out += utf8[i++];
    }
    return out;
}

} // namespace dpi
