#pragma once

#include "mapcanvascache.h"

#include <QGraphicsView>

namespace dpi {

class WardleyScene;

// The map canvas: rubber-band selection, Ctrl+wheel zoom, middle-button pan.
// On screen the map comes from a MapCanvasCache; render() draws vectors.
class WardleyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit WardleyView(WardleyScene *scene, QWidget *parent = nullptr);

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();

    const MapCanvasCache &canvasCache() const { return m_cache; }

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    double m_zoom = 1.0;
    bool m_panning = false;
    QPoint m_panOrigin;
    MapCanvasCache m_cache;
    bool m_paintingViewport = false;
};

} // namespace dpi
