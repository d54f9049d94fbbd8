#include "qtchartfactory.h"

#include "barvaluelabels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

#include <algorithm>

namespace dpi {
namespace QtChartFactory {

namespace {

// A polar chart keeps room for its longest spoke label on every side, so one
// long dimension title shrinks the whole radar; wrap titles into short lines
// (axis labels are rich text).
QString wrapLabel(const QString &label, int width = 16)
{
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word.toHtmlEscaped();
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QStringLiteral("<br>"));
}

void styleChart(QChart *chart, const ChartData &data, const ChartStyle &style)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false); // a shadow is a raster effect: bitmaps in the PDF
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // QtCharts renders titles, labels and legends as rich text: project text
    // such as "R&D" or "<img src=...>" must reach it escaped.
    // A title may have a second line, like a category.
    chart->setTitle(data.title.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    chart->setTitleFont(style.titleFont);
    chart->setTitleBrush(style.textColor);
    chart->legend()->setFont(style.font);
    chart->legend()->setLabelColor(style.textColor);
    chart->legend()->setVisible(style.showLegend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setCacheMode(QGraphicsItem::NoCache); // caching rasterises on export
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style)
{
    axis->setLabelsFont(style.font);
    axis->setLabelsColor(style.textColor);
    axis->setTitleFont(style.font);
    axis->setTitleBrush(style.textColor);
    axis->setGridLineColor(style.gridColor);
    axis->setLinePenColor(style.gridColor);
}

QValueAxis *valueAxis(const ChartData &data, const ChartStyle &style)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, data.maximum);
    if (data.percent) {
        axis->setTickCount(5);
        axis->setLabelFormat(QStringLiteral("%d"));
    } else {
        // Whole criteria only: ticks on integers, at most about ten of them.
        const int maximum = int(std::ceil(data.maximum));
        const int step = std::max(1, (maximum + 9) / 10);
        axis->setRange(0, double((maximum + step - 1) / step * step));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(step);
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    axis->setTitleText(data.valueAxisTitle.toHtmlEscaped());
    styleAxis(axis, style);
    return axis;
}

QChart *createRadar(const ChartData &data, const ChartStyle &style)
{
    auto *chart = new QPolarChart;
    styleChart(chart, data, style);

    const int n = int(data.categories.size());
    auto *angular = new QCategoryAxis;
    angular->setRange(0, n);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i)
        angular->append(wrapLabel(data.categories.at(i)), i);
    styleAxis(angular, style);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    auto *radial = new QValueAxis;
    radial->setRange(0, data.maximum);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    styleAxis(radial, style);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    for (const ChartSeries &series : data.series) {
        // Outline and fill are separate series: a QAreaSeries without a lower
        // series draws an edge from the centre to the first point.
        auto *outline = new QLineSeries;
        auto *upper = new QLineSeries(chart);
        for (int i = 0; i <= n; ++i) {
            const auto &value = series.values.at(std::size_t(i % n));
            const QPointF point(i, value.value_or(0.0));
            outline->append(point);
            upper->append(point);
        }
        auto *area = new QAreaSeries(upper);
        QColor fill = series.color;
        fill.setAlpha(60);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(angular);
        area->attachAxis(radial);

        outline->setName(series.name.toHtmlEscaped());
        QPen pen(series.color);
        pen.setWidthF(2.0);
        outline->setPen(pen);
        outline->setPointsVisible(true);
        chart->addSeries(outline);
        outline->attachAxis(angular);
        outline->attachAxis(radial);
        for (QLegendMarker *marker : chart->legend()->markers(area))
            marker->setVisible(false);
    }
    if (data.series.size() < 2)
        chart->legend()->setVisible(false);
    return chart;
}

QChart *createBars(const ChartData &data, const ChartStyle &style, bool stacked)
{
    auto *chart = new QChart;
    styleChart(chart, data, style);

    QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    // Horizontal bar axes count upwards; reverse so the first category is on top.
    const int n = int(data.categories.size());
    for (const ChartSeries &series : data.series) {
        auto *set = new QBarSet(series.name.toHtmlEscaped());
        set->setColor(series.color);
        set->setBorderColor(series.color.darker(130));
        set->setLabelFont(style.font);
        set->setLabelColor(style.textColor);
        for (int i = n - 1; i >= 0; --i)
            set->append(series.values.at(std::size_t(i)).value_or(0.0));
        bars->append(set);
    }
    bars->setBarWidth(stacked ? 0.6 : 0.8);
    chart->addSeries(bars);

    auto *categoryAxis = new QBarCategoryAxis;
    QStringList reversed;
    // A category may have a second line (the dashboard puts the coverage and
    // confidence of a sector's headline figures there).
    for (int i = n - 1; i >= 0; --i)
        reversed << data.categories.at(i).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    categoryAxis->append(reversed);
    styleAxis(categoryAxis, style);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);

    QValueAxis *values = valueAxis(data, style);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    chart->legend()->setVisible(style.showLegend && (stacked || data.series.size() > 1));
    // After the axes are attached, so that values map to positions.
    if (style.showValueLabels && !stacked)
        attachBarValueLabels(chart, bars, data, style);
    return chart;
}

} // namespace

QChart *create(const ChartData &data, const ChartStyle &style)
{
    switch (data.kind) {
    case ChartKind::Radar:
        if (data.categories.size() >= 3)
            return createRadar(data, style);
        return createBars(data, style, false);
    case ChartKind::Bars:
        return createBars(data, style, false);
    case ChartKind::StackedBars:
        return createBars(data, style, true);
    }
    return createBars(data, style, false);
}

} // namespace QtChartFactory
} // namespace dpi
