#include "mapexport.h"

#include "mapgeometry.h"
#include "wardleypainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace dpi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dpi::MapExport", text);
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

constexpr int kMaxImageSide = 20000; // keeps a typo in --width from allocating gigabytes

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
    generator.setTitle(map.effectiveTitle());
    generator.setDescription(tr("Wardley map drawn by DPI Workbench"));
    // Canvas units are pixels at 96 dpi, as in the browser.
    generator.setResolution(96);
    QPainter painter(&generator);
    WardleyPainter(map, options).paintCanvas(painter);
    painter.end();
    return buffer.data();
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
            *error = tr("cannot allocate an image of %1 pixels wide").arg(width);
        return false;
    }
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("cannot encode PNG");
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
        *error = tr("%1: unknown image type (use .svg or .png)").arg(path);
    return false;
}

} // namespace dpi
