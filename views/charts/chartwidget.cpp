#include "chartwidget.h"

#include "qtchartfactory.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

#include <algorithm>

namespace dpi {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setCacheMode(QGraphicsView::CacheNone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setChartData(const ChartData &newData)
{
    if (m_hasData && newData == m_data)
        return;
    m_data = newData;
    m_hasData = true;
    rebuild();
    updateGeometry();
}

void ChartWidget::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    if (m_hasData)
        rebuild();
}

QChart *ChartWidget::chart() const
{
    return m_hasData ? m_view->chart() : nullptr;
}

void ChartWidget::rebuild()
{
    QChart *old = m_view->chart();
    m_view->setChart(QtChartFactory::create(m_data, m_style));
    // QChartView::setChart hands the old chart back to us; its default
    // empty chart too.
    delete old;
}

QSize ChartWidget::sizeHint() const
{
    // Bars need room per category; a radar wants to be square-ish.
    if (m_data.kind == ChartKind::Radar && m_data.categories.size() >= 3)
        return QSize(360, 340);
    const int rows = int(m_data.categories.size()) * std::max<int>(1, m_data.kind == ChartKind::Bars ? int(m_data.series.size()) : 1);
    return QSize(420, std::clamp(110 + rows * 18, 200, 900));
}

QSize ChartWidget::minimumSizeHint() const
{
    return QSize(220, 180);
}

} // namespace dpi
