#pragma once

#include "mappaintoptions.h"
#include "wardleymap.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace dpi {

// Map exports, all drawn by WardleyPainter. Files are written atomically.

// SVG with text as <text> and shapes as paths: no embedded images.
QByteArray mapToSvg(const WardleyMap &map, const MapPaintOptions &options = {});
bool exportMapSvg(const WardleyMap &map, const MapPaintOptions &options, const QString &path, QString *error);

// The size a PNG of `width` pixels has (the canvas aspect ratio); width <= 0 means the canvas size.
QSize mapImageSize(const WardleyMap &map, int width);
// On white (dark for `style dark`), antialiased.
QImage renderMapImage(const WardleyMap &map, const MapPaintOptions &options, int width);
bool exportMapPng(const WardleyMap &map, const MapPaintOptions &options, int width, const QString &path,
                  QString *error);

// Chooses SVG or PNG by the file's suffix; false with an error for any other suffix.
bool exportMapImage(const WardleyMap &map, const MapPaintOptions &options, int width, const QString &path,
                    QString *error);

} // namespace dpi
