#include "maplayerfilter.h"

#include "maplayout.h"

#include <functional>

namespace dpi {

bool MapLayerFilter::moving(const MapLayout &layout, const PlacedComponent *placed) const
{
    if (!placed)
        return false;
    // `placed` points into one of the layout's two vectors.
    const std::vector<PlacedComponent> &placedComponents = layout.components();
    const std::vector<PlacedComponent> &placedTwins = layout.twins();
    const std::less_equal<const PlacedComponent *> notAfter;
    const std::less<const PlacedComponent *> before;
    if (notAfter(placedComponents.data(), placed) && before(placed, placedComponents.data() + placedComponents.size()))
        return flagged(components, size_t(placed - placedComponents.data()));
    if (notAfter(placedTwins.data(), placed) && before(placed, placedTwins.data() + placedTwins.size()))
        return flagged(twins, size_t(placed - placedTwins.data()));
    return false;
}

} // namespace dpi
