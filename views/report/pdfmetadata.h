#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dpi {

struct PdfMetadata
{
    QString title;
    QStringList authors;
    QString subject;
    QString creatorTool;
    QString language;        // BCP 47, e.g. "en", "ru"
    QDateTime created;
    bool pdfA1b = false;     // declares PDF/A-1b conformance (pdfaid)
};

// A text for the PDF's Info dictionary (QPdfWriter::setTitle) and for its XMP
// twin: one line, without control characters. Qt 6.4 escapes ( ) and \ of
// Info strings itself, but copies CR and other controls through as they are.
QString pdfInfoText(const QString &text);

// XMP packet for QPdfWriter::setDocumentXmpMetadata. Qt 6.4's writer has no
// author or subject setters, so they travel in XMP (dc:creator, dc:description).
// Every text is escaped with xmlEscaped() (xmltext.h).
QByteArray pdfXmpMetadata(const PdfMetadata &metadata);

} // namespace dpi
