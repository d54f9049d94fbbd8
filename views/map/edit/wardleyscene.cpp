#include "wardleyscene.h"

#include "document.h"
#include "inlinenameeditor.h"
#include "mapdraglayers.h"
#include "mapgeometry.h"
#include "maphandleitem.h"
#include "mapedits.h"
#include "maplayout.h"
#include "mapops.h"
#include "wardleypainter.h"

#include <QAction>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QTextDocument>

namespace dpi {

namespace {

QPainterPath circlePath(double radius)
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), radius, radius);
    return path;
}

QPainterPath componentPath(const PlacedComponent &placed, bool anchor)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const QRectF label = placed.labelRect.translated(-placed.centre).adjusted(-2, -1, 2, 1);
    if (!anchor)
        path.addEllipse(QPointF(0, 0), 9, 9);
    path.addRect(label);
    return path;
}

} // namespace

WardleyScene::WardleyScene(Document *document, const QString &mapId, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_mapId(mapId)
{
    // Thousands of handles: hit tests and rubber bands need the index.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &Document::mapChanged, this, [this](const QString &changedId) {
        if (changedId == m_mapId)
            onMapChanged();
    });
    connect(document, &Document::projectReplaced, this, &WardleyScene::onMapChanged);
    rebuild();
}

WardleyScene::~WardleyScene()
{
    // The name editor commits on focus-out; the document must not hear from a dying scene.
    if (m_nameEditor)
        m_nameEditor->disconnect(this);
}

void WardleyScene::setMapId(const QString &mapId)
{
    if (mapId == m_mapId)
        return;
    m_mapId = mapId;
    rebuild();
}

const WardleyMap &WardleyScene::map() const
{
    const WardleyMap *map = m_document->map(m_mapId);
    return map ? *map : m_noMap;
}

void WardleyScene::onMapChanged()
{
    // A drag in progress shows its preview until the drop; the drop rebuilds.
    if (m_dragging)
        m_rebuildPending = true;
    else
        rebuild();
}

void WardleyScene::setPaintOptions(const MapPaintOptions &options)
{
    m_options = options;
    // A drag in progress goes on from the map as it is now, drawn with the new options.
    m_dragLayers.reset();
    // The layout depends on the options' fonts.
    if (m_layoutCurrent) {
        const WardleyPainter painter(m_preview, m_options);
        m_layout = std::make_unique<MapLayout>(m_preview, painter.labelFont(), painter.anchorFont(), &m_textCache);
    } else {
        m_layout.reset();
    }
    pictureChanged();
}

void WardleyScene::pictureChanged()
{
    ++m_pictureGeneration;
    invalidate(sceneRect(), BackgroundLayer);
}

void WardleyScene::rebuild()
{
    const std::vector<MapElementRef> selected = selectedRefs();
    m_dragLayers.reset();
    m_rebuilding = true;
    for (MapHandleItem *handle : m_handles) {
        removeItem(handle);
        delete handle;
    }
    m_handles.clear();
    m_preview = map();

    const WardleyPainter painter(m_preview, m_options);
    // Kept: a drag starts from it instead of laying the map out again.
    m_layout = std::make_unique<MapLayout>(m_preview, painter.labelFont(), painter.anchorFont(), &m_textCache);
    m_layoutCurrent = true;
    const MapLayout &layout = *m_layout;
    setSceneRect(layout.geometry().canvasRect());
    m_handles.reserve(layout.components().size() + layout.twins().size() + m_preview.notes.size());

    const auto add = [this](const MapElementRef &ref, const QPainterPath &hit, const QPointF &at, bool movable) {
        auto *handle = new MapHandleItem(ref, hit, movable);
        handle->setPos(at);
        addItem(handle);
        m_handles.push_back(handle);
    };
    for (const PlacedComponent &placed : layout.components()) {
        const bool anchor = placed.component->type == WardleyComponentType::Anchor;
        add({MapElementRef::Component, placed.component->id, 0}, componentPath(placed, anchor), placed.centre, true);
    }
    for (const PlacedComponent &twin : layout.twins())
        add({MapElementRef::EvolvedTwin, twin.evolve->id, 0}, componentPath(twin, false), twin.centre, true);

    const QFontMetricsF noteMetrics(painter.noteFont());
    for (const WardleyNote &note : m_preview.notes) {
        const QStringList lines = note.text.split(QLatin1Char('\n'));
        double width = 0;
        for (const QString &line : lines)
            width = std::max(width, noteMetrics.horizontalAdvance(line));
        QPainterPath hit;
        hit.addRect(QRectF(-2, -noteMetrics.ascent() - 1, width + 4, noteMetrics.lineSpacing() * lines.size() + 2));
        add({MapElementRef::Note, note.id, 0}, hit, layout.geometry().toPoint(note.position), true);
    }
    for (const WardleyAnnotation &annotation : m_preview.annotations) {
        for (int i = 0; i < int(annotation.occurrences.size()); ++i)
            add({MapElementRef::Annotation, annotation.id, i}, circlePath(11),
                layout.geometry().toPoint(annotation.occurrences[size_t(i)]), true);
    }
    for (const WardleyAccelerator &accelerator : m_preview.accelerators) {
        QPainterPath hit;
        hit.addRect(QRectF(-31, -17, 62, 34));
        add({MapElementRef::Accelerator, accelerator.id, 0}, hit, layout.geometry().toPoint(accelerator.position), true);
    }
    m_rebuilding = false;
    selectRefs(selected);
    pictureChanged();
}

