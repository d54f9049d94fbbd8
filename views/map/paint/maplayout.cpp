#include "maplayout.h"

#include "maptextcache.h"

#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dpi {

namespace {

constexpr double kGridCell = 48;
constexpr double kComponentRadius = 5.5;

quint64 cellKey(int cx, int cy)
{
    return (quint64(quint32(cx)) << 32) | quint32(cy);
}

// A rect's edges as QRectF::intersects sees them (negative sizes flipped);
// `null` when it has no area in one direction, and so intersects nothing.
struct Edges
{
    double left, right, top, bottom;
    bool null;
};

Edges edgesOf(const QRectF &rect)
{
    double l = rect.x(), r = rect.x();
    rect.width() < 0 ? l += rect.width() : r += rect.width();
    double t = rect.y(), b = rect.y();
    rect.height() < 0 ? t += rect.height() : b += rect.height();
    return {l, r, t, b, l == r || t == b};
}

// Point where the segment from the centre of `rect` towards `other` leaves `rect`.
QPointF exitPoint(const QRectF &rect, const QPointF &other)
{
    const QPointF c = rect.center();
    const QPointF d = other - c;
    double t = 1.0;
    if (std::abs(d.x()) > 1e-9)
        t = std::min(t, (rect.width() / 2) / std::abs(d.x()));
    if (std::abs(d.y()) > 1e-9)
        t = std::min(t, (rect.height() / 2) / std::abs(d.y()));
    return c + d * t;
}

} // namespace

MapLayout::MapLayout(const WardleyMap &map, const QFont &labelFont, const QFont &anchorFont, MapTextCache *cache)
    : m_geometry(map)
    , m_labelFont(labelFont)
    , m_anchorFont(anchorFont)
    , m_cache(cache)
    , m_labelNumbers(FontNumbers::of(labelFont))
    , m_anchorNumbers(FontNumbers::of(anchorFont))
{
    layOut(map);
}

MapLayout::MapLayout(const MapLayout &base, const WardleyMap &map)
    : m_geometry(map)
    , m_labelFont(base.m_labelFont)
    , m_anchorFont(base.m_anchorFont)
    , m_cache(base.m_cache)
    , m_labelNumbers(base.m_labelNumbers)
    , m_anchorNumbers(base.m_anchorNumbers)
{
    if (!relayOutMoved(base, map)) {
        m_components.clear();
        m_twins.clear();
        m_byId.clear();
        m_byName.clear();
        m_grid.clear();
        m_gridRects.clear();
        layOut(map);
    }
}

QPointF MapLayout::componentCentre(const WardleyMap &map, const WardleyComponent &c) const
{
    QPointF centre = m_geometry.toPoint(map.positionOf(c));
    if (!c.pipeline.isEmpty()) {
        const WardleyPipeline *pipeline = map.findPipeline(c.pipeline);
        if (pipeline && !map.isPipelineHidden(*pipeline))
            centre.ry() += pipelineChildOffset();
    }
    return centre;
}

std::vector<const WardleyEvolve *> MapLayout::drawnEvolves(const WardleyMap &map)
{
    std::vector<const WardleyEvolve *> drawn;
    for (const WardleyEvolve &e : map.evolves) {
        if (map.findComponentByName(e.component))
            drawn.push_back(&e); // real maps evolve names they never declared; nothing to draw from
    }
    return drawn;
}

void MapLayout::placeLabelOf(PlacedComponent &p)
{
    if (p.component) {
        const bool anchor = p.component->type == WardleyComponentType::Anchor;
        placeLabel(p, anchor ? std::nullopt : p.component->label, WardleyMap::defaultLabelOffset(p.component->decorators),
                   anchor);
    } else {
        placeLabel(p, p.evolve->label, WardleyMap::defaultLabelOffset(p.evolve->decorators), false);
    }
}

