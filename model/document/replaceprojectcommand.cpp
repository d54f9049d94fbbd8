#include "replaceprojectcommand.h"

#include "document.h"

namespace dpi {

ReplaceProjectCommand::ReplaceProjectCommand(Document *document, const Project &before,
                                             const Project &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
}

void ReplaceProjectCommand::undo()
{
    m_document->setProject(m_before);
}

void ReplaceProjectCommand::redo()
{
    m_document->setProject(m_after);
}

} // namespace dpi
