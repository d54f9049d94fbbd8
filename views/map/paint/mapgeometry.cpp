#include "mapgeometry.h"

#include <cmath>

namespace dpi {

namespace {

// Room for the title above, the value-chain label on the left and the stage
// labels below the plot.
constexpr double kMarginLeft = 44;
constexpr double kMarginTop = 44;
constexpr double kMarginRight = 24;
constexpr double kMarginBottom = 56;

QSizeF canvasOf(const WardleyMap &map)
{
    QSizeF size = MapGeometry::defaultCanvasSize();
    // Tiny sizes would leave no plot at all; OWM also ignores them in practice.
    if (map.width >= 200)
        size.setWidth(map.width);
    if (map.height >= 200)
        size.setHeight(map.height);
    return size;
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

MapGeometry::MapGeometry(const WardleyMap &map)
    : MapGeometry(canvasOf(map))
{
}

MapGeometry::MapGeometry(const QSizeF &canvasSize)
    : m_canvas(canvasSize)
    , m_plot(kMarginLeft, kMarginTop, canvasSize.width() - kMarginLeft - kMarginRight,
             canvasSize.height() - kMarginTop - kMarginBottom)
{
}

double MapGeometry::xOfMaturity(double maturity) const
{
    return m_plot.left() + maturity * m_plot.width();
}

double MapGeometry::yOfVisibility(double visibility) const
{
    return m_plot.top() + (1.0 - visibility) * m_plot.height();
}

QPointF MapGeometry::toPoint(double visibility, double maturity) const
{
    return {xOfMaturity(maturity), yOfVisibility(visibility)};
}

QPointF MapGeometry::toPoint(const WardleyPosition &position) const
{
    return toPoint(position.visibility, position.maturity);
}

WardleyPosition MapGeometry::toPosition(const QPointF &point) const
{
    WardleyPosition position;
    position.maturity = round2((point.x() - m_plot.left()) / m_plot.width());
    position.visibility = round2(1.0 - (point.y() - m_plot.top()) / m_plot.height());
    return position;
}

QRectF MapGeometry::fittedRect(const QSizeF &canvas, const QRectF &target)
{
    if (canvas.isEmpty() || target.isEmpty())
        return target;
    const double scale = std::min(target.width() / canvas.width(), target.height() / canvas.height());
    const QSizeF size = canvas * scale;
    return QRectF(target.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

} // namespace dpi