bool MapLayout::relayOutMoved(const MapLayout &base, const WardleyMap &map)
{
    const std::vector<const WardleyEvolve *> evolves = drawnEvolves(map);
    if (map.components.size() != base.m_components.size() || evolves.size() != base.m_twins.size())
        return false;
    m_components = base.m_components;
    m_twins = base.m_twins;
    std::vector<bool> movedComponents(m_components.size(), false);
    std::vector<bool> movedTwins(m_twins.size(), false);
    for (size_t i = 0; i < m_components.size(); ++i) {
        PlacedComponent &p = m_components[i];
        const WardleyComponent &c = map.components[i];
        if (c.id != p.component->id || c.name != p.component->name || c.type != p.component->type)
            return false;
        p.component = &c;
        const QPointF centre = componentCentre(map, c);
        if (centre != p.centre) {
            p.centre = centre;
            movedComponents[i] = true;
        }
    }
    for (size_t i = 0; i < m_twins.size(); ++i) {
        PlacedComponent &p = m_twins[i];
        const WardleyEvolve &e = *evolves[i];
        if (e.id != p.evolve->id || e.evolvedName() != p.evolve->evolvedName())
            return false;
        p.evolve = &e;
        const WardleyComponent *source = map.findComponentByName(e.component);
        const QPointF centre = m_geometry.toPoint(map.positionOf(*source).visibility, e.maturity);
        if (centre != p.centre) {
            p.centre = centre;
            movedTwins[i] = true;
        }
    }

    // What the moved labels make way for: every circle where it is now, and
    // the labels that stay.
    for (const PlacedComponent &p : m_components) {
        if (p.component->type != WardleyComponentType::Anchor)
            addToGrid(QRectF(p.centre - QPointF(p.radius, p.radius), QSizeF(2 * p.radius, 2 * p.radius)));
    }
    for (const PlacedComponent &p : m_twins)
        addToGrid(QRectF(p.centre - QPointF(p.radius, p.radius), QSizeF(2 * p.radius, 2 * p.radius)));
    for (size_t i = 0; i < m_components.size(); ++i) {
        if (!movedComponents[i])
            addToGrid(m_components[i].labelRect);
    }
    for (size_t i = 0; i < m_twins.size(); ++i) {
        if (!movedTwins[i])
            addToGrid(m_twins[i].labelRect);
    }
    for (size_t i = 0; i < m_components.size(); ++i) {
        if (movedComponents[i])
            placeLabelOf(m_components[i]);
    }
    for (size_t i = 0; i < m_twins.size(); ++i) {
        if (movedTwins[i])
            placeLabelOf(m_twins[i]);
    }
    // Ids and names are unchanged, and so are the indices they map to.
    m_byId = base.m_byId;
    m_byName = base.m_byName;
    return true;
}

