#pragma once

#include "wardleymap.h"

#include <QPointer>
#include <QUndoCommand>

namespace dpi {

class MapDocument;

/**
 * One edit of a map: swaps whole before/after states. Maps are small value
 * types, so a snapshot per edit is cheap and makes every verb undoable the
 * same way, including a text-pane reparse.
 */
class MapEditCommand : public QUndoCommand
{
public:
    MapEditCommand(MapDocument *document, WardleyMap before, WardleyMap after, const QString &text,
                   QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    QPointer<MapDocument> m_document;
    WardleyMap m_before;
    WardleyMap m_after;
};

} // namespace dpi
