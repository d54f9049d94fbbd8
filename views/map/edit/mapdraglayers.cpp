#include "mapdraglayers.h"

#include "maplayout.h"
#include "maptextcache.h"
#include "wardleypainter.h"

#include <QPainter>

#include <tuple>

namespace dpi {

namespace {

// What decides where a pipeline's box is drawn.
std::tuple<bool, double, double, double> pipelineShape(const WardleyMap &map, const WardleyPipeline &pipeline)
{
    if (map.isPipelineHidden(pipeline))
        return {true, 0, 0, 0};
    const WardleyComponent *parent = map.findComponentByName(pipeline.component);
    const auto [low, high] = map.pipelineRange(pipeline);
    return {false, parent ? map.positionOf(*parent).visibility : 0, low, high};
}

// Sets flags[i] for each index where `moved(i)`; true if a flag was newly set.
template<typename Moved>
bool markMoved(std::vector<bool> &flags, size_t count, Moved moved)
{
    bool grew = false;
    if (flags.size() != count)
        flags.assign(count, false);
    for (size_t i = 0; i < count; ++i) {
        if (!flags[i] && moved(i)) {
            flags[i] = true;
            grew = true;
        }
    }
    return grew;
}

} // namespace

MapDragLayers::MapDragLayers(const WardleyMap &start, const MapPaintOptions &options, MapTextCache *cache,
                             const MapLayout *layout)
    : m_start(start)
    , m_options(options)
    , m_cache(cache)
{
    if (layout) {
        // Refers to our copy of the map; anything placed elsewhere is placed again.
        m_startLayout = std::make_unique<MapLayout>(*layout, m_start);
    } else {
        const WardleyPainter painter(m_start, m_options);
        m_startLayout = std::make_unique<MapLayout>(m_start, painter.labelFont(), painter.anchorFont(), m_cache);
    }
    m_static.layer = MapLayerFilter::Static;
    m_moving.layer = MapLayerFilter::Moving;
}

MapDragLayers::~MapDragLayers() = default;

bool MapDragLayers::update(const WardleyMap &current)
{
    m_current = &current;
    // Only what moved is placed again: a full layout would be most of a frame.
    m_currentLayout = std::make_unique<MapLayout>(*m_startLayout, current);

    const MapLayout &was = *m_startLayout;
    const MapLayout &now = *m_currentLayout;
    // A drag moves elements, it never adds or removes one; if the shapes
    // differ anyway, everything counts as moving (correct, only slower).
    const bool sameShape = was.components().size() == now.components().size()
        && was.twins().size() == now.twins().size() && m_start.pipelines.size() == current.pipelines.size()
        && m_start.notes.size() == current.notes.size() && m_start.annotations.size() == current.annotations.size()
        && m_start.accelerators.size() == current.accelerators.size();

    bool grew = false;
    grew |= markMoved(m_static.components, was.components().size(), [&](size_t i) {
        return !sameShape || was.components()[i].centre != now.components()[i].centre;
    });
    grew |= markMoved(m_static.twins, was.twins().size(), [&](size_t i) {
        return !sameShape || was.twins()[i].centre != now.twins()[i].centre;
    });
    grew |= markMoved(m_static.pipelines, m_start.pipelines.size(), [&](size_t i) {
        return !sameShape || pipelineShape(m_start, m_start.pipelines[i]) != pipelineShape(current, current.pipelines[i]);
    });
    grew |= markMoved(m_static.notes, m_start.notes.size(), [&](size_t i) {
        return !sameShape || !(m_start.notes[i].position == current.notes[i].position);
    });
    grew |= markMoved(m_static.annotations, m_start.annotations.size(), [&](size_t i) {
        return !sameShape || m_start.annotations[i].occurrences != current.annotations[i].occurrences;
    });
    grew |= markMoved(m_static.accelerators, m_start.accelerators.size(), [&](size_t i) {
        return !sameShape || !(m_start.accelerators[i].position == current.accelerators[i].position);
    });
    if (grew || m_generation == 0) {
        ++m_generation;
        const MapLayerFilter::Layer layer = m_moving.layer;
        m_moving = m_static;
        m_moving.layer = layer;
    }
    return grew;
}

void MapDragLayers::paintStatic(QPainter &painter) const
{
    WardleyPainter mapPainter(m_start, m_options);
    mapPainter.setTextCache(m_cache);
    mapPainter.setLayerFilter(&m_static);
    mapPainter.paintCanvas(painter, *m_startLayout);
}

void MapDragLayers::paintMoving(QPainter &painter) const
{
    if (!m_current || !m_currentLayout)
        return;
    WardleyPainter mapPainter(*m_current, m_options);
    mapPainter.setTextCache(m_cache);
    mapPainter.setLayerFilter(&m_moving);
    mapPainter.paintCanvas(painter, *m_currentLayout);
}

} // namespace dpi
