#include "scorepalette.h"

#include <algorithm>

namespace dpi {
namespace scorepalette {

namespace {

// 8 bits a channel, so that "#rrggbb" (the report's form) is exactly the colour.
QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto channel = [t](int from, int to) { return qRound(from + (to - from) * t); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

} // namespace

const std::array<Stop, 5> &stops()
{
    // Checked with the Machado et al. (2009) simulation of deuteranopia,
    // protanopia and tritanopia: every pair of stops stays at least 18 CIELAB
    // units apart, and the two ends differ in lightness as well as hue.
    static const std::array<Stop, 5> ramp = {{{0.0, QColor(0xd9, 0x6a, 0x5d)},
                                              {25.0, QColor(0xef, 0x9d, 0x57)},
                                              {50.0, QColor(0xf6, 0xe2, 0x8f)},
                                              {75.0, QColor(0xad, 0xd6, 0xea)},
                                              {100.0, QColor(0x6b, 0xa3, 0xd6)}}};
    return ramp;
}

QColor forPercent(double percent)
{
    const auto &ramp = stops();
    const double p = std::clamp(percent, ramp.front().percent, ramp.back().percent);
    for (std::size_t i = 1; i < ramp.size(); ++i) {
        if (p <= ramp[i].percent) {
            const double t = (p - ramp[i - 1].percent) / (ramp[i].percent - ramp[i - 1].percent);
            return mix(ramp[i - 1].colour, ramp[i].colour, t);
        }
    }
    return ramp.back().colour;
}

QColor forScore(const std::optional<double> &percent)
{
    return percent ? forPercent(*percent) : unscored();
}

QColor forResult(const CriterionResult &result)
{
    if (result.notApplicable)
        return notApplicable();
    if (result.unverified)
        return unverified();
    return forScore(result.percent);
}

QColor text()
{
    return QColor(0x1f, 0x1f, 0x1f);
}

QColor notApplicable()
{
    return QColor(0xbd, 0xbd, 0xbd);
}

QColor notApplicableHatch()
{
    return QColor(0x9a, 0x9a, 0x9a);
}

QColor unscored()
{
    return QColor(0xef, 0xef, 0xef);
}

QColor unscoredOutline()
{
    return QColor(0xb4, 0xb8, 0xbe);
}

QColor redFlag()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor unverified()
{
    return QColor(0xdc, 0xd0, 0xee);
}

QColor unverifiedMark()
{
    return QColor(0x4b, 0x3a, 0x78);
}

QColor gateStatus(GateResult::Status status)
{
    switch (status) {
    case GateResult::Status::Meets:
        return stops().back().colour;
    case GateResult::Status::DoesNotMeet:
        return stops().front().colour;
    case GateResult::Status::Undetermined:
        break;
    }
    return unscored();
}

QColor disagreement()
{
    return QColor(0x6a, 0x1b, 0x9a);
}

QColor changeMark()
{
    return QColor(0x1c, 0x2b, 0x3d);
}

QColor confidence(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return QColor(0x1a, 0x7f, 0x4b);
    case Confidence::Medium:
        return QColor(0x7f, 0xbf, 0x7b);
    case Confidence::Low:
        return QColor(0xf1, 0xa3, 0x40);
    case Confidence::Unset:
        break;
    }
    // Darker than notApplicable(), which sits beside it in the coverage bars.
    return QColor(0x80, 0x80, 0x80);
}

} // namespace scorepalette
} // namespace dpi
