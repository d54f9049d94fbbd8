#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPointF>

class QPainter;

namespace dpi {

/**
 * Component circles for the canvas, rasterised once and then copied: a map
 * has thousands of identical circles, and stroking each antialiased outline
 * again on every repaint was the largest part of a repaint. Each sprite is
 * drawn at the painter's scale and at one of 4 x 4 sub-pixel offsets, so a
 * copied circle sits within 1/8 pixel of where the vector one would.
 * Only the screen uses it: exports keep drawing vectors.
 */
class MapCircleSprites
{
public:
    // True when `painter` draws to raster pixels at a plain scale, where a
    // copied image looks like the vector drawing. Otherwise draw vectors.
    static bool usable(const QPainter &painter);

    // Draws a circle of `radius` (canvas units, drawn at `scale`) centred at
    // `deviceCentre`, filled with `fill` and outlined with a pen of `ink` and
    // `penWidth` (canvas units). `painter` must have been usable() and then
    // had its transform reset, so that it draws in device pixels.
    void draw(QPainter &painter, double scale, const QPointF &deviceCentre, double radius, const QColor &fill,
              const QColor &ink, double penWidth);

    void clear() { m_sprites.clear(); }

private:
    struct Key
    {
        double scale;
        double radius;
        double penWidth;
        QRgb fill;
        QRgb ink;
        int subX;
        int subY;
        bool operator==(const Key &o) const
        {
            return scale == o.scale && radius == o.radius && penWidth == o.penWidth && fill == o.fill && ink == o.ink
                && subX == o.subX && subY == o.subY;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.scale, key.radius, key.penWidth, key.fill, key.ink, key.subX, key.subY);
    }
    struct Sprite
    {
        QImage image;
        int offset = 0; // pixels from the image's top left to the pixel holding the centre
    };
    const Sprite &sprite(const Key &key);

    QHash<Key, Sprite> m_sprites;
};

} // namespace dpi
