#pragma once

#include "wardleymap.h"

#include <QUndoCommand>

namespace dpi {

class Document;

/**
 * One edit of one of the project's maps, found by its id: swaps whole
 * before/after states through Document::storeMap(). Maps are small value
 * types, so a snapshot per edit is cheap and makes every verb undoable the
 * same way, including a text-pane reparse. The command owns both states;
 * it needs no widget, so map edits undo and redo with the map tab closed.
 */
class MapEditCommand : public QUndoCommand
{
public:
    /** `before` and `after` are states of the same map (the same id). */
    MapEditCommand(Document *document, WardleyMap before, WardleyMap after, const QString &text,
                   QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *const m_document;
    const WardleyMap m_before;
    const WardleyMap m_after;
};

} // namespace dpi
