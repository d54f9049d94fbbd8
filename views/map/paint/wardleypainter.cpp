#include "wardleypainter.h"

#include "mapchangepainter.h"
#include "maplayerfilter.h"
#include "maplayout.h"
#include "maptextcache.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace dpi {

namespace {

struct Palette
{
    QColor background;
    QColor ink;
    QColor muted;
    QColor link;
    QColor flow;
    QColor evolve;
    QColor componentFill;
};

Palette paletteFor(bool dark)
{
    if (dark)
        return {QColor(0x2b, 0x2a, 0x38), QColor(0xee, 0xee, 0xee), QColor(0xa0, 0xa0, 0xb0), QColor(0xc8, 0xc8, 0xd0),
                QColor(90, 160, 255, 110), QColor(0xff, 0x6b, 0x6b), QColor(0x2b, 0x2a, 0x38)};
    return {Qt::white, QColor(0x1f, 0x1f, 0x1f), QColor(0x80, 0x80, 0x80), QColor(0x5a, 0x5a, 0x5a),
            QColor(60, 130, 230, 90), QColor(0xd0, 0x2c, 0x2c), Qt::white};
}

QFont makeFont(const QString &family, int pixelSize, bool bold = false, bool italic = false)
{
    QFont font(family);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

void drawLines(QPainter &p, const QPointF &origin, const QStringList &lines, double lineSpacing)
{
    QPointF at = origin;
    for (const QString &line : lines) {
        p.drawText(at, line);
        at.ry() += lineSpacing;
    }
}

// Filled triangle at `tip` pointing along from->tip.
void drawArrowHead(QPainter &p, const QPointF &from, const QPointF &tip, double size)
{
    const QLineF line(tip, from);
    if (line.length() < 1e-6)
        return;
    const QPointF unit = (from - tip) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPolygonF head({tip, tip + unit * size + normal * (size * 0.5), tip + unit * size - normal * (size * 0.5)});
    p.drawPolygon(head);
}

QColor attitudeColour(WardleyAttitude attitude)
{
    switch (attitude) {
    case WardleyAttitude::Pioneers: return QColor(60, 150, 230, 55);
    case WardleyAttitude::Settlers: return QColor(70, 170, 90, 55);
    case WardleyAttitude::TownPlanners: return QColor(230, 140, 40, 55);
    }
    return QColor(128, 128, 128, 55);
}

QString attitudeTitle(WardleyAttitude attitude)
{
    switch (attitude) {
    case WardleyAttitude::Pioneers: return QCoreApplication::translate("dpi::WardleyPainter", "Pioneers");
    case WardleyAttitude::Settlers: return QCoreApplication::translate("dpi::WardleyPainter", "Settlers");
    case WardleyAttitude::TownPlanners: return QCoreApplication::translate("dpi::WardleyPainter", "Town planners");
    }
    return {};
}

} // namespace

WardleyPainter::WardleyPainter(const WardleyMap &map, const MapPaintOptions &options)
    : m_map(map)
    , m_options(options)
    , m_dark(map.style == QLatin1String("dark"))
    , m_labelFont(makeFont(options.fontFamily, 12))
    , m_anchorFont(makeFont(options.fontFamily, 13, true))
    , m_smallFont(makeFont(options.fontFamily, 10))
    , m_axisFont(makeFont(options.fontFamily, 12))
    , m_titleFont(makeFont(options.fontFamily, 18, true))
    , m_noteFont(makeFont(options.fontFamily, 11, false, true))
{
}

void WardleyPainter::paint(QPainter &painter, const QRectF &target) const
{
    const MapGeometry geometry(m_map);
    const QRectF fitted = MapGeometry::fittedRect(geometry.canvasRect().size(), target);
    painter.save();
    painter.translate(fitted.topLeft());
    painter.scale(fitted.width() / geometry.canvasRect().width(), fitted.height() / geometry.canvasRect().height());
    paintCanvas(painter);
    painter.restore();
}

void WardleyPainter::paintCanvas(QPainter &painter) const
{
    const MapLayout layout(m_map, m_labelFont, m_anchorFont, m_cache);
    paintCanvas(painter, layout);
}

void WardleyPainter::paintCanvas(QPainter &painter, const MapLayout &layout) const
{
    // The frame of the map (background, areas, axes, title, legend) never moves.
    const bool frame = !m_filter || m_filter->layer == MapLayerFilter::Static;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (m_options.fillBackground && frame)
        paintBackground(painter, layout);
    if (frame) {
        paintAreas(painter, layout);
        paintAxes(painter, layout);
    }
    if (m_options.showTitle && frame)
        paintTitle(painter, layout);
    paintPipelines(painter, layout);
    paintLinks(painter, layout);
    paintEvolveArrows(painter, layout);
    paintLabelBackdrops(painter, layout);
    paintComponents(painter, layout);
    paintLabels(painter, layout);
    paintNotes(painter, layout);
    paintAccelerators(painter, layout);
    paintAnnotations(painter, layout);
    if (m_options.changes && frame)
        paintMapChanges(painter, layout, *m_options.changes, m_smallFont, m_dark, m_options.changeLegend);
    if (m_options.showScores && frame)
        paintScoreLegend(painter, layout);
    painter.restore();
}

void WardleyPainter::paintBackground(QPainter &p, const MapLayout &layout) const
{
    p.fillRect(layout.geometry().canvasRect(), paletteFor(m_dark).background);
}

void WardleyPainter::paintAreas(QPainter &p, const MapLayout &layout) const
{
    const MapGeometry &g = layout.geometry();
    p.setFont(m_smallFont);
    for (const WardleyArea &area : m_map.areas) {
        const QRectF rect = QRectF(g.toPoint(area.corner1), g.toPoint(area.corner2)).normalized();
        const QColor fill = attitudeColour(area.attitude);
        QColor stroke = fill;
        stroke.setAlpha(160);
        p.setPen(QPen(stroke, 1));
        p.setBrush(fill);
        p.drawRoundedRect(rect, 6, 6);
        p.setPen(stroke.darker(130));
        p.drawText(rect.topLeft() + QPointF(4, QFontMetricsF(m_smallFont).ascent() + 2), attitudeTitle(area.attitude));
    }
}

void WardleyPainter::paintAxes(QPainter &p, const MapLayout &layout) const
{
    const Palette pal = paletteFor(m_dark);
    const MapGeometry &g = layout.geometry();
    const QRectF plot = g.plotRect();
    const QFontMetricsF fm(m_axisFont);
    p.setFont(m_axisFont);

    // Stage separators.
    if (m_map.showEvolutionAxis) {
        QPen dashed(pal.muted, 1, Qt::DashLine);
        p.setPen(dashed);
        for (double boundary : {0.175, 0.40, 0.70})
            p.drawLine(QPointF(g.xOfMaturity(boundary), plot.top()), QPointF(g.xOfMaturity(boundary), plot.bottom()));
    }

    p.setPen(QPen(pal.ink, 1.5));
    p.setBrush(pal.ink);
    if (m_map.showValueChainAxis) {
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.left(), plot.top() + 2));
        drawArrowHead(p, QPointF(plot.left(), plot.bottom()), QPointF(plot.left(), plot.top()), 8);
        QString label = QCoreApplication::translate("dpi::WardleyPainter", "Value Chain");
        QString high = QCoreApplication::translate("dpi::WardleyPainter", "Visible");
        QString low = QCoreApplication::translate("dpi::WardleyPainter", "Invisible");
        if (m_map.valueChainAxis) {
            label = m_map.valueChainAxis->label;
            high = m_map.valueChainAxis->high;
            low = m_map.valueChainAxis->low;
        }
        p.save();
        p.translate(plot.left() - 10, plot.bottom());
        p.rotate(-90);
        // Rotated: x runs up the axis, y away from it.
        const double length = plot.height();
        p.drawText(QPointF(4, 0), low);
        p.drawText(QPointF((length - fm.horizontalAdvance(label)) / 2, 0), label);
        p.drawText(QPointF(length - fm.horizontalAdvance(high) - 4, 0), high);
        p.restore();
    }
    if (m_map.showEvolutionAxis) {
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right() - 2, plot.bottom()));
        drawArrowHead(p, QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()), 8);
        const QStringList labels = m_map.effectiveEvolutionLabels();
        const double starts[] = {0.0, 0.175, 0.40, 0.70};
        for (int i = 0; i < 4 && i < labels.size(); ++i)
            drawLines(p, QPointF(g.xOfMaturity(starts[i]) + 6, plot.bottom() + fm.ascent() + 6),
                      labels[i].split(QLatin1Char('\n')), fm.lineSpacing());
        const QString evolution = QCoreApplication::translate("dpi::WardleyPainter", "Evolution");
        p.drawText(QPointF(plot.right() - fm.horizontalAdvance(evolution), plot.bottom() + 2 * fm.lineSpacing() + 8),
                   evolution);
        p.setFont(m_smallFont);
        p.setPen(pal.muted);
        const QFontMetricsF small(m_smallFont);
        p.drawText(QPointF(plot.left() + 6, plot.top() + small.ascent() + 4), QCoreApplication::translate("dpi::WardleyPainter", "Uncharted"));
        const QString industrialised = QCoreApplication::translate("dpi::WardleyPainter", "Industrialised");
        p.drawText(QPointF(plot.right() - small.horizontalAdvance(industrialised) - 6, plot.top() + small.ascent() + 4),
                   industrialised);
    }
    p.setBrush(Qt::NoBrush);
}

