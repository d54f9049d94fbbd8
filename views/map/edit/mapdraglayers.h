#pragma once

#include "maplayerfilter.h"
#include "mappaintoptions.h"
#include "wardleymap.h"

#include <memory>

class QPainter;

namespace dpi {

class MapLayout;
class MapTextCache;

/**
 * A drag on the canvas, drawn in two layers: the map as it was when the drag
 * began without the elements that have moved since (this picture changes
 * only when another element starts moving, so the view keeps it in a
 * pixmap), and the moved elements with their links and labels where they
 * are now, drawn each frame. Elements that have moved once stay in the
 * moving layer until the drag ends; labels of still components keep the
 * place they had at the start (the drop redraws everything).
 */
class MapDragLayers
{
public:
    // `start` is copied; `cache` (the canvas's) must outlive this. `layout`
    // (optional) is a layout of `start` or of a map with the same elements,
    // made with these options' fonts: it saves laying out the map again.
    MapDragLayers(const WardleyMap &start, const MapPaintOptions &options, MapTextCache *cache,
                  const MapLayout *layout = nullptr);
    ~MapDragLayers();

    // Lays out `current` (the start map with some elements moved; it must
    // outlive the next paintMoving()) and finds what moved. True when the
    // static layer changed (an element started to move).
    bool update(const WardleyMap &current);

    // Increases whenever the static layer's picture changes.
    quint64 staticGeneration() const { return m_generation; }

    void paintStatic(QPainter &painter) const;
    void paintMoving(QPainter &painter) const;

private:
    WardleyMap m_start;
    MapPaintOptions m_options;
    MapTextCache *m_cache;
    std::unique_ptr<MapLayout> m_startLayout;
    const WardleyMap *m_current = nullptr;
    std::unique_ptr<MapLayout> m_currentLayout;
    MapLayerFilter m_static;
    MapLayerFilter m_moving;
    quint64 m_generation = 0;
};

} // namespace dpi
