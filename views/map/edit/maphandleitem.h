#pragma once

#include "mapelementref.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace dpi {

class WardleyScene;

/**
 * The grab handle of one map element. It is a view of a model element found
 * by id: the map itself is drawn by WardleyPainter in the scene background;
 * the handle only gives the element a shape to hit, select and drag, and
 * draws the selection around it.
 */
class MapHandleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    // `hit` is the clickable shape (circle plus label box) relative to the element's point.
    MapHandleItem(const MapElementRef &ref, const QPainterPath &hit, bool movable);

    int type() const override { return Type; }
    const MapElementRef &ref() const { return m_ref; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    MapElementRef m_ref;
    QPainterPath m_hit;
    QRectF m_bounds;
    bool m_hovered = false;
};

} // namespace dpi
