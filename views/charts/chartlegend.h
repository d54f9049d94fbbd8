#pragma once

#include "chartdata.h"
#include "chartstyle.h"

QT_FORWARD_DECLARE_CLASS(QGraphicsItem)

namespace dpi {

// True when `data` drawn with `style` needs a legend (several series, or
// stacked parts).
bool chartNeedsLegend(const ChartData &data, const ChartStyle &style);

// A legend for printed charts: one colour swatch and the full series name per
// entry, flowed in centred rows `width` wide, long names wrapped by words.
// QtCharts' own legend keeps one row and elides names ("Legal and regulatory
// due dilig..."), which a printed report must not do. The caller owns the
// returned item and places it; its bounding rect starts at (0, 0).
QGraphicsItem *createWrappedLegend(const ChartData &data, const ChartStyle &style, qreal width);

} // namespace dpi
