#pragma once

#include "mapelementref.h"
#include "mappaintoptions.h"
#include "maptextcache.h"
#include "wardleymap.h"

#include <QGraphicsScene>
#include <QPointer>

#include <vector>

class QGraphicsLineItem;

namespace dpi {

class InlineNameEditor;
class MapDocument;
class MapHandleItem;

/**
 * The editable map. The map is painted by WardleyPainter as the scene's
 * background; each element has an invisible MapHandleItem for hits,
 * selection and drags. A drag moves a preview copy of the map (shown live)
 * and is recorded as one undo entry on release. Ctrl-drag from one
 * component to another links them; double-click adds or renames.
 */
class WardleyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit WardleyScene(MapDocument *document, QObject *parent = nullptr);
    ~WardleyScene() override;

    MapDocument *document() const { return m_document; }
    // What is on screen: the document's map, or its preview during a drag.
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

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    MapHandleItem *handleAt(const QPointF &scenePos, bool componentsOnly) const;
    void finishDrag();
    void showComponentMenu(const QString &componentId, const QPoint &screenPos);
    void showCanvasMenu(const QPointF &scenePos, const QPoint &screenPos);

    MapDocument *m_document;
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
};

} // namespace dpi
