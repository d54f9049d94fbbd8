#include "removemapcommand.h"

#include "document.h"

namespace dpi {

RemoveMapCommand::RemoveMapCommand(Document *document, WardleyMap map, int index, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_map(std::move(map))
    , m_index(index)
{
}

void RemoveMapCommand::undo()
{
    m_document->storeMap(m_map, m_index);
}

void RemoveMapCommand::redo()
{
    m_document->removeMap(m_map.id);
}

} // namespace dpi