MapHandleItem *WardleyScene::handleFor(const MapElementRef &ref) const
{
    for (MapHandleItem *handle : m_handles) {
        if (handle->ref() == ref)
            return handle;
    }
    return nullptr;
}

std::vector<MapElementRef> WardleyScene::selectedRefs() const
{
    std::vector<MapElementRef> refs;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *handle = qgraphicsitem_cast<MapHandleItem *>(item))
            refs.push_back(handle->ref());
    }
    return refs;
}

void WardleyScene::selectRefs(const std::vector<MapElementRef> &refs)
{
    clearSelection();
    for (const MapElementRef &ref : refs) {
        if (MapHandleItem *handle = handleFor(ref))
            handle->setSelected(true);
    }
}

WardleyPosition WardleyScene::positionAt(const QPointF &scenePos) const
{
    return MapGeometry(m_preview).toPosition(scenePos);
}

QPointF WardleyScene::pointOf(const WardleyPosition &position) const
{
    return MapGeometry(m_preview).toPoint(position);
}

void WardleyScene::handleMoved(MapHandleItem *handle)
{
    if (m_rebuilding)
        return;
    if (m_dragging && !m_dragLayers) {
        // The first move of a drag: what is shown now becomes the still layer.
        m_dragLayers = std::make_unique<MapDragLayers>(m_preview, m_options, &m_textCache, m_layout.get());
        ++m_dragSerial;
    }
    // The same edit the drop records (mapedit::moveElements), applied to the preview.
    mapops::moveElement(m_preview, handle->ref(), MapGeometry(m_preview).toPosition(handle->pos()));
    m_dragLayersDirty = true;
    m_layoutCurrent = false;
    pictureChanged();
}

void WardleyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    paintPicture(painter, rect);
}

void WardleyScene::paintPicture(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xdd, 0xdd, 0xdd));
    WardleyPainter mapPainter(m_preview, m_options);
    mapPainter.setTextCache(&m_textCache);
    if (m_layout && m_layoutCurrent)
        mapPainter.paintCanvas(*painter, *m_layout); // the same layout, already made
    else
        mapPainter.paintCanvas(*painter);
}

void WardleyScene::prepareDragLayers()
{
    if (m_dragLayers && m_dragLayersDirty) {
        m_dragLayers->update(m_preview);
        m_dragLayersDirty = false;
    }
}

quint64 WardleyScene::staticLayerGeneration() const
{
    // Distinct across drags as well as within one.
    return m_dragLayers ? (m_dragSerial << 32) + m_dragLayers->staticGeneration() : 0;
}

void WardleyScene::paintStaticLayer(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xdd, 0xdd, 0xdd));
    if (m_dragLayers)
        m_dragLayers->paintStatic(*painter);
}

void WardleyScene::paintMovingLayer(QPainter *painter)
{
    if (m_dragLayers)
        m_dragLayers->paintMoving(*painter);
}

MapHandleItem *WardleyScene::handleAt(const QPointF &scenePos, bool componentsOnly) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        auto *handle = qgraphicsitem_cast<MapHandleItem *>(item);
        if (handle && (!componentsOnly || handle->ref().kind == MapElementRef::Component))
            return handle;
    }
    return nullptr;
}

void WardleyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
        if (MapHandleItem *from = handleAt(event->scenePos(), true)) {
            m_linkFrom = from->ref().id;
            m_linkLine = addLine(QLineF(from->pos(), event->scenePos()), QPen(QColor(40, 110, 220), 1.5, Qt::DashLine));
            m_linkLine->setZValue(500);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && !isRenaming()) {
        m_dragging = true;
        m_pressPositions.clear();
        for (MapHandleItem *handle : m_handles)
            m_pressPositions.push_back(handle->pos());
    }
}

void WardleyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkLine) {
        m_linkLine->setLine(QLineF(m_linkLine->line().p1(), event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void WardleyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkLine) {
        removeItem(m_linkLine);
        delete m_linkLine;
        m_linkLine = nullptr;
        const QString from = std::exchange(m_linkFrom, QString());
        if (MapHandleItem *to = handleAt(event->scenePos(), true))
            mapedit::addLink(*m_document, m_mapId, from, to->ref().id);
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        finishDrag();
}

void WardleyScene::finishDrag()
{
    if (!m_dragging)
        return;
    m_dragging = false;
    // The drop draws the whole map again, once.
    if (m_dragLayers) {
        m_dragLayers.reset();
        pictureChanged();
    }
    MapMoves moves;
    if (m_pressPositions.size() == m_handles.size()) {
        const MapGeometry geometry(m_preview);
        for (size_t i = 0; i < m_handles.size(); ++i) {
            if (m_handles[i]->pos() != m_pressPositions[i])
                moves.emplace_back(m_handles[i]->ref(), geometry.toPosition(m_handles[i]->pos()));
        }
    }
    m_pressPositions.clear();
    const quint64 generation = m_pictureGeneration;
    if (!moves.empty())
        mapedit::moveElements(*m_document, m_mapId, moves); // one undo entry for the whole drag
    // The move's mapChanged has rebuilt the scene already, unless it changed
    // nothing; a rebuild a second time would only cost (about a layout at 2,000 components).
    const bool rebuilt = m_pictureGeneration != generation;
    if ((m_rebuildPending || !moves.empty()) && !rebuilt)
        rebuild(); // snaps handles to where the model put them (e.g. a pipeline child's row)
    m_rebuildPending = false;
}

void WardleyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (MapHandleItem *handle = handleAt(event->scenePos(), false)) {
        startRename(handle->ref());
        event->accept();
        return;
    }
    if (!sceneRect().contains(event->scenePos()))
        return;
    const QString id = mapedit::addComponent(*m_document, m_mapId, positionAt(event->scenePos()));
    if (map().findComponent(id))
        startRename({MapElementRef::Component, id, 0});
    event->accept();
}

void WardleyScene::startRename(const MapElementRef &ref)
{
    if (ref.kind != MapElementRef::Component && ref.kind != MapElementRef::Note)
        return;
    if (m_nameEditor)
        m_nameEditor->clearFocus();
    const WardleyPainter painter(m_preview, m_options);
    QString text;
    QPointF topLeft;
    QFont font = painter.labelFont();
    if (ref.kind == MapElementRef::Component) {
        const MapLayout layout(m_preview, painter.labelFont(), painter.anchorFont());
        const PlacedComponent *placed = layout.component(ref.id);
        if (!placed)
            return;
        text = placed->component->name;
        topLeft = placed->labelRect.topLeft();
        if (placed->component->type == WardleyComponentType::Anchor)
            font = painter.anchorFont();
    } else {
        const WardleyNote *note = nullptr;
        for (const WardleyNote &n : m_preview.notes) {
            if (n.id == ref.id)
                note = &n;
        }
        if (!note)
            return;
        text = note->text;
        font = painter.noteFont();
        topLeft = pointOf(note->position) - QPointF(0, QFontMetricsF(font).ascent());
    }
    auto *editor = new InlineNameEditor(text, font);
    editor->setPos(topLeft - QPointF(editor->document()->documentMargin(), editor->document()->documentMargin()));
    addItem(editor);
    m_nameEditor = editor;
    const auto close = [this, editor]() {
        if (m_nameEditor == editor)
            m_nameEditor = nullptr;
        removeItem(editor);
        editor->deleteLater();
    };
    // The name belongs to the map shown when editing began, even if another is shown by the commit.
    connect(editor, &InlineNameEditor::committed, this, [this, ref, close, mapId = m_mapId](const QString &newText) {
        close();
        if (ref.kind == MapElementRef::Component)
            mapedit::renameComponent(*m_document, mapId, ref.id, newText);
        else
            mapedit::setNoteText(*m_document, mapId, ref.id, newText);
    });
    connect(editor, &InlineNameEditor::cancelled, this, close);
    setFocusItem(editor);
    editor->setFocus();
}

void WardleyScene::deleteSelection()
{
    const std::vector<MapElementRef> refs = selectedRefs();
    if (!refs.empty())
        mapedit::removeElements(*m_document, m_mapId, refs);
}

void WardleyScene::renameSelection()
{
    for (const MapElementRef &ref : selectedRefs()) {
        if (ref.kind == MapElementRef::Component || ref.kind == MapElementRef::Note) {
            startRename(ref);
            return;
        }
    }
}

void WardleyScene::keyPressEvent(QKeyEvent *event)
{
    if (isRenaming()) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        deleteSelection();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_F2) {
        renameSelection();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void WardleyScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (MapHandleItem *handle = handleAt(event->scenePos(), false)) {
        if (!handle->isSelected()) {
            clearSelection();
            handle->setSelected(true);
        }
        if (handle->ref().kind == MapElementRef::Component) {
            showComponentMenu(handle->ref().id, event->screenPos());
        } else {
            QMenu menu;
            QAction *remove = menu.addAction(tr("Delete"));
            if (menu.exec(event->screenPos()) == remove)
                deleteSelection();
        }
        event->accept();
        return;
    }
    showCanvasMenu(event->scenePos(), event->screenPos());
    event->accept();
}

void WardleyScene::showComponentMenu(const QString &componentId, const QPoint &screenPos)
{
    const WardleyComponent *c = map().findComponent(componentId);
    if (!c)
        return;
    QMenu menu;
    QAction *rename = menu.addAction(tr("Rename"));
    menu.addSeparator();
    QAction *inertia = menu.addAction(tr("Inertia"));
    inertia->setCheckable(true);
    inertia->setChecked(c->inertia);
    const std::pair<MapDecorator, QString> decorators[] = {
        {MapDecorator::Build, tr("Build")}, {MapDecorator::Buy, tr("Buy")}, {MapDecorator::Outsource, tr("Outsource")},
        {MapDecorator::Market, tr("Market")}, {MapDecorator::Ecosystem, tr("Ecosystem")}};
    const bool flags[] = {c->decorators.build, c->decorators.buy, c->decorators.outsource, c->decorators.market,
                          c->decorators.ecosystem};
    std::vector<QAction *> decoratorActions;
    for (int i = 0; i < 5; ++i) {
        QAction *action = menu.addAction(decorators[i].second);
        action->setCheckable(true);
        action->setChecked(flags[i]);
        decoratorActions.push_back(action);
    }
    menu.addSeparator();
    QAction *evolve = menu.addAction(tr("Add evolution arrow"));
    QAction *pipeline = menu.addAction(tr("Add pipeline"));
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete"));
    QAction *chosen = menu.exec(screenPos);
    if (!chosen)
        return;
    if (chosen == rename)
        startRename({MapElementRef::Component, componentId, 0});
    else if (chosen == inertia)
        mapedit::setInertia(*m_document, m_mapId, componentId, inertia->isChecked());
    else if (chosen == evolve)
        mapedit::addEvolve(*m_document, m_mapId, componentId);
    else if (chosen == pipeline)
        mapedit::addPipeline(*m_document, m_mapId, componentId);
    else if (chosen == remove)
        deleteSelection();
    for (int i = 0; i < 5; ++i) {
        if (chosen == decoratorActions[size_t(i)])
            mapedit::setDecorator(*m_document, m_mapId, componentId, decorators[i].first, chosen->isChecked());
    }
}

void WardleyScene::showCanvasMenu(const QPointF &scenePos, const QPoint &screenPos)
{
    QMenu menu;
    QAction *component = menu.addAction(tr("Add component here"));
    QAction *note = menu.addAction(tr("Add note here"));
    QAction *annotation = menu.addAction(tr("Add annotation here"));
    QAction *chosen = menu.exec(screenPos);
    const WardleyPosition position = positionAt(scenePos);
    if (chosen == component) {
        const QString id = mapedit::addComponent(*m_document, m_mapId, position);
        startRename({MapElementRef::Component, id, 0});
    } else if (chosen == note) {
        const QString id = mapedit::addNote(*m_document, m_mapId, position);
        startRename({MapElementRef::Note, id, 0});
    } else if (chosen == annotation) {
        mapedit::addAnnotation(*m_document, m_mapId, position);
    }
}

} // namespace dpi
