#include "mapcirclesprites.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>
#include <QTransform>

#include <cmath>

namespace dpi {

namespace {
constexpr int kSubPixels = 4;
// Above this zoom few circles are on screen and each sprite would be large.
constexpr double kMaxScale = 4;
// A bound on memory, not a tuning knob: a map uses a handful of colours.
constexpr int kMaxSprites = 4096;
} // namespace

bool MapCircleSprites::usable(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    const QPaintDevice *device = painter.device();
    if (!engine || !device || engine->type() != QPaintEngine::Raster || device->devicePixelRatio() != 1)
        return false;
    const QTransform &t = painter.worldTransform();
    return t.type() <= QTransform::TxScale && t.m11() > 0 && t.m11() == t.m22() && t.m11() <= kMaxScale
        && painter.testRenderHint(QPainter::Antialiasing);
}

void MapCircleSprites::draw(QPainter &painter, double scale, const QPointF &deviceCentre, double radius,
                            const QColor &fill, const QColor &ink, double penWidth)
{
    const double fx = std::floor(deviceCentre.x());
    const double fy = std::floor(deviceCentre.y());
    int subX = int(std::lround((deviceCentre.x() - fx) * kSubPixels));
    int subY = int(std::lround((deviceCentre.y() - fy) * kSubPixels));
    int px = int(fx);
    int py = int(fy);
    if (subX == kSubPixels) {
        subX = 0;
        ++px;
    }
    if (subY == kSubPixels) {
        subY = 0;
        ++py;
    }
    const Sprite &s = sprite(Key{scale, radius, penWidth, fill.rgba(), ink.rgba(), subX, subY});
    painter.drawImage(QPoint(px - s.offset, py - s.offset), s.image);
}

const MapCircleSprites::Sprite &MapCircleSprites::sprite(const Key &key)
{
    const auto found = m_sprites.constFind(key);
    if (found != m_sprites.constEnd())
        return *found;
    if (m_sprites.size() >= kMaxSprites)
        m_sprites.clear();
    Sprite created;
    // Room for the outline and the antialiasing fringe on every side.
    created.offset = int(std::ceil((key.radius + key.penWidth) * key.scale)) + 2;
    const int size = 2 * created.offset + 1;
    created.image = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
    created.image.fill(Qt::transparent);
    QPainter p(&created.image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(created.offset + double(key.subX) / kSubPixels, created.offset + double(key.subY) / kSubPixels);
    p.scale(key.scale, key.scale);
    p.setPen(QPen(QColor::fromRgba(key.ink), key.penWidth));
    p.setBrush(QColor::fromRgba(key.fill));
    p.drawEllipse(QPointF(0, 0), key.radius, key.radius);
    p.end();
    return *m_sprites.insert(key, created);
}

} // namespace dpi
