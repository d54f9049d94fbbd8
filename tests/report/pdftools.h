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

// pdftotext -layout, one string per page, without the running header (the
// first line) and the footer (the line with the page number) of every page
// but the first.
QStringList pdfLayoutPages(const QString &pdf);
// pdftotext -layout of a vertical strip of pages first..last (1-based): from
// `left` (in points from the page's left edge) `width` points wide, to read
// one column of a table without the lines of its neighbours.
QString pdfColumnText(const QString &pdf, int left, int width, int first, int last);
// Text with all white space removed and typographic ligatures (ﬁ, ﬂ, …)
// spelt out, to compare wrapped lines and long addresses.
QString squeezed(const QString &text);

} // namespace reporttest