void WardleyPainter::paintTitle(QPainter &p, const MapLayout &layout) const
{
    p.setFont(m_titleFont);
    p.setPen(paletteFor(m_dark).ink);
    const QFontMetricsF fm(m_titleFont);
    p.drawText(QPointF(layout.geometry().plotRect().left(), 8 + fm.ascent()), m_map.effectiveTitle());
}

void WardleyPainter::paintPipelines(QPainter &p, const MapLayout &layout) const
{
    const Palette pal = paletteFor(m_dark);
    const MapGeometry &g = layout.geometry();
    p.setPen(QPen(pal.ink, 1.2));
    p.setBrush(Qt::NoBrush);
    for (size_t i = 0; i < m_map.pipelines.size(); ++i) {
        const WardleyPipeline &pipeline = m_map.pipelines[i];
        if (m_map.isPipelineHidden(pipeline) || (m_filter && !m_filter->draws(m_filter->pipelines, i)))
            continue;
        const WardleyComponent *parent = m_map.findComponentByName(pipeline.component);
        const auto [low, high] = m_map.pipelineRange(pipeline);
        const double y = g.yOfVisibility(m_map.positionOf(*parent).visibility);
        const QRectF box(QPointF(g.xOfMaturity(std::min(low, high)) - 14, y + MapLayout::pipelineTop()),
                         QPointF(g.xOfMaturity(std::max(low, high)) + 14, y + MapLayout::pipelineBottom()));
        p.drawRect(box);
    }
}