void MapLayout::layOut(const WardleyMap &map)
{
    m_components.reserve(map.components.size());
    m_byId.reserve(qsizetype(map.components.size()));
    m_byName.reserve(qsizetype(map.components.size() + map.evolves.size()));
    for (const WardleyComponent &c : map.components) {
        PlacedComponent placed;
        placed.component = &c;
        placed.centre = componentCentre(map, c);
        placed.radius = kComponentRadius;
        placed.lines = c.name.split(QLatin1Char('\n'));
        m_components.push_back(placed);
    }
    for (const WardleyEvolve &e : map.evolves) {
        const WardleyComponent *source = map.findComponentByName(e.component);
        if (!source)
            continue; // real maps evolve names they never declared; nothing to draw from
        PlacedComponent placed;
        placed.evolve = &e;
        placed.centre = m_geometry.toPoint(map.positionOf(*source).visibility, e.maturity);
        placed.radius = kComponentRadius;
        placed.lines = e.evolvedName().split(QLatin1Char('\n'));
        m_twins.push_back(placed);
    }

    for (const PlacedComponent &p : m_components) {
        if (p.component->type != WardleyComponentType::Anchor)
            addToGrid(QRectF(p.centre - QPointF(p.radius, p.radius), QSizeF(2 * p.radius, 2 * p.radius)));
    }
    for (const PlacedComponent &p : m_twins)
        addToGrid(QRectF(p.centre - QPointF(p.radius, p.radius), QSizeF(2 * p.radius, 2 * p.radius)));

    // Written offsets first, so that default labels make way for them.
    for (int pass = 0; pass < 2; ++pass) {
        for (PlacedComponent &p : m_components) {
            const bool anchor = p.component->type == WardleyComponentType::Anchor;
            const bool hasOffset = p.component->label.has_value() && !anchor;
            if (hasOffset != (pass == 0))
                continue;
            placeLabel(p, anchor ? std::nullopt : p.component->label,
                       WardleyMap::defaultLabelOffset(p.component->decorators), anchor);
        }
        for (PlacedComponent &p : m_twins) {
            if (p.evolve->label.has_value() != (pass == 0))
                continue;
            placeLabel(p, p.evolve->label, WardleyMap::defaultLabelOffset(p.evolve->decorators), false);
        }
    }

    for (int i = 0; i < int(m_components.size()); ++i) {
        const PlacedComponent &p = m_components[size_t(i)];
        if (!m_byId.contains(p.component->id))
            m_byId.insert(p.component->id, i);
        if (!m_byName.contains(p.component->name))
            m_byName.insert(p.component->name, i);
    }
    for (int i = 0; i < int(m_twins.size()); ++i) {
        const QString name = m_twins[size_t(i)].evolve->evolvedName();
        if (!m_byName.contains(name))
            m_byName.insert(name, -1 - i);
    }
}

MapLayout::FontNumbers MapLayout::FontNumbers::of(const QFont &font)
{
    const QFontMetricsF fm(font);
    return {fm.ascent(), fm.descent(), fm.lineSpacing(), fm.leading()};
}

void MapLayout::placeLabel(PlacedComponent &placed, const std::optional<WardleyOffset> &explicitOffset,
                           const WardleyOffset &defaultOffset, bool anchor)
{
    const FontNumbers &fm = anchor ? m_anchorNumbers : m_labelNumbers;
    double width = 0;
    if (m_cache) {
        for (const QString &line : placed.lines)
            width = std::max(width, m_cache->width(anchor ? MapTextCache::Anchor : MapTextCache::Label, line,
                                                   anchor ? m_anchorFont : m_labelFont));
    } else {
        const QFontMetricsF metrics(anchor ? m_anchorFont : m_labelFont);
        for (const QString &line : placed.lines)
            width = std::max(width, metrics.horizontalAdvance(line));
    }
    const double height = fm.lineSpacing * placed.lines.size();
    const auto rectAt = [&](const QPointF &origin) {
        return QRectF(origin.x(), origin.y() - fm.ascent, width, height - fm.leading);
    };

    if (anchor) {
        // Anchors are their text, centred on the point.
        const QPointF origin(placed.centre.x() - width / 2, placed.centre.y() - height / 2 + fm.ascent);
        placed.labelOrigin = origin;
        placed.labelRect = rectAt(origin);
        addToGrid(placed.labelRect);
        return;
    }
    if (explicitOffset) {
        placed.labelOrigin = placed.centre + QPointF(explicitOffset->x, explicitOffset->y);
        placed.labelRect = rectAt(placed.labelOrigin);
        // Offsets were chosen for the author's font; when ours is wider the
        // text would run over its own circle. Keep the side the author chose
        // and stop the text short of the circle.
        const bool decorated = (placed.component && placed.component->decorators.any())
            || (placed.evolve && placed.evolve->decorators.any());
        const double r = (decorated ? methodRadius() : placed.radius) + 3;
        const QRectF own(placed.centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
        if (placed.labelRect.intersects(own)) {
            if (explicitOffset->x < 0)
                placed.labelOrigin.rx() = own.left() - width;
            else
                placed.labelOrigin.rx() = own.right();
            placed.labelRect = rectAt(placed.labelOrigin);
        }
        addToGrid(placed.labelRect);
        return;
    }

    // OWM's default spot (above right) unless it covers another component or
    // label; then the free-est of the other three corners.
    const double dx = defaultOffset.x;
    const double dy = defaultOffset.y;
    // Mirror of the default: the label's top as far below the centre as its
    // bottom is above it by default.
    const double belowY = -(dy + fm.descent) + fm.ascent;
    const QPointF candidates[] = {
        {dx, dy},
        {dx, belowY},
        {-dx - width, dy},
        {-dx - width, belowY},
    };
    const QRectF own(placed.centre - QPointF(placed.radius, placed.radius), QSizeF(2 * placed.radius, 2 * placed.radius));
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < 4; ++i) {
        const QRectF rect = rectAt(placed.centre + candidates[i]);
        const int score = overlaps(rect, own, best < 0 ? std::numeric_limits<int>::max() : bestScore);
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
        if (score == 0)
            break;
    }
    placed.labelOrigin = placed.centre + candidates[best];
    placed.labelRect = rectAt(placed.labelOrigin);
    addToGrid(placed.labelRect);
}

