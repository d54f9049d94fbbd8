#pragma once

#include "mapops.h"
#include "wardleymap.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

#include <QUndoStack>

namespace dpi {

/**
 * The map being edited, and the verbs that change it. Every verb pushes one
 * MapEditCommand onto the undo stack it was given (the project's stack in
 * the app), and no command when nothing would change. Ownership: the
 * document owns its map; each command owns the before/after states it swaps.
 *
 * The editor works on one map at a time: setMap() switches maps without an
 * undo entry. mapChanged() fires after every edit, undo and redo, with the
 * map's new state; a command for a map that is no longer shown still emits
 * it, so the owner of the project can store every state by map id.
 */
class MapDocument : public QObject
{
    Q_OBJECT

public:
    explicit MapDocument(QUndoStack *undoStack, QObject *parent = nullptr);

    const WardleyMap &map() const { return m_map; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Shows another map (or a reloaded one); not an edit, no undo entry. */
    void setMap(const WardleyMap &map);

    // Verbs: one undo entry each, none when nothing changes.
    void moveElements(const MapMoves &moves);
    QString addComponent(const WardleyPosition &position, const QString &name = QString());
    void renameComponent(const QString &componentId, const QString &newName);
    void removeElements(const std::vector<MapElementRef> &elements);
    void addLink(const QString &fromComponentId, const QString &toComponentId);
    void addEvolve(const QString &componentId);
    void addPipeline(const QString &componentId);
    QString addNote(const WardleyPosition &position, const QString &text = QString());
    void setNoteText(const QString &noteId, const QString &text);
    QString addAnnotation(const WardleyPosition &position, const QString &text = QString());
    void setInertia(const QString &componentId, bool inertia);
    void setDecorator(const QString &componentId, MapDecorator decorator, bool on);
    /** A map re-read from text: keeps ids and criteria links the text cannot carry. */
    void replaceFromText(const WardleyMap &parsed);
    /** Any other change, as one undo entry labelled `text`. */
    void applyEdit(const WardleyMap &after, const QString &text);

    /** Called by MapEditCommand only: puts a state in place and notifies. */
    void restoreState(const WardleyMap &state);

Q_SIGNALS:
    /** After an edit, undo or redo; `map` is the new state of the map with that id. */
    void mapChanged(const dpi::WardleyMap &map);
    /** setMap(): another map is shown. */
    void mapReset();

private:
    WardleyMap m_map;
    QPointer<QUndoStack> m_undoStack;
};

} // namespace dpi
