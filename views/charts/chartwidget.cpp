#include "chartwidget.h"

#include "chartlegend.h"
#include "qtchartfactory.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace dpi {

namespace {

// One swatch and name per series; a non-breaking space keeps a swatch with
// its name, and names are escaped (they are the project's text).
QString legendHtml(const ChartData &data, const ChartStyle &style)
{
    QStringList entries;
    for (const ChartSeries &series : data.series) {
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;<span style=\"color:%2\">%3</span>")
                       .arg(series.color.name(), style.textColor.name(), series.name.toHtmlEscaped());
    }
    return entries.join(QStringLiteral(" &nbsp;&nbsp; "));
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_legend(new QLabel(this))
{
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignHCenter);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->hide();
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setCacheMode(QGraphicsView::CacheNone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
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
    ChartStyle style = m_style;
    const bool ownLegend = chartNeedsLegend(m_data, m_style);
    style.showLegend = style.showLegend && !ownLegend;
    m_view->setChart(QtChartFactory::create(m_data, style));
    m_legend->setFont(m_style.font);
    m_legend->setStyleSheet(QStringLiteral("QLabel { background: %1; padding: 2px 4px 6px 4px; }").arg(m_style.background.name()));
    m_legend->setVisible(ownLegend);
    m_legend->setText(ownLegend ? legendHtml(m_data, m_style) : QString());
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
