#include "setpreviousroundcommand.h"

#include "document.h"

namespace dpi {

SetPreviousRoundCommand::SetPreviousRoundCommand(Document *document, const QString &before, const QString &after,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
}

void SetPreviousRoundCommand::undo()
{
    m_document->setPreviousRound(m_before);
}

void SetPreviousRoundCommand::redo()
{
    m_document->setPreviousRound(m_after);
}

} // namespace dpi
