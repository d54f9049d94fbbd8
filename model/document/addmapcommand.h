#pragma once

#include "wardleymap.h"

#include <QUndoCommand>

namespace dpi {

class Document;

/** Adds a new map to the project; undo removes it again (by id). The command owns the map while it is undone. */
class AddMapCommand : public QUndoCommand
{
public:
    AddMapCommand(Document *document, WardleyMap map, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *const m_document;
    const WardleyMap m_map;
};

} // namespace dpi
