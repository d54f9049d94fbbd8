#pragma once

#include "wardleymap.h"

#include <QUndoCommand>

namespace dpi {

class Document;

/** Adds a new map to the project; undo removes it again. */
class AddMapCommand : public QUndoCommand
{
public:
    AddMapCommand(Document *document, WardleyMap map, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    WardleyMap m_map;
};

} // namespace dpi
