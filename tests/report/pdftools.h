#pragma once

#include <QString>
#include <QStringList>

namespace reporttest {

struct ToolOutput
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a poppler tool (pdftotext, pdfinfo, pdffonts, pdfimages) and waits.
ToolOutput runTool(const QString &program, const QStringList &arguments);

QString pdfText(const QString &pdf);      // pdftotext -layout PDF -
int pdfPageCount(const QString &pdf);     // from pdfinfo
QStringList pdfImages(const QString &pdf); // data lines of pdfimages -list
QStringList pdfFontLines(const QString &pdf); // data lines of pdffonts

} // namespace reporttest
