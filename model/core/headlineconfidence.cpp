#include "headlineconfidence.h"

namespace dpi {

HeadlineConfidence headlineConfidence(const ConfidenceMix &mix)
{
    const int total = mix.total();
    if (total <= 0)
        return HeadlineConfidence::None;
    // "At least half" in whole numbers: 2 × count ≥ total.
    if (2 * mix.high >= total)
        return HeadlineConfidence::High;
    if (2 * (mix.high + mix.medium) >= total)
        return HeadlineConfidence::Medium;
    return HeadlineConfidence::Low;
}

QString headlineConfidenceName(HeadlineConfidence confidence)
{
    switch (confidence) {
    case HeadlineConfidence::High: return QStringLiteral("high");
    case HeadlineConfidence::Medium: return QStringLiteral("medium");
    case HeadlineConfidence::Low: return QStringLiteral("low");
    case HeadlineConfidence::None: break;
    }
    return QStringLiteral("none");
}

} // namespace dpi
