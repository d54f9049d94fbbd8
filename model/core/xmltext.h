#pragma once

#include <QByteArray>
#include <QString>

namespace dpi {

// Text that exports write into XML outside the painter: the SVG's <title> and
// <desc>, the PDF's XMP packet. Map titles, names and project metadata come
// from files pasted from the web, so none of it may reach an export as markup.

// `text` without the characters XML 1.0 forbids anywhere in a document: C0
// controls other than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates.
// Not even a character reference may stand for them, so they are dropped.
QString xmlAllowedText(const QString &text);

// xmlAllowedText() with & < > " ' written as entity references and CR as
// &#13; (a parser turns a raw CR into LF). Safe as element content and as an
// attribute value in either kind of quotes.
QString xmlEscaped(const QString &text);

// A whole UTF-8 XML document written by someone else (QSvgGenerator copies
// control characters of painted text into its <text> elements) without the
// bytes of forbidden characters. Byte-identical when there are none.
QByteArray xmlWithoutForbiddenCharacters(const QByteArray &utf8);

} // namespace dpi
