#include "pdfmetadata.h"

#include "xmltext.h"

#include <QRegularExpression>

namespace dpi {

QString pdfInfoText(const QString &text)
{
    // Runs of line breaks, tabs and other controls become one space.
    static const QRegularExpression controls(QStringLiteral("[\\x{0}-\\x{1f}\\x{7f}]+"));
    QString single = text;
    single.replace(controls, QStringLiteral(" "));
    return xmlAllowedText(single);
}

namespace {

QString alternative(const QString &text)
{
    return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>").arg(xmlEscaped(text));
}

} // namespace

QByteArray pdfXmpMetadata(const PdfMetadata &metadata)
{
    QString authors;
    for (const QString &author : metadata.authors)
        authors += QStringLiteral("<rdf:li>%1</rdf:li>").arg(xmlEscaped(author));
    const QString created = metadata.created.toOffsetFromUtc(metadata.created.offsetFromUtc()).toString(Qt::ISODate);

    QString xmp;
    xmp += QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    xmp += QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    xmp += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    xmp += QStringLiteral("<dc:format>application/pdf</dc:format>\n");
    xmp += QStringLiteral("<dc:title>%1</dc:title>\n").arg(alternative(metadata.title));
    if (!authors.isEmpty())
        xmp += QStringLiteral("<dc:creator><rdf:Seq>%1</rdf:Seq></dc:creator>\n").arg(authors);
    if (!metadata.subject.isEmpty())
        xmp += QStringLiteral("<dc:description>%1</dc:description>\n").arg(alternative(metadata.subject));
    if (!metadata.language.isEmpty())
        xmp += QStringLiteral("<dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag></dc:language>\n").arg(xmlEscaped(metadata.language));
    xmp += QStringLiteral("</rdf:Description>\n");
    xmp += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                          "<pdf:Producer>%1</pdf:Producer>\n</rdf:Description>\n").arg(xmlEscaped(metadata.creatorTool));
    xmp += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                          "<xmp:CreatorTool>%1</xmp:CreatorTool>\n<xmp:CreateDate>%2</xmp:CreateDate>\n"
                          "<xmp:ModifyDate>%2</xmp:ModifyDate>\n</rdf:Description>\n")
               .arg(xmlEscaped(metadata.creatorTool), created);
    if (metadata.pdfA1b) {
        xmp += QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                              "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n");
    }
    xmp += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

} // namespace dpi
