#pragma once

#include "mappaintoptions.h"
#include "wardleymap.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace dpi {

class MapLayout;
struct MapLayerFilter;
struct PlacedComponent;
class MapTextCache;

/**
 * The one painter for Wardley maps (DESIGN §5): the editor canvas, SVG, PNG
 * and the PDF report all draw through it. Exports get vectors and text only -
 * no effects, no cached pixmaps - so that PDF and SVG output stay sharp and
 * searchable. The canvas (a text cache set) also copies component circles
 * from sprites rasterised at its zoom: pixels either way, much faster.
 */
class WardleyPainter
{
public:
    WardleyPainter(const WardleyMap &map, const MapPaintOptions &options = {});

    // Draws the whole map in canvas coordinates (see MapGeometry).
    void paintCanvas(QPainter &painter) const;
    // The same with a layout made by the caller from this painter's map and
    // fonts (the canvas keeps one during a drag).
    void paintCanvas(QPainter &painter, const MapLayout &layout) const;
    // Draws the map scaled to fit `target`, aspect ratio kept.
    void paint(QPainter &painter, const QRectF &target) const;

    // The canvas keeps shaped label text between repaints; exports leave this unset.
    void setTextCache(MapTextCache *cache) { m_cache = cache; }
    // The canvas draws a drag in two layers (see MapLayerFilter); exports leave this unset.
    void setLayerFilter(const MapLayerFilter *filter) { m_filter = filter; }

    QFont labelFont() const { return m_labelFont; }
    QFont anchorFont() const { return m_anchorFont; }
    QFont noteFont() const { return m_noteFont; }

private:
    void paintBackground(QPainter &p, const MapLayout &layout) const;
    void paintAreas(QPainter &p, const MapLayout &layout) const;
    void paintAxes(QPainter &p, const MapLayout &layout) const;
    void paintTitle(QPainter &p, const MapLayout &layout) const;
    void paintPipelines(QPainter &p, const MapLayout &layout) const;
    void paintLinks(QPainter &p, const MapLayout &layout) const;
    void paintEvolveArrows(QPainter &p, const MapLayout &layout) const;
    void paintComponents(QPainter &p, const MapLayout &layout) const;
    void paintLabelBackdrops(QPainter &p, const MapLayout &layout) const;
    void paintLabels(QPainter &p, const MapLayout &layout) const;
    void paintNotes(QPainter &p, const MapLayout &layout) const;
    void paintAccelerators(QPainter &p, const MapLayout &layout) const;
    void paintAnnotations(QPainter &p, const MapLayout &layout) const;
    void paintScoreLegend(QPainter &p, const MapLayout &layout) const;
    // Whether a component or twin of `layout` belongs to the layer being drawn.
    bool draws(const MapLayout &layout, const PlacedComponent &placed) const;

    const WardleyMap &m_map;
    MapPaintOptions m_options;
    bool m_dark = false;
    MapTextCache *m_cache = nullptr;
    const MapLayerFilter *m_filter = nullptr;
    QFont m_labelFont;
    QFont m_anchorFont;
    QFont m_smallFont;
    QFont m_axisFont;
    QFont m_titleFont;
    QFont m_noteFont;
};

// Convenience for other views (report, export): draws `map` fitted into `target`.
void paintWardleyMap(QPainter &painter, const QRectF &target, const WardleyMap &map,
                     const MapPaintOptions &options = {});

} // namespace dpi