void MapLayout::addToGrid(const QRectF &rect)
{
    const Edges edges = edgesOf(rect);
    if (edges.null)
        return; // intersects nothing, so it can never count as an overlap
    const int x0 = int(std::floor(rect.left() / kGridCell));
    const int x1 = int(std::floor(rect.right() / kGridCell));
    const int y0 = int(std::floor(rect.top() / kGridCell));
    const int y1 = int(std::floor(rect.bottom() / kGridCell));
    if (x1 - x0 > 64 || y1 - y0 > 64)
        return; // absurd sizes (hostile offsets) are not worth indexing
    const GridBox box{edges.left, edges.right, edges.top, edges.bottom, int(m_gridRects.size())};
    m_gridRects.push_back(rect);
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y)
            m_grid[cellKey(x, y)].push_back(box);
    }
}

// Counts placed rects that intersect `rect` (as QRectF::intersects, a rect
// in several cells once per cell), ignoring `own`. Counting stops at
// `enough`: the caller only needs to know whether it beats its best so far.
int MapLayout::overlaps(const QRectF &rect, const QRectF &own, int enough) const
{
    const Edges edges = edgesOf(rect);
    if (edges.null)
        return 0;
    const int x0 = int(std::floor(rect.left() / kGridCell));
    const int x1 = int(std::floor(rect.right() / kGridCell));
    const int y0 = int(std::floor(rect.top() / kGridCell));
    const int y1 = int(std::floor(rect.bottom() / kGridCell));
    int count = 0;
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            const auto found = m_grid.constFind(cellKey(x, y));
            if (found == m_grid.constEnd())
                continue;
            for (const GridBox &other : *found) {
                if (edges.left >= other.right || other.left >= edges.right || edges.top >= other.bottom
                    || other.top >= edges.bottom)
                    continue;
                // The fuzzy comparison only for the few that intersect.
                if (m_gridRects[size_t(other.index)] != own && ++count >= enough)
                    return count;
            }
        }
    }
    return count;
}

const PlacedComponent *MapLayout::component(const QString &id) const
{
    const auto found = m_byId.constFind(id);
    return found == m_byId.constEnd() ? nullptr : &m_components[size_t(*found)];
}

const PlacedComponent *MapLayout::byName(const QString &name) const
{
    const auto found = m_byName.constFind(name);
    if (found == m_byName.constEnd())
        return nullptr;
    return *found >= 0 ? &m_components[size_t(*found)] : &m_twins[size_t(-1 - *found)];
}

QPointF MapLayout::linkEnd(const PlacedComponent &placed, const QPointF &other) const
{
    if (placed.component && placed.component->type == WardleyComponentType::Anchor)
        return exitPoint(placed.labelRect.adjusted(-2, -2, 2, 2), other);
    const QLineF line(placed.centre, other);
    if (line.length() <= placed.radius)
        return placed.centre;
    double radius = placed.radius;
    if (placed.component && placed.component->decorators.any())
        radius = methodRadius();
    return line.pointAt(radius / line.length());
}

} // namespace dpi
