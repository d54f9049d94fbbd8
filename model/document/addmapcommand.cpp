#include "addmapcommand.h"

#include "document.h"

namespace dpi {

AddMapCommand::AddMapCommand(Document *document, WardleyMap map, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_map(std::move(map))
{
}

void AddMapCommand::undo()
{
    m_document->removeMap(m_map.id);
}

void AddMapCommand::redo()
{
    m_document->storeMap(m_map);
}

} // namespace dpi
