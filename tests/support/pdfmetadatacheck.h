#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

// Reads a PDF's metadata back the way other programs do: the Info dictionary
// through poppler's pdfinfo, and the XMP packet (pdfinfo -meta) through a
// real XML parser.
namespace dpitest {

struct PdfMetadataFacts
{
    QString error;       // pdfinfo failed
    QString infoTitle;   // Info dictionary /Title
    int infoTitleLines = 0; // lines pdfinfo printed for the title
    QString xmpError;    // empty when the XMP packet parsed
    QString xmpTitle;    // dc:title
    QStringList xmpCreators; // dc:creator entries
    bool xmpScript = false;  // a <script> element anywhere in the packet
};

inline QString runPdfinfo(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("pdfinfo %1 failed: %2").arg(arguments.join(QLatin1Char(' ')),
                                                              QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline PdfMetadataFacts readPdfMetadata(const QString &pdf)
{
    PdfMetadataFacts facts;
    const QString info = runPdfinfo({QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf}, &facts.error);
    if (!facts.error.isEmpty())
        return facts;
    // The title runs from "Title:" to the next "Key:" line pdfinfo prints.
    const QRegularExpression title(QStringLiteral(R"(^Title:\s+(.*?)\n(?=[A-Z][A-Za-z ]*:))"),
                                   QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(info);
    facts.infoTitle = match.captured(1);
    facts.infoTitleLines = match.hasMatch() ? int(facts.infoTitle.count(QLatin1Char('\n'))) + 1 : 0;

    const QString xmp = runPdfinfo({QStringLiteral("-meta"), pdf}, &facts.error);
    if (!facts.error.isEmpty())
        return facts;
    QXmlStreamReader reader(xmp);
    QStringList open;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            open << reader.qualifiedName().toString();
            if (reader.name().compare(QLatin1String("script"), Qt::CaseInsensitive) == 0)
                facts.xmpScript = true;
            if (open.last() == QLatin1String("rdf:li") && open.contains(QLatin1String("dc:creator")))
                facts.xmpCreators << QString();
        } else if (token == QXmlStreamReader::EndElement) {
            open.removeLast();
        } else if (token == QXmlStreamReader::Characters && !open.isEmpty() && open.last() == QLatin1String("rdf:li")) {
            if (open.contains(QLatin1String("dc:title")))
                facts.xmpTitle += reader.text();
            else if (open.contains(QLatin1String("dc:creator")) && !facts.xmpCreators.isEmpty())
                facts.xmpCreators.last() += reader.text();
        }
    }
    if (reader.hasError())
        facts.xmpError = QStringLiteral("%1:%2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
    else if (xmp.trimmed().isEmpty())
        facts.xmpError = QStringLiteral("no XMP packet");
    return facts;
}

} // namespace dpitest
