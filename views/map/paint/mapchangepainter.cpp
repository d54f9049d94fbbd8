#include "mapchangepainter.h"

#include "maplayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace dpi {

namespace {

// Colours chosen apart from the score palette and the evolve arrows' red:
// blue for movement, green for new, grey for gone.
const QColor kMoved(0x1f, 0x5f, 0xbf);
const QColor kAdded(0x1b, 0x8a, 0x3c);
const QColor kRemoved(0x80, 0x80, 0x80);
constexpr double kGhostRadius = 5.5;

void drawCrossedGhost(QPainter &p, const QPointF &at)
{
    p.setPen(QPen(kRemoved, 1.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(at, kGhostRadius, kGhostRadius);
    p.setPen(QPen(kRemoved, 1.2));
    const double d = kGhostRadius * 0.7;
    p.drawLine(at + QPointF(-d, -d), at + QPointF(d, d));
    p.drawLine(at + QPointF(-d, d), at + QPointF(d, -d));
}

void drawArrow(QPainter &p, const QPointF &from, const QPointF &to)
{
    const QLineF line(from, to);
    if (line.length() < 2 * kGhostRadius + 6)
        return;
    const QPointF start = line.pointAt((kGhostRadius + 1.5) / line.length());
    const QPointF end = line.pointAt(1.0 - (kGhostRadius + 4) / line.length());
    p.setPen(QPen(kMoved, 1.6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(start, end);
    const double angle = std::atan2(end.y() - start.y(), end.x() - start.x());
    constexpr double head = 7;
    QPainterPath arrowHead;
    arrowHead.moveTo(end);
    arrowHead.lineTo(end - QPointF(head * std::cos(angle - 0.45), head * std::sin(angle - 0.45)));
    arrowHead.lineTo(end - QPointF(head * std::cos(angle + 0.45), head * std::sin(angle + 0.45)));
    arrowHead.closeSubpath();
    p.setBrush(kMoved);
    p.drawPath(arrowHead);
    p.setBrush(Qt::NoBrush);
}

void drawLegend(QPainter &p, const MapLayout &layout, const QFont &font, bool dark, const QStringList &legend)
{
    const QRectF plot = layout.geometry().plotRect();
    const QFontMetricsF fm(font);
    const QStringList rows = legend.size() == 3 && !legend.contains(QString())
        ? legend
        : QStringList{QCoreApplication::translate("dpi::MapChangePainter", "moved (arrow from the earlier position)"), QCoreApplication::translate("dpi::MapChangePainter", "new since the earlier version"),
                      QCoreApplication::translate("dpi::MapChangePainter", "removed since the earlier version")};
    double width = 0;
    for (const QString &row : rows)
        width = std::max(width, fm.horizontalAdvance(row));
    const double rowHeight = fm.height() + 4;
    const QRectF box(plot.right() - width - 40, plot.bottom() - rows.size() * rowHeight - 14, width + 34,
                     rows.size() * rowHeight + 8);
    p.setPen(QPen(dark ? QColor(0x90, 0x90, 0x90) : QColor(0xb0, 0xb0, 0xb0), 0.8));
    p.setBrush(dark ? QColor(0x20, 0x20, 0x20, 230) : QColor(255, 255, 255, 230));
    p.drawRect(box);
    p.setFont(font);
    for (int i = 0; i < rows.size(); ++i) {
        const QPointF marker(box.left() + 14, box.top() + 4 + rowHeight * (i + 0.5));
        const QColor colour = i == 0 ? kMoved : i == 1 ? kAdded : kRemoved;
        p.setPen(QPen(colour, 1.6));
        p.setBrush(Qt::NoBrush);
        if (i == 0)
            p.drawLine(marker - QPointF(7, 0), marker + QPointF(7, 0));
        else if (i == 1)
            p.drawEllipse(marker, kGhostRadius, kGhostRadius);
        else
            drawCrossedGhost(p, marker);
        p.setPen(dark ? Qt::white : Qt::black);
        p.drawText(QPointF(box.left() + 28, marker.y() + fm.ascent() / 2 - 1), rows[i]);
    }
}

} // namespace

void paintMapChanges(QPainter &p, const MapLayout &layout, const MapComparison &changes, const QFont &font,
                     bool dark, const QStringList &legend)
{
    if (changes.isEqual())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const MapGeometry &g = layout.geometry();
    for (const MapMovement &movement : changes.moved) {
        const PlacedComponent *now = layout.byName(movement.name);
        if (!now)
            continue;
        const QPointF was = g.toPoint(movement.before);
        p.setPen(QPen(kMoved, 1.2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(was, kGhostRadius, kGhostRadius);
        drawArrow(p, was, now->centre);
    }
    for (const QString &name : changes.added) {
        if (const PlacedComponent *placed = layout.byName(name)) {
            p.setPen(QPen(kAdded, 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(placed->centre, placed->radius + 4, placed->radius + 4);
        }
    }
    p.setFont(font);
    for (const MapRemoval &removal : changes.removed) {
        const QPointF at = g.toPoint(removal.position);
        drawCrossedGhost(p, at);
        p.drawText(at + QPointF(kGhostRadius + 3, -3), removal.name.split(QLatin1Char('\n')).join(QLatin1Char(' ')));
    }
    drawLegend(p, layout, font, dark, legend);
    p.restore();
}

} // namespace dpi
