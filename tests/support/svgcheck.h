#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

// Reads an exported SVG with a real XML parser and collects what the escaping
// tests look at. Anything that could run when a browser opens the file counts
// as active: a <script>, <foreignObject>, <iframe>, <object> or <embed>
// element, an on* event attribute, or a javascript: link.
namespace dpitest {

struct SvgFacts
{
    QString error;          // empty when the whole document parsed
    QString rootName;
    int titleCount = 0;     // <title> elements anywhere
    QString title;          // text of the first <title> child of the root
    QString description;    // text of the first <desc> child of the root
    QStringList texts;      // text of every <text> element
    QStringList active;     // what a browser could run (see above)
    QStringList fontFamilies;
};

inline SvgFacts readSvg(const QByteArray &svg)
{
    static const QStringList activeElements = {QStringLiteral("script"), QStringLiteral("foreignobject"),
                                               QStringLiteral("iframe"), QStringLiteral("object"),
                                               QStringLiteral("embed")};
    SvgFacts facts;
    QXmlStreamReader reader(svg);
    QStringList open;        // names of the elements the reader is inside
    QString *collecting = nullptr;
    int collectingDepth = 0; // depth of the element whose text is collected
    bool titleSeen = false;
    bool descriptionSeen = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            if (collecting)
                *collecting += reader.text();
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (collecting && open.size() == collectingDepth)
                collecting = nullptr;
            open.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        open << name;
        if (open.size() == 1)
            facts.rootName = name;
        if (activeElements.contains(name.toLower()))
            facts.active << QStringLiteral("<%1>").arg(name);
        for (const QXmlStreamAttribute &attribute : reader.attributes()) {
            const QString attributeName = attribute.name().toString();
            if (attributeName.startsWith(QLatin1String("on"), Qt::CaseInsensitive))
                facts.active << QStringLiteral("%1=").arg(attributeName);
            if (attribute.value().trimmed().startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive))
                facts.active << QStringLiteral("%1=javascript:").arg(attributeName);
            if (attributeName == QLatin1String("font-family"))
                facts.fontFamilies << attribute.value().toString();
        }
        if (name == QLatin1String("title"))
            ++facts.titleCount;
        if (collecting)
            continue; // an element inside a collected one: its text belongs to the outer one
        if (open.size() == 2 && name == QLatin1String("title") && !titleSeen) {
            titleSeen = true;
            collecting = &facts.title;
        } else if (open.size() == 2 && name == QLatin1String("desc") && !descriptionSeen) {
            descriptionSeen = true;
            collecting = &facts.description;
        } else if (name == QLatin1String("text")) {
            facts.texts << QString();
            collecting = &facts.texts.last();
        }
        if (collecting)
            collectingDepth = int(open.size());
    }
    if (reader.hasError())
        facts.error = QStringLiteral("%1:%2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
    return facts;
}

} // namespace dpitest
