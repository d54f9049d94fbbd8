#include "chartstyle.h"

#include <array>

namespace dpi {

ChartStyle ChartStyle::defaults()
{
    ChartStyle style;
    style.font = QFont(QStringLiteral("DejaVu Sans"));
    style.font.setPointSizeF(8.5);
    style.titleFont = QFont(QStringLiteral("DejaVu Sans"));
    style.titleFont.setPointSizeF(10.5);
    style.titleFont.setBold(true);
    return style;
}

QColor ChartStyle::seriesColor(int index)
{
    // Okabe & Ito (2008), "Color Universal Design", minus black and yellow,
    // which read badly as thin outlines on white.
    static const std::array<QRgb, 6> colors = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00};
    return QColor::fromRgb(colors[std::size_t(index) % colors.size()]);
}

QColor ChartStyle::overallColor() { return QColor(0x4d, 0x4d, 0x4d); }
QColor ChartStyle::confidenceHighColor() { return QColor(0x1a, 0x7f, 0x4b); }
QColor ChartStyle::confidenceMediumColor() { return QColor(0x7f, 0xbf, 0x7b); }
QColor ChartStyle::confidenceLowColor() { return QColor(0xf1, 0xa3, 0x40); }
QColor ChartStyle::confidenceUnsetColor() { return QColor(0xa6, 0xa6, 0xa6); }
QColor ChartStyle::notApplicableColor() { return QColor(0xc6, 0xdb, 0xef); }
QColor ChartStyle::unscoredColor() { return QColor(0xf4, 0xd6, 0xd6); }
QColor ChartStyle::unverifiedColor() { return QColor(0xb9, 0xa3, 0xdc); }

} // namespace dpi
