#pragma once

#include "chartdata.h"
#include "chartstyle.h"

QT_FORWARD_DECLARE_CLASS(QAbstractBarSeries)
QT_FORWARD_DECLARE_CLASS(QChart)

namespace dpi {

/**
 * Writes each bar's value at its end. QtCharts formats its own bar labels
 * with %g, so 24.0 would print as "24" beside a table that says "24.0";
 * these labels write one decimal in the chart's language ("24,1" in
 * Russian and Kyrgyz), like the tables and the report around them. They follow the
 * chart's plot area, so they stay in place when the chart is resized.
 * `bars` must hold one set per series, appended in the order of data.series,
 * with categories reversed (the first category on top).
 */
void attachBarValueLabels(QChart *chart, QAbstractBarSeries *bars, const ChartData &data,
                          const ChartStyle &style);

} // namespace dpi
