#include "editcontextcommand.h"

#include "document.h"

namespace dpi {

EditContextCommand::EditContextCommand(Document *document, const ProjectContext &before, const ProjectContext &after,
                                       const QString &text, int mergeId, const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_mergeId(mergeId)
    , m_mergeKey(mergeKey)
{
}

void EditContextCommand::undo()
{
    m_document->setContext(m_before);
}

void EditContextCommand::redo()
{
    m_document->setContext(m_after);
}

bool EditContextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditContextCommand *>(other);
    if (next->m_document != m_document || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dpi