void WardleyPainter::paintLinks(QPainter &p, const MapLayout &layout) const
{
    const Palette pal = paletteFor(m_dark);
    const QFontMetricsF fm(m_smallFont);
    p.setFont(m_smallFont);
    const QPen linkPen(pal.link, 1);
    const QPen flowPen(pal.flow, 8, Qt::SolidLine, Qt::RoundCap);
    for (const WardleyLink &link : m_map.links) {
        const PlacedComponent *from = layout.byName(link.from);
        const PlacedComponent *to = layout.byName(link.to);
        if (!from || !to || from == to)
            continue; // dangling references are normal in real maps
        if (m_filter && !m_filter->draws(m_filter->moving(layout, from) || m_filter->moving(layout, to)))
            continue;
        const QPointF a = layout.linkEnd(*from, to->centre);
        const QPointF b = layout.linkEnd(*to, from->centre);
        if (link.flow != WardleyFlow::None) {
            p.setPen(flowPen);
            p.drawLine(a, b);
        }
        p.setPen(linkPen);
        p.drawLine(a, b);
        const QPointF middle = (a + b) / 2;
        if (!link.flowValue.isEmpty()) {
            p.setPen(pal.ink);
            p.drawText(a + (b - a) * 0.25 + QPointF(4, -4), link.flowValue);
        }
        if (!link.context.isEmpty()) {
            p.setPen(pal.muted);
            p.drawText(middle + QPointF(4, fm.ascent() / 2), link.context);
        }
    }
}

