#include "mapeditcommand.h"

#include "mapdocument.h"

namespace dpi {

MapEditCommand::MapEditCommand(MapDocument *document, WardleyMap before, WardleyMap after, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void MapEditCommand::undo()
{
    if (m_document)
        m_document->restoreState(m_before);
}

void MapEditCommand::redo()
{
    if (m_document)
        m_document->restoreState(m_after);
}

} // namespace dpi
