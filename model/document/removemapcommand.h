#pragma once

#include "wardleymap.h"

#include <QUndoCommand>

namespace dpi {

class Document;

/**
 * Deletes a map from the project (by id); undo puts it back at its old place.
 * The command owns the deleted map until it is undone.
 */
class RemoveMapCommand : public QUndoCommand
{
public:
    RemoveMapCommand(Document *document, WardleyMap map, int index, const QString &text);

    void undo() override;
    void redo() override;

private:
    Document *const m_document;
    const WardleyMap m_map;
    const int m_index;
};

} // namespace dpi
