#include "mapcommands.h"

#include "document.h"

#include <QCoreApplication>

namespace dpi {

RemoveMapCommand::RemoveMapCommand(Document *document, WardleyMap map, int index)
    : QUndoCommand(QCoreApplication::translate("dpi::RemoveMapCommand", "Delete map"))
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

RetitleMapCommand::RetitleMapCommand(Document *document, const WardleyMap &map, const LocalizedText &title)
    : QUndoCommand(QCoreApplication::translate("dpi::RetitleMapCommand", "Rename map"))
    , m_document(document)
    , m_before(map)
    , m_after(map)
{
    m_after.title = title;
}

void RetitleMapCommand::undo()
{
    m_document->storeMap(m_before);
}

void RetitleMapCommand::redo()
{
    m_document->storeMap(m_after);
}

} // namespace dpi
