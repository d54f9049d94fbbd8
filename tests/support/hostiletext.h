#pragma once

#include <QString>
#include <QStringList>

// Texts that must never become markup, a broken file or a new statement in an
// export: titles, names and notes come from maps and projects pasted from the web.
namespace dpitest {

// The example: closes <title> and opens a live script.
inline QString scriptTitle()
{
    return QStringLiteral("</title><script>alert(1)</script><title>");
}

inline QString controlCharacters()
{
    return QStringLiteral("ctl") + QChar(0x01) + QChar(0x08) + QChar(0x0B) + QChar(0x1F) + QStringLiteral("end")
        + QChar(0xFFFE) + QChar(0xFFFF) + QStringLiteral("!");
}

// A project title: markup, a line break, a tab, a control character. (A
// non-character would not survive the project file: YAML turns it into U+FFFD.)
inline QString hostileProjectTitle()
{
    return scriptTitle() + QStringLiteral(" R&D\r\nsecond\tline") + QChar(0x01) + QStringLiteral("!");
}

inline QStringList hostileTexts()
{
    return {
        scriptTitle(),
        QStringLiteral("R&D <b>bold</b> \"double\" 'single' ]]> &amp; &#x41; %1 %2"),
        QStringLiteral("</text><script>alert(2)</script><text>"),
        QStringLiteral("<![CDATA[x]]> <!-- c --> <?pi x?> <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e;"),
        controlCharacters(),
        QStringLiteral("tab\there, CR\rhere, CRLF\r\nand LF\nend"),
        // Right-to-left override and marks, Hebrew, Arabic, combining accent.
        QStringLiteral("RTL \u202Eevil\u202C \u200Fmark\u200E \u05E2\u05D1\u05E8\u05D9\u05EA \u0639\u0631\u0628\u064A e\u0301"),
        QStringLiteral("Very long ") + QString(4000, QLatin1Char('W')),
        QStringLiteral("Кириллица Ѝ and an emoji \U0001F600"),
    };
}

} // namespace dpitest
