#include "addmapcommand.h"

#include "document.h"

#include <QCoreApplication>

namespace dpi {

AddMapCommand::AddMapCommand(Document *document, WardleyMap map, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("dpi::AddMapCommand", "New map"), parent)
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
