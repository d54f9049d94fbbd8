#include "mapeditcommand.h"

#include "document.h"

namespace dpi {

MapEditCommand::MapEditCommand(Document *document, WardleyMap before, WardleyMap after, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void MapEditCommand::undo()
{
    m_document->storeMap(m_before);
}

void MapEditCommand::redo()
{
    m_document->storeMap(m_after);
}

} // namespace dpi
