#pragma once

#include "chartdata.h"
#include "chartstyle.h"

#include <QRectF>
#include <QSizeF>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace dpi {

// Draws `data` as vectors onto any painter (widget, QPdfWriter, QPrinter,
// QSvgGenerator, a QTextObjectInterface's drawObject) inside `target`, in
// the painter's current coordinates. Must run on the GUI thread of a
// QApplication (QtCharts needs one).
//
// The chart is laid out at `layoutSize` in 96-dpi pixels and scaled into
// `target` keeping its aspect ratio, so fonts and line widths keep their
// proportions on a 1200-dpi PDF. Without a `layoutSize` the target size is
// converted from the painter device's dpi to 96 dpi (a 16 cm wide target
// lays out like a 605 px wide window).
void paintChart(QPainter *painter, const QRectF &target, const ChartData &data,
                const ChartStyle &style = ChartStyle::defaults(), const QSizeF &layoutSize = QSizeF());

} // namespace dpi
