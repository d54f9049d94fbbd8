#include "mapexport.h"

#include "mapgeometry.h"
#include "wardleypainter.h"
#include "xmltext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace dpi {

namespace {

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("dpi::MapExport", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

constexpr int kMaxImageSide = 20000; // keeps a typo in --width from allocating gigabytes

// QSvgGenerator (Qt 6.4) writes the family name into font-family="..." as it
// is; no real family has these characters, so they are dropped rather than
// trusted to a later Qt to escape.
QString svgSafeFontFamily(const QString &family)
{
    static const QRegularExpression markup(QStringLiteral("[&<>\"']"));
    QString safe = xmlAllowedText(family);
    safe.remove(markup);
    return safe;
}

// Qt 6.4 writes setTitle()/setDescription() into <title>/<desc> without
// escaping (a title "</title><script>" became a live script), and leaves both
// elements out when they are empty. So the generator gets none, and ours go
// where Qt put its own: right after the <svg ...> start tag. Should a later Qt
// start escaping, nothing here is escaped twice.
QByteArray withTitleAndDescription(const QByteArray &svg, const QString &title, const QString &description)
{
    const qsizetype svgTag = svg.indexOf("<svg");
    const qsizetype tagEnd = svgTag < 0 ? -1 : svg.indexOf('>', svgTag);
    if (tagEnd < 0)
        return svg;
    qsizetype at = tagEnd + 1;
    if (at < svg.size() && svg[at] == '\n')
        ++at;
    const QByteArray elements = QStringLiteral("<title>%1</title>\n<desc>%2</desc>\n")
                                    .arg(xmlEscaped(title), xmlEscaped(description))
                                    .toUtf8();
    return svg.left(at) + elements + svg.mid(at);
}

} // namespace

QByteArray mapToSvg(const WardleyMap &map, const MapPaintOptions &options)
{
    const QRectF canvas = MapGeometry(map).canvasRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(canvas.size().toSize());
    generator.setViewBox(canvas);
    generator.setTitle(QString());
    generator.setDescription(QString());
    // Canvas units are pixels at 96 dpi, as in the browser.
    generator.setResolution(96);
    MapPaintOptions safeOptions = options;
    safeOptions.fontFamily = svgSafeFontFamily(options.fontFamily);
    QPainter painter(&generator);
    WardleyPainter(map, safeOptions).paintCanvas(painter);
    painter.end();
    // Qt escapes & < > " in painted text but copies control characters
    // through, which no XML parser accepts.
    const QByteArray svg = xmlWithoutForbiddenCharacters(buffer.data());
    return withTitleAndDescription(svg, map.effectiveTitle(), QCoreApplication::translate("dpi::MapExport", "Wardley map drawn by DPI Workbench"));
}

bool exportMapSvg(const WardleyMap &map, const MapPaintOptions &options, const QString &path, QString *error)
{
    return writeAtomically(path, mapToSvg(map, options), error);
}

QSize mapImageSize(const WardleyMap &map, int width)
{
    const QSizeF canvas = MapGeometry(map).canvasRect().size();
    if (width <= 0)
        return canvas.toSize();
    width = std::min(width, kMaxImageSide);
    const int height = std::max(1, int(std::lround(width * canvas.height() / canvas.width())));
    return {width, std::min(height, kMaxImageSide)};
}

QImage renderMapImage(const WardleyMap &map, const MapPaintOptions &options, int width)
{
    QImage image(mapImageSize(map, width), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter painter(&image);
    WardleyPainter(map, options).paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image;
}

bool exportMapPng(const WardleyMap &map, const MapPaintOptions &options, int width, const QString &path,
                  QString *error)
{
    const QImage image = renderMapImage(map, options, width);
    if (image.isNull()) {
        if (error)
            *error = QCoreApplication::translate("dpi::MapExport", "cannot allocate an image of %1 pixels wide").arg(width);
        return false;
    }
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = QCoreApplication::translate("dpi::MapExport", "cannot encode PNG");
        return false;
    }
    return writeAtomically(path, data, error);
}

bool exportMapImage(const WardleyMap &map, const MapPaintOptions &options, int width, const QString &path,
                    QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return exportMapSvg(map, options, path, error);
    if (suffix == QLatin1String("png"))
        return exportMapPng(map, options, width, path, error);
    if (error)
        *error = QCoreApplication::translate("dpi::MapExport", "%1: unknown image type (use .svg or .png)").arg(path);
    return false;
}

} // namespace dpi
