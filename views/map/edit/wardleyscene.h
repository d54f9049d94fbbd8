#pragma once

#include "mapelementref.h"
#include "mappaintoptions.h"
#include "maptextcache.h"
#include "wardleymap.h"

#include <QGraphicsScene>
#include <QPointer>

#include <memory>
#include <vector>

class QGraphicsLineItem;

namespace dpi {

class Document;
class InlineNameEditor;
class MapDragLayers;
class MapLayout;
class MapHandleItem;

/**
 * The editable map: one of the Document's maps, found by id. The map is
 * painted by WardleyPainter as the scene's background; each element has an
 * invisible MapHandleItem for hits, selection and drags. A drag moves a
 * preview copy of the map (shown live, through the same mapops::moveElement
 * the drop records) and is recorded as one undo entry on release. Ctrl-drag
 * from one component to another links them; double-click adds or renames.
 * Every edit goes through the mapedit:: verbs; the scene redraws when the
 * Document reports that its map changed, whoever changed it (undo included).
 *
 * Views may keep the painted map in pixels: pictureGeneration() changes
 * with every change to what drawBackground() draws. During a drag the map
 * is also offered in two layers (see MapDragLayers).
 */
class WardleyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit WardleyScene(Document *document, const QString &mapId = QString(), QObject *parent = nullptr);
    ~WardleyScene() override;

    Document *document() const { return m_document; }
    QString mapId() const { return m_mapId; }
    // Shows another of the document's maps; not an edit.
    void setMapId(const QString &mapId);
    // The document's map with mapId(); an empty map when there is none.
    const WardleyMap &map() const;
    // What is on screen: map(), or its preview during a drag.
    const WardleyMap &displayedMap() const { return m_preview; }

    const MapPaintOptions &paintOptions() const { return m_options; }
    void setPaintOptions(const MapPaintOptions &options);

    MapHandleItem *handleFor(const MapElementRef &ref) const;
    std::vector<MapElementRef> selectedRefs() const;
    void selectRefs(const std::vector<MapElementRef> &refs);

    WardleyPosition positionAt(const QPointF &scenePos) const;
    QPointF pointOf(const WardleyPosition &position) const;

    // In-place editing of a component's name or a note's text.
    void startRename(const MapElementRef &ref);
    bool isRenaming() const { return !m_nameEditor.isNull(); }

    void deleteSelection();
    void renameSelection();

    // Called by MapHandleItem while it is dragged.
    void handleMoved(MapHandleItem *handle);

    // Increases whenever the picture drawBackground() draws changes.
    quint64 pictureGeneration() const { return m_pictureGeneration; }
    // What drawBackground() draws over `rect`, for a view's cache.
    void paintPicture(QPainter *painter, const QRectF &rect);

    // While a drag has moved something: the still part (whose picture
    // changes only with staticLayerGeneration()) and the moving part.
    bool dragLayersActive() const { return m_dragLayers != nullptr; }
    // Brings the moving layer up to the latest move; call before painting the layers.
    void prepareDragLayers();
    quint64 staticLayerGeneration() const;
    void paintStaticLayer(QPainter *painter, const QRectF &rect);
    void paintMovingLayer(QPainter *painter);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void onMapChanged();
    void rebuild();
    void pictureChanged();
    MapHandleItem *handleAt(const QPointF &scenePos, bool componentsOnly) const;
    void finishDrag();
    void showComponentMenu(const QString &componentId, const QPoint &screenPos);
    void showCanvasMenu(const QPointF &scenePos, const QPoint &screenPos);

    Document *m_document;
    QString m_mapId;
    const WardleyMap m_noMap; // shown when the document has no map with m_mapId
    WardleyMap m_preview;
    MapPaintOptions m_options;
    MapTextCache m_textCache;
    std::vector<MapHandleItem *> m_handles;
    std::vector<QPointF> m_pressPositions;    // of m_handles, when a drag started
    bool m_dragging = false;
    bool m_rebuildPending = false;
    QString m_linkFrom;                       // component id while Ctrl-dragging a link
    QGraphicsLineItem *m_linkLine = nullptr;
    QPointer<InlineNameEditor> m_nameEditor;
    bool m_rebuilding = false;
    quint64 m_pictureGeneration = 1;
    std::unique_ptr<MapLayout> m_layout; // of m_preview as last rebuilt, with m_options' fonts
    bool m_layoutCurrent = false;        // m_preview has not moved since
    std::unique_ptr<MapDragLayers> m_dragLayers;
    bool m_dragLayersDirty = false;
    quint64 m_dragSerial = 0; // makes each drag's static layers distinct
};

} // namespace dpi
