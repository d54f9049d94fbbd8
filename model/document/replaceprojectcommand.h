#pragma once

#include "project.h"

#include <QUndoCommand>

namespace dpi {

class Document;

/** Swaps the whole project (an import): one undo step, both versions kept by value. */
class ReplaceProjectCommand : public QUndoCommand
{
public:
    ReplaceProjectCommand(Document *document, const Project &before, const Project &after,
                          const QString &text);

    void undo() override;
    void redo() override;

private:
    Document *const m_document;
    const Project m_before;
    const Project m_after;
};

} // namespace dpi
