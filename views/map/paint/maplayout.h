#pragma once

#include "mapgeometry.h"
#include "wardleymap.h"

#include <QFont>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <vector>

namespace dpi {

// A component (or an evolved twin) placed on the canvas, with its label.
struct PlacedComponent
{
    const WardleyComponent *component = nullptr; // null for an evolved twin
    const WardleyEvolve *evolve = nullptr;       // set for an evolved twin
    QPointF centre;
    double radius = 5;
    QStringList lines;                           // the name, split at '\n'
    QPointF labelOrigin;                         // baseline start of the first line
    QRectF labelRect;
};

/**
 * Everything the painter and the editor need to know about where a map's
 * parts land on the canvas: centres by id and by name, label boxes (default
 * labels are moved off other components), evolved twins. Built once per
 * paint; references into `map`, which must outlive it.
 */
class MapTextCache;

class MapLayout
{
public:
    // `cache` (optional) remembers text widths between layouts of the canvas.
    MapLayout(const WardleyMap &map, const QFont &labelFont, const QFont &anchorFont, MapTextCache *cache = nullptr);
    // For a drag: `map` is the map `base` was made from with some elements
    // moved. Components and twins that moved get their new centre and a
    // label placed around everything else; the others keep their labels as
    // in `base`. A map with other elements is laid out in full.
    MapLayout(const MapLayout &base, const WardleyMap &map);

    const MapGeometry &geometry() const { return m_geometry; }
    const std::vector<PlacedComponent> &components() const { return m_components; }
    const std::vector<PlacedComponent> &twins() const { return m_twins; }

    const PlacedComponent *component(const QString &id) const;
    // Link ends resolve by name: the first declared component, else an evolved twin.
    const PlacedComponent *byName(const QString &name) const;
    // Where a link touching `placed` should stop, coming from `other`.
    QPointF linkEnd(const PlacedComponent &placed, const QPointF &other) const;

    static double methodRadius() { return 14; }
    // A pipeline's box hangs below its parent's row (as in OWM); block
    // children are drawn inside it, this far below the parent.
    static double pipelineTop() { return 4; }
    static double pipelineBottom() { return 32; }
    static double pipelineChildOffset() { return 18; }

private:
    void layOut(const WardleyMap &map);
    bool relayOutMoved(const MapLayout &base, const WardleyMap &map);
    QPointF componentCentre(const WardleyMap &map, const WardleyComponent &component) const;
    // The evolves that have a twin (their component exists), in order.
    static std::vector<const WardleyEvolve *> drawnEvolves(const WardleyMap &map);
    void placeLabelOf(PlacedComponent &placed);
    void placeLabel(PlacedComponent &placed, const std::optional<WardleyOffset> &explicitOffset,
                    const WardleyOffset &defaultOffset, bool anchor);

    MapGeometry m_geometry;
    QFont m_labelFont;
    QFont m_anchorFont;
    MapTextCache *m_cache = nullptr;
    // Font metrics asked once per layout, not once per label.
    struct FontNumbers
    {
        double ascent = 0;
        double descent = 0;
        double lineSpacing = 0;
        double leading = 0;
        static FontNumbers of(const QFont &font);
    };
    FontNumbers m_labelNumbers;
    FontNumbers m_anchorNumbers;
    std::vector<PlacedComponent> m_components;
    std::vector<PlacedComponent> m_twins;
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byName; // index into m_components, or -1 - index into m_twins
    // Coarse grid of circles and placed labels, so that choosing a label spot
    // stays linear in the number of components.
    // Cells hold the rects' edges, ready for the intersection test.
    struct GridBox
    {
        double left, right, top, bottom;
        int index; // into m_gridRects
    };
    QHash<quint64, std::vector<GridBox>> m_grid;
    std::vector<QRectF> m_gridRects;
    void addToGrid(const QRectF &rect);
    int overlaps(const QRectF &rect, const QRectF &own, int enough) const;
};

} // namespace dpi
