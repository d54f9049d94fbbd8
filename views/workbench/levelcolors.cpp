#include "levelcolors.h"

#include <algorithm>
#include <array>

namespace dpi {
namespace levelcolors {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QColor forFraction(double fraction)
{
    // Muted stops (red, orange, yellow, light green, green) so that black
    // text stays readable on all of them.
    static const std::array<QColor, 5> stops = {QColor(0xe8, 0x87, 0x7f), QColor(0xf2, 0xb2, 0x74),
                                                QColor(0xf3, 0xdc, 0x7a), QColor(0xb5, 0xd9, 0x8a),
                                                QColor(0x74, 0xc0, 0x8a)};
    const double position = std::clamp(fraction, 0.0, 1.0) * double(stops.size() - 1);
    const int index = std::min(int(position), int(stops.size()) - 2);
    return mix(stops[size_t(index)], stops[size_t(index + 1)], position - index);
}

QColor textOn(double)
{
    return QColor(0x1f, 0x1f, 0x1f);
}

QColor notApplicable()
{
    return QColor(0xd6, 0xd9, 0xde);
}

QColor unscored()
{
    return QColor(0xfb, 0xfb, 0xfb);
}

QColor redFlag()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor disagreement()
{
    return QColor(0x6a, 0x1b, 0x9a);
}

QColor groupHeader()
{
    return QColor(0xe9, 0xed, 0xf3);
}

} // namespace levelcolors
} // namespace dpi
