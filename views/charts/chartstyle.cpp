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

} // namespace dpi
