#include "chartpainter.h"

#include "chartlegend.h"
#include "qtchartfactory.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

namespace dpi {

void paintChart(QPainter *painter, const QRectF &target, const ChartData &data, const ChartStyle &style,
                const QSizeF &layoutSize)
{
    if (!painter || target.isEmpty())
        return;
    QSizeF size = layoutSize;
    if (!size.isValid() || size.isEmpty()) {
        const QPaintDevice *device = painter->device();
        const qreal dpiX = device && device->logicalDpiX() > 0 ? device->logicalDpiX() : 96.0;
        const qreal dpiY = device && device->logicalDpiY() > 0 ? device->logicalDpiY() : 96.0;
        // The painter may already be scaled (e.g. a report page mapped to
        // points); measure the target in device pixels to find its real size.
        const QRectF deviceRect = painter->worldTransform().mapRect(target);
        size = QSizeF(deviceRect.width() * 96.0 / dpiX, deviceRect.height() * 96.0 / dpiY);
    }

    // A scene without a view: QChartView sizes its chart only in resizeEvent,
    // which never fires for a hidden view.
    QGraphicsScene scene;
    ChartStyle chartStyle = style;
    qreal legendHeight = 0;
    if (chartNeedsLegend(data, style)) {
        chartStyle.showLegend = false;
        QGraphicsItem *legend = createWrappedLegend(data, style, size.width());
        scene.addItem(legend);
        legendHeight = legend->childrenBoundingRect().height() + 6;
        legend->setPos(0, size.height() - legendHeight);
    }
    QChart *chart = QtChartFactory::create(data, chartStyle);
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(size.width(), size.height() - legendHeight);
    const QRectF source(QPointF(0, 0), size);
    scene.setSceneRect(source);
    scene.render(painter, target, source, Qt::KeepAspectRatio);
}

} // namespace dpi
