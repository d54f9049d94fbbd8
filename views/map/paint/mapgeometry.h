#pragma once

#include "wardleymap.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace dpi {

/**
 * Where things go on a map canvas. A map is always laid out on a logical
 * canvas (the map's own `size [w, h]`, or a default) so that OWM's pixel
 * label offsets keep their meaning; painting into any other rect scales that
 * canvas. The editor's scene uses canvas coordinates directly.
 */
class MapGeometry
{
public:
    explicit MapGeometry(const WardleyMap &map);
    explicit MapGeometry(const QSizeF &canvasSize);

    static QSizeF defaultCanvasSize() { return {1100, 780}; }

    QRectF canvasRect() const { return QRectF(QPointF(0, 0), m_canvas); }
    // The area inside the axes: maturity 0..1 left to right, visibility 1..0 top to bottom.
    QRectF plotRect() const { return m_plot; }

    QPointF toPoint(const WardleyPosition &position) const;
    QPointF toPoint(double visibility, double maturity) const;
    double xOfMaturity(double maturity) const;
    double yOfVisibility(double visibility) const;
    // Inverse of toPoint(), rounded to two decimals as OWM writes them.
    WardleyPosition toPosition(const QPointF &point) const;

    // The transform that fits the canvas into `target` (aspect ratio kept, centred).
    static QRectF fittedRect(const QSizeF &canvas, const QRectF &target);

private:
    QSizeF m_canvas;
    QRectF m_plot;
};

} // namespace dpi
