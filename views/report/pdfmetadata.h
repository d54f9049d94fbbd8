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

// XMP packet for QPdfWriter::setDocumentXmpMetadata. Qt 6.4's writer has no
// author or subject setters, so they travel in XMP (dc:creator, dc:description).
QByteArray pdfXmpMetadata(const PdfMetadata &metadata);

} // namespace dpi
