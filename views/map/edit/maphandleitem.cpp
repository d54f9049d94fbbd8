#include "maphandleitem.h"

#include "wardleyscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace dpi {

MapHandleItem::MapHandleItem(const MapElementRef &ref, const QPainterPath &hit, bool movable)
    : m_ref(ref)
    , m_hit(hit)
    , m_bounds(hit.boundingRect().adjusted(-3, -3, 3, 3))
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIsMovable, movable);
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // Vector only: a cached handle would rasterise in exports (qt-yaml-notes §3).
    setCacheMode(NoCache);
}

QRectF MapHandleItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath MapHandleItem::shape() const
{
    return m_hit;
}

void MapHandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const bool selected = option->state & QStyle::State_Selected;
    if (!selected && !m_hovered)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour(40, 110, 220);
    colour.setAlpha(selected ? 200 : 90);
    painter->setPen(QPen(colour, selected ? 1.5 : 1, selected ? Qt::SolidLine : Qt::DotLine));
    QColor fill(40, 110, 220, selected ? 35 : 15);
    painter->setBrush(fill);
    painter->drawPath(m_hit);
}

QVariant MapHandleItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        if (auto *map = qobject_cast<WardleyScene *>(scene()))
            map->handleMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void MapHandleItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void MapHandleItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace dpi
