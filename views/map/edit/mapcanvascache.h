#pragma once

#include <QImage>
#include <QRect>

#include <functional>

class QPainter;
class QRectF;

namespace dpi {

class WardleyScene;

/**
 * The map canvas kept in pixels between repaints. A repaint that changes
 * nothing in the map (an expose, a hover, the rubber band, a small scroll)
 * copies the kept pixels; any change to the map, its options, the zoom, the
 * device pixel ratio or the sub-pixel offset draws them again (keyed on the
 * scene's generation numbers and the painter's transform, so no event can be
 * missed). During a drag the still part of the map is kept instead and only
 * the moving part is drawn each frame. The pixels are drawn exactly as the
 * scene draws directly (same transform, same target format) and copied at
 * whole device pixels, so they match a direct repaint. Only the on-screen
 * canvas uses this: exports and prints draw vectors.
 */
class MapCanvasCache
{
public:
    // Draws what `scene`'s drawBackground() draws over `exposed`. False (and
    // nothing drawn) when `painter` is not a raster target at a plain scale.
    bool paint(QPainter &painter, const QRectF &exposed, WardleyScene &scene);

    // For tests: how many times the pixels were drawn again.
    int renders() const { return m_renders; }

private:
    // The pixel grid a layer is drawn for: pixels drawn for another are of no use.
    struct PixelGrid
    {
        double scale = 0;
        double ratio = 0;
        double fractionX = 0;
        double fractionY = 0;
        QImage::Format format = QImage::Format_Invalid;

        bool sameAs(const PixelGrid &other) const
        {
            return scale == other.scale && ratio == other.ratio && fractionX == other.fractionX
                && fractionY == other.fractionY && format == other.format;
        }
    };
    struct Target;
    struct Layer
    {
        QImage image;
        QRect rect;              // in target pixels, less the whole-pixel offset
        const void *source = nullptr;
        quint64 generation = 0;
        PixelGrid grid;
    };
    using Draw = std::function<void(QPainter &painter, const QRectF &sceneRect)>;

    static bool targetOf(const QPainter &painter, const QRectF &exposed, const QRectF &sceneRect, Target &target);
    void ensure(Layer &layer, const Target &target, const void *source, quint64 generation,
                const QPainter &painter, const Draw &draw);
    static void blit(QPainter &painter, const Layer &layer, const Target &target);

    Layer m_picture;
    Layer m_static;
    int m_renders = 0;
};

} // namespace dpi
