#pragma once

#include "wardleymap.h"

#include <QUndoCommand>

namespace dpi {

class Document;

/** Deletes a map from the project; undo puts it back at its old place. */
class RemoveMapCommand : public QUndoCommand
{
public:
    RemoveMapCommand(Document *document, WardleyMap map, int index);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    WardleyMap m_map;
    int m_index;
};

/** Gives a map a new title (the chooser's and the report's name for it). */
class RetitleMapCommand : public QUndoCommand
{
public:
    RetitleMapCommand(Document *document, const WardleyMap &map, const LocalizedText &title);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    WardleyMap m_before;
    WardleyMap m_after;
};

} // namespace dpi