void WardleyPainter::paintEvolveArrows(QPainter &p, const MapLayout &layout) const
{
    const Palette pal = paletteFor(m_dark);
    QPen dashed(pal.evolve, 1.3, Qt::DashLine);
    for (const PlacedComponent &twin : layout.twins()) {
        const PlacedComponent *source = layout.byName(twin.evolve->component);
        if (!source)
            continue;
        if (m_filter && !m_filter->draws(m_filter->moving(layout, source) || m_filter->moving(layout, &twin)))
            continue;
        const QLineF line(source->centre, twin.centre);
        if (line.length() < 2 * twin.radius + 4)
            continue;
        const QPointF a = line.pointAt((source->radius + 2) / line.length());
        const QPointF b = line.pointAt(1.0 - (twin.radius + 3) / line.length());
        p.setPen(dashed);
        p.setBrush(Qt::NoBrush);
        p.drawLine(a, b);
        p.setPen(QPen(pal.evolve, 1));
        p.setBrush(pal.evolve);
        drawArrowHead(p, a, b, 8);
    }
    p.setBrush(Qt::NoBrush);
}

void WardleyPainter::paintComponents(QPainter &p, const MapLayout &layout) const
{
    const Palette pal = paletteFor(m_dark);
    const double mr = MapLayout::methodRadius();

    // Decorators and inertia first, so that the component circle sits on top.
    for (const PlacedComponent &placed : layout.components()) {
        const WardleyComponent &c = *placed.component;
        if (c.type == WardleyComponentType::Anchor || !draws(layout, placed))
            continue;
        const QPointF at = placed.centre;
        const WardleyDecorators &d = c.decorators;
        if (d.build || d.buy || d.outsource) {
            QColor fill = d.outsource ? QColor(0x44, 0x44, 0x44) : d.buy ? QColor(0xaa, 0xaa, 0xaa) : QColor(0xe2, 0xe2, 0xe2);
            p.setPen(QPen(pal.ink, 1));
            p.setBrush(fill);
            p.drawEllipse(at, mr, mr);
        }
        if (d.ecosystem) {
            p.setPen(QPen(pal.ink, 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, mr + 6, mr + 6);
            p.setPen(QPen(pal.ink, 1));
            p.drawEllipse(at, mr, mr);
        }
        if (d.market) {
            p.setPen(QPen(pal.ink, 1));
            p.setBrush(d.build || d.buy || d.outsource ? Qt::NoBrush : QBrush(pal.componentFill));
            p.drawEllipse(at, mr, mr);
            const double r = mr * 0.62;
            const QPointF dots[] = {at + QPointF(0, -r), at + QPointF(-r * 0.87, r * 0.5), at + QPointF(r * 0.87, r * 0.5)};
            p.drawPolygon(dots, 3);
            p.setBrush(pal.ink);
            for (const QPointF &dot : dots)
                p.drawEllipse(dot, 2.2, 2.2);
        }
        if (c.inertia) {
            const double x = at.x() + (d.any() ? mr + 10 : 14);
            p.setPen(Qt::NoPen);
            p.setBrush(pal.ink);
            p.drawRect(QRectF(x, at.y() - 14, 5, 28));
        }
    }

    // On the canvas, circles are copied from sprites in device pixels; the
    // few vector extras switch back to the map's transform.
    MapCircleSprites *sprites = m_cache && MapCircleSprites::usable(p) ? &m_cache->circles() : nullptr;
    const QTransform world = p.worldTransform();
    const double scale = world.m11();
    const auto circle = [&](const PlacedComponent &placed, const QColor &fill, const QColor &ink) {
        if (sprites) {
            sprites->draw(p, scale, world.map(placed.centre), placed.radius, fill, ink, 1.5);
            return;
        }
        p.setPen(QPen(ink, 1.5));
        p.setBrush(fill);
        p.drawEllipse(placed.centre, placed.radius, placed.radius);
    };
    if (sprites)
        p.resetTransform();
    for (const PlacedComponent &placed : layout.components()) {
        const WardleyComponent &c = *placed.component;
        if (c.type == WardleyComponentType::Anchor || !draws(layout, placed))
            continue;
        QColor fill = pal.componentFill;
        if (m_options.showScores) {
            const auto found = m_options.componentColours.constFind(c.id);
            if (found != m_options.componentColours.constEnd())
                fill = *found;
        }
        circle(placed, fill, pal.ink);
        if (c.type == WardleyComponentType::Submap) {
            if (sprites)
                p.setWorldTransform(world);
            p.setBrush(pal.ink);
            p.setPen(Qt::NoPen);
            p.drawEllipse(placed.centre, 2, 2);
            if (sprites)
                p.resetTransform();
        }
    }
    for (const PlacedComponent &twin : layout.twins()) {
        if (draws(layout, twin))
            circle(twin, pal.componentFill, pal.evolve);
    }
    if (sprites)
        p.setWorldTransform(world);
    p.setBrush(Qt::NoBrush);
}

void WardleyPainter::paintLabelBackdrops(QPainter &p, const MapLayout &layout) const
{
    // Over the links, under the circles: labels stay readable where links
    // cross them without hiding any component.
    QColor halo = paletteFor(m_dark).background;
    halo.setAlpha(190);
    p.setPen(Qt::NoPen);
    p.setBrush(halo);
    for (const PlacedComponent &placed : layout.components()) {
        if (draws(layout, placed))
            p.drawRect(placed.labelRect.adjusted(-1, 0, 1, 0));
    }
    for (const PlacedComponent &twin : layout.twins()) {
        if (draws(layout, twin))
            p.drawRect(twin.labelRect.adjusted(-1, 0, 1, 0));
    }
    p.setBrush(Qt::NoBrush);
}

void WardleyPainter::paintLabels(QPainter &p, const MapLayout &layout) const
{
    const Palette pal = paletteFor(m_dark);
    const QFontMetricsF labelMetrics(m_labelFont);
    const QFontMetricsF anchorMetrics(m_anchorFont);
    const auto draw = [this, &p](const PlacedComponent &placed, MapTextCache::Slot slot, const QFont &font,
                                 const QFontMetricsF &fm) {
        if (!m_cache) {
            drawLines(p, placed.labelOrigin, placed.lines, fm.lineSpacing());
            return;
        }
        QPointF top(placed.labelOrigin.x(), placed.labelOrigin.y() - fm.ascent());
        for (const QString &line : placed.lines) {
            p.drawStaticText(top, m_cache->text(slot, line, font));
            top.ry() += fm.lineSpacing();
        }
    };
    p.setPen(pal.ink);
    p.setFont(m_labelFont);
    for (const PlacedComponent &placed : layout.components()) {
        if (placed.component->type != WardleyComponentType::Anchor && draws(layout, placed))
            draw(placed, MapTextCache::Label, m_labelFont, labelMetrics);
    }
    p.setFont(m_anchorFont);
    for (const PlacedComponent &placed : layout.components()) {
        if (placed.component->type == WardleyComponentType::Anchor && draws(layout, placed))
            draw(placed, MapTextCache::Anchor, m_anchorFont, anchorMetrics);
    }
    p.setFont(m_labelFont);
    p.setPen(pal.evolve);
    for (const PlacedComponent &twin : layout.twins()) {
        if (draws(layout, twin))
            draw(twin, MapTextCache::Label, m_labelFont, labelMetrics);
    }
}

void WardleyPainter::paintNotes(QPainter &p, const MapLayout &layout) const
{
    p.setFont(m_noteFont);
    p.setPen(paletteFor(m_dark).ink);
    const double spacing = QFontMetricsF(m_noteFont).lineSpacing();
    for (size_t i = 0; i < m_map.notes.size(); ++i) {
        if (m_filter && !m_filter->draws(m_filter->notes, i))
            continue;
        const WardleyNote &note = m_map.notes[i];
        drawLines(p, layout.geometry().toPoint(note.position), note.text.split(QLatin1Char('\n')), spacing);
    }
}

void WardleyPainter::paintAccelerators(QPainter &p, const MapLayout &layout) const
{
    const Palette pal = paletteFor(m_dark);
    const QFontMetricsF fm(m_smallFont);
    p.setFont(m_smallFont);
    for (size_t i = 0; i < m_map.accelerators.size(); ++i) {
        if (m_filter && !m_filter->draws(m_filter->accelerators, i))
            continue;
        const WardleyAccelerator &a = m_map.accelerators[i];
        const QPointF at = layout.geometry().toPoint(a.position);
        // A block arrow pointing towards commodity; a deaccelerator points back.
        const double dir = a.deaccelerator ? -1 : 1;
        const QPolygonF arrow({at + QPointF(-30 * dir, -8), at + QPointF(8 * dir, -8), at + QPointF(8 * dir, -16),
                               at + QPointF(30 * dir, 0), at + QPointF(8 * dir, 16), at + QPointF(8 * dir, 8),
                               at + QPointF(-30 * dir, 8)});
        p.setPen(QPen(pal.ink, 1.2));
        p.setBrush(pal.componentFill);
        p.drawPolygon(arrow);
        p.setPen(pal.ink);
        p.drawText(QPointF(at.x() - fm.horizontalAdvance(a.name) / 2, at.y() + 18 + fm.ascent()), a.name);
    }
    p.setBrush(Qt::NoBrush);
}

void WardleyPainter::paintAnnotations(QPainter &p, const MapLayout &layout) const
{
    if (m_map.annotations.empty())
        return;
    const Palette pal = paletteFor(m_dark);
    const MapGeometry &g = layout.geometry();
    const QFontMetricsF fm(m_smallFont);
    p.setFont(m_smallFont);
    for (size_t i = 0; i < m_map.annotations.size(); ++i) {
        if (m_filter && !m_filter->draws(m_filter->annotations, i))
            continue;
        const WardleyAnnotation &annotation = m_map.annotations[i];
        std::vector<QPointF> points;
        for (const WardleyPosition &position : annotation.occurrences)
            points.push_back(g.toPoint(position));
        p.setPen(QPen(pal.muted, 1));
        for (size_t k = 1; k < points.size(); ++k)
            p.drawLine(points[k - 1], points[k]);
        const QString number = QString::number(annotation.number);
        for (const QPointF &at : points) {
            p.setPen(QPen(pal.ink, 1.2));
            p.setBrush(pal.componentFill);
            p.drawEllipse(at, 10, 10);
            p.drawText(QPointF(at.x() - fm.horizontalAdvance(number) / 2, at.y() + fm.ascent() / 2 - 1), number);
        }
    }

    if (m_filter && m_filter->layer != MapLayerFilter::Static)
        return;

    // The legend box, where the map puts it (OWM's default: top left).
    const WardleyPosition legendPosition = m_map.annotationsLegend.value_or(WardleyPosition{0.9, 0.1});
    const QPointF topLeft = g.toPoint(legendPosition);
    const double width = 280;
    const double pad = 6;
    std::vector<std::pair<QString, QRectF>> rows;
    double height = fm.lineSpacing() + pad * 2;
    std::vector<const WardleyAnnotation *> sorted;
    for (const WardleyAnnotation &annotation : m_map.annotations)
        sorted.push_back(&annotation);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const WardleyAnnotation *a, const WardleyAnnotation *b) { return a->number < b->number; });
    for (const WardleyAnnotation *annotation : sorted) {
        const QString text = QStringLiteral("%1. %2").arg(annotation->number).arg(annotation->text);
        const QRectF bounds = fm.boundingRect(QRectF(0, 0, width - 2 * pad, 10000), Qt::TextWordWrap, text);
        rows.emplace_back(text, QRectF(0, height - pad, width - 2 * pad, bounds.height()));
        height += bounds.height() + 2;
    }
    const QRectF box(topLeft, QSizeF(width, height));
    p.setPen(QPen(pal.ink, 1));
    p.setBrush(pal.componentFill);
    p.drawRect(box);
    p.setFont(makeFont(m_options.fontFamily, 10, true));
    p.drawText(box.topLeft() + QPointF(pad, pad + fm.ascent()), QCoreApplication::translate("dpi::WardleyPainter", "Annotations"));
    p.setFont(m_smallFont);
    for (const auto &[text, rect] : rows)
        p.drawText(rect.translated(box.topLeft() + QPointF(pad, pad)), Qt::TextWordWrap, text);
    p.setBrush(Qt::NoBrush);
}

