#pragma once

#include "chartdata.h"
#include "chartstyle.h"

#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QLabel)

namespace dpi {

// Shows one chart on screen. Widgets outside views/charts use this instead
// of QtCharts classes, so that the chart library can be swapped in one place.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    // Rebuilds the chart unless `data` equals what is shown (refreshes on
    // every document change are then cheap).
    void setChartData(const ChartData &newData);
    const ChartData &chartData() const { return m_data; }

    void setChartStyle(const ChartStyle &style);
    const ChartStyle &chartStyle() const { return m_style; }

    // The chart on display, for tests of the adapter; null before setChartData.
    QChart *chart() const;
    // The legend under the chart (whole names, wrapped): QtCharts' own
    // legend keeps one row and elides names. Hidden when none is needed.
    QLabel *legend() const { return m_legend; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void rebuild();

    ChartData m_data;
    ChartStyle m_style = ChartStyle::defaults();
    QChartView *m_view = nullptr;
    QLabel *m_legend = nullptr;
    bool m_hasData = false;
};

} // namespace dpi
