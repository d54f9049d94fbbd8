#pragma once

#include "chartdata.h"
#include "chartstyle.h"

QT_FORWARD_DECLARE_CLASS(QChart)

namespace dpi {

// The one place that builds QtCharts objects (QtCharts is deprecated from
// Qt 6.10; replacing it means replacing this file). Used by ChartWidget and
// paintChart(); other code should not need it.
namespace QtChartFactory {

// A new chart for `data`, owned by the caller (or by the scene/view it is
// handed to). No animation, no drop shadow, fonts from `style`.
// A radar with fewer than three spokes is drawn as bars: two spokes make a
// line through the centre, which reads as nothing.
QChart *create(const ChartData &data, const ChartStyle &style);

} // namespace QtChartFactory
} // namespace dpi