void WardleyPainter::paintScoreLegend(QPainter &p, const MapLayout &layout) const
{
    if (m_options.scoreLegend.empty())
        return;
    const Palette pal = paletteFor(m_dark);
    const QFontMetricsF fm(m_smallFont);
    const QRectF plot = layout.geometry().plotRect();
    const double pad = 6;
    const double row = fm.lineSpacing() + 3;
    double width = fm.horizontalAdvance(m_options.scoreLegendTitle) + 2 * pad;
    for (const MapLegendEntry &entry : m_options.scoreLegend)
        width = std::max(width, fm.horizontalAdvance(entry.text) + 2 * pad + 18);
    const double height = pad * 2 + row * (m_options.scoreLegend.size() + 1);
    const QRectF box(plot.right() - width - 8, plot.bottom() - height - 8, width, height);
    p.setPen(QPen(pal.ink, 1));
    p.setBrush(pal.componentFill);
    p.drawRect(box);
    p.setFont(makeFont(m_options.fontFamily, 10, true));
    double y = box.top() + pad + fm.ascent();
    p.drawText(QPointF(box.left() + pad, y), m_options.scoreLegendTitle);
    p.setFont(m_smallFont);
    for (const MapLegendEntry &entry : m_options.scoreLegend) {
        y += row;
        p.setPen(QPen(pal.ink, 1));
        p.setBrush(entry.colour);
        p.drawEllipse(QPointF(box.left() + pad + 5, y - fm.ascent() / 2 + 1), 5, 5);
        p.drawText(QPointF(box.left() + pad + 18, y), entry.text);
    }
    p.setBrush(Qt::NoBrush);
}

bool WardleyPainter::draws(const MapLayout &layout, const PlacedComponent &placed) const
{
    return !m_filter || m_filter->draws(m_filter->moving(layout, &placed));
}

void paintWardleyMap(QPainter &painter, const QRectF &target, const WardleyMap &map, const MapPaintOptions &options)
{
    WardleyPainter(map, options).paint(painter, target);
}

} // namespace dpi
