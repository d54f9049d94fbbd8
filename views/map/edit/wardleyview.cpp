#include "wardleyview.h"

#include "wardleyscene.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace dpi {

namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.2;
}

WardleyView::WardleyView(WardleyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    // The whole map is the background; partial updates would tear it.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setCacheMode(QGraphicsView::CacheNone);
    setFocusPolicy(Qt::StrongFocus);
}

void WardleyView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - m_zoom) < 1e-9)
        return;
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(m_zoom);
}

void WardleyView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void WardleyView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void WardleyView::resetZoom()
{
    setZoom(1.0);
}

void WardleyView::fitToWindow()
{
    if (!scene())
        return;
    const QRectF rect = scene()->sceneRect();
    const QSize area = viewport()->size();
    if (rect.isEmpty() || area.isEmpty())
        return;
    setZoom(std::min((area.width() - 8) / rect.width(), (area.height() - 8) / rect.height()));
    centerOn(rect.center());
}

void WardleyView::paintEvent(QPaintEvent *event)
{
    m_paintingViewport = true;
    QGraphicsView::paintEvent(event);
    m_paintingViewport = false;
}

void WardleyView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Only the viewport's own paint uses the pixels; render() (prints,
    // grabs into other devices) keeps drawing the map as vectors.
    auto *map = qobject_cast<WardleyScene *>(scene());
    if (m_paintingViewport && map && m_cache.paint(*painter, rect, *map))
        return;
    QGraphicsView::drawBackground(painter, rect);
}

void WardleyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void WardleyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panOrigin = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void WardleyView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panOrigin;
        m_panOrigin = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void WardleyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace dpi
