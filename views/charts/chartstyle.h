#pragma once

#include <QColor>
#include <QFont>

namespace dpi {

// Fonts and colours for every chart. Fonts are set explicitly because the
// fontconfig default differs between machines, and the report must print the
// same everywhere (DejaVu Sans covers Latin and Cyrillic).
struct ChartStyle
{
    QFont font;          // axis labels, legend, bar values
    QFont titleFont;
    QColor background = Qt::white;
    QColor gridColor = QColor(0xd0, 0xd0, 0xd0);
    QColor textColor = QColor(0x20, 0x20, 0x20);
    bool showLegend = true;
    bool showValueLabels = true;

    static ChartStyle defaults();

    // A colour-blind-safe series colour (Okabe-Ito order), cycling.
    static QColor seriesColor(int index);
    static QColor overallColor();
    // What a score means (confidence, N/A, unverified, unscored) is coloured by scorepalette.h.
};

} // namespace dpi
