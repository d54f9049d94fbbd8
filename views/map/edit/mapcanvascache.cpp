#include "mapcanvascache.h"

#include "wardleyscene.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTransform>

#include <cmath>

namespace dpi {

namespace {
// A bound on memory (about 100 MB), not a tuning knob: the kept pixels cover
// the visible part of the map plus room to scroll, and never more than this.
constexpr qint64 kMaxPixels = 24 * 1024 * 1024;
const QColor kOutside(0xdd, 0xdd, 0xdd); // as WardleyScene::drawBackground fills around the map

qint64 area(const QRect &rect)
{
    return qint64(rect.width()) * rect.height();
}
} // namespace

// Where the painter draws: target pixel = scale * scene point + whole + fraction.
struct MapCanvasCache::Target : PixelGrid
{
    Target()
    {
        scale = 1;
        ratio = 1;
        format = QImage::Format_ARGB32_Premultiplied;
    }
    double wholeX = 0;
    double wholeY = 0;
    QRect need;   // target pixels to fill, less the whole-pixel offset
    QRect bounds; // pixels worth keeping: the map's canvas and `need`
};

bool MapCanvasCache::targetOf(const QPainter &painter, const QRectF &exposed, const QRectF &sceneRect, Target &target)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return false;
    const QTransform world = painter.worldTransform();
    const QTransform device = painter.deviceTransform();
    if (world.type() > QTransform::TxScale || device.type() > QTransform::TxScale)
        return false;
    if (world.m11() <= 0 || world.m11() != world.m22() || device.m11() <= 0 || device.m11() != device.m22())
        return false;
    target.scale = device.m11();
    target.ratio = device.m11() / world.m11();
    target.wholeX = std::floor(device.dx());
    target.wholeY = std::floor(device.dy());
    target.fractionX = device.dx() - target.wholeX;
    target.fractionY = device.dy() - target.wholeY;
    const QTransform toPixels(target.scale, 0, 0, target.scale, target.fractionX, target.fractionY);
    target.need = toPixels.mapRect(exposed).toAlignedRect();
    target.bounds = toPixels.mapRect(sceneRect).toAlignedRect().united(target.need);
    if (area(target.need) > kMaxPixels)
        return false;
    // Drawn into the same format as the target, text and blending come out the same.
    if (const QPaintDevice *pixels = engine->paintDevice(); pixels && pixels->devType() == QInternal::Image) {
        const QImage::Format format = static_cast<const QImage *>(pixels)->format();
        if (format == QImage::Format_RGB32 || format == QImage::Format_ARGB32_Premultiplied)
            target.format = format;
    }
    return true;
}

void MapCanvasCache::ensure(Layer &layer, const Target &target, const void *source, quint64 generation,
                            const QPainter &painter, const Draw &draw)
{
    if (!layer.image.isNull() && layer.source == source && layer.generation == generation
        && layer.grid.sameAs(target) && layer.rect.contains(target.need))
        return;

    // Room to scroll half a view each way without drawing again.
    const int padX = target.need.width() / 2;
    const int padY = target.need.height() / 2;
    QRect rect = target.need.adjusted(-padX, -padY, padX, padY).intersected(target.bounds).united(target.need);
    if (area(rect) > kMaxPixels)
        rect = target.need;

    if (layer.image.size() != rect.size() || layer.image.format() != target.format)
        layer.image = QImage(rect.size(), target.format);
    layer.image.setDevicePixelRatio(target.ratio);
    layer.image.fill(kOutside);
    {
        QPainter p(&layer.image);
        p.setRenderHints(painter.renderHints());
        const double scale = target.scale / target.ratio;
        p.setWorldTransform(QTransform(scale, 0, 0, scale, (target.fractionX - rect.x()) / target.ratio,
                                       (target.fractionY - rect.y()) / target.ratio));
        const QTransform toPixels(target.scale, 0, 0, target.scale, target.fractionX, target.fractionY);
        draw(p, toPixels.inverted().mapRect(QRectF(rect)));
    }
    // Copied pixel for pixel: the ratio is in the painter that copies it.
    layer.image.setDevicePixelRatio(1);
    layer.rect = rect;
    layer.source = source;
    layer.generation = generation;
    layer.grid = target;
    ++m_renders;
}

void MapCanvasCache::blit(QPainter &painter, const Layer &layer, const Target &target)
{
    painter.save();
    // Draw in target pixels (the painter may still be offset, e.g. into a window's backing store).
    painter.setWorldTransform(QTransform::fromScale(1 / target.ratio, 1 / target.ratio));
    const QPointF at = painter.deviceTransform().inverted().map(
        QPointF(target.wholeX + target.need.x(), target.wholeY + target.need.y()));
    painter.drawImage(at, layer.image, QRectF(target.need.translated(-layer.rect.topLeft())));
    painter.restore();
}

bool MapCanvasCache::paint(QPainter &painter, const QRectF &exposed, WardleyScene &scene)
{
    Target target;
    if (!targetOf(painter, exposed, scene.sceneRect(), target))
        return false;
    if (target.need.isEmpty())
        return true;
    if (scene.dragLayersActive()) {
        m_picture = Layer(); // out of date from the first move on
        scene.prepareDragLayers();
        ensure(m_static, target, &scene, scene.staticLayerGeneration(), painter,
               [&scene](QPainter &p, const QRectF &rect) { scene.paintStaticLayer(&p, rect); });
        blit(painter, m_static, target);
        scene.paintMovingLayer(&painter);
        return true;
    }
    m_static = Layer(); // a finished drag's layer is of no further use
    ensure(m_picture, target, &scene, scene.pictureGeneration(), painter,
           [&scene](QPainter &p, const QRectF &rect) { scene.paintPicture(&p, rect); });
    blit(painter, m_picture, target);
    return true;
}

} // namespace dpi
