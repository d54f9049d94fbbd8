#pragma once

#include <cstddef>
#include <vector>

namespace dpi {

class MapLayout;
struct PlacedComponent;

/**
 * Splits a map into what moves and what stays still, so that the canvas can
 * keep the still part in a pixmap during a drag and redraw only the moving
 * part each frame. Flags are by index: components and twins as in MapLayout,
 * the rest as in WardleyMap. Links and evolve arrows move with either end.
 * The Static layer draws everything not flagged (with the background, axes
 * and legends); the Moving layer draws only the flagged elements.
 */
struct MapLayerFilter
{
    enum Layer { Static, Moving };
    Layer layer = Static;

    std::vector<bool> components;
    std::vector<bool> twins;
    std::vector<bool> pipelines;
    std::vector<bool> notes;
    std::vector<bool> annotations;
    std::vector<bool> accelerators;

    static bool flagged(const std::vector<bool> &flags, size_t index) { return index < flags.size() && flags[index]; }
    // Whether an element with this moving flag belongs to this layer.
    bool draws(bool moving) const { return moving == (layer == Moving); }
    bool draws(const std::vector<bool> &flags, size_t index) const { return draws(flagged(flags, index)); }
    // Whether `placed` (a component or twin of `layout`) moves.
    bool moving(const MapLayout &layout, const PlacedComponent *placed) const;
};

} // namespace dpi
