#include "editconclusionscommand.h"

#include "document.h"

namespace dpi {

EditConclusionsCommand::EditConclusionsCommand(Document *document, const QString &sectorId, const Conclusions &before,
                                               const Conclusions &after, const QString &text, int mergeId,
                                               const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_sectorId(sectorId)
    , m_before(before)
    , m_after(after)
    , m_mergeId(mergeId)
    , m_mergeKey(mergeKey)
{
}

void EditConclusionsCommand::undo()
{
    m_document->setConclusions(m_sectorId, m_before);
}

void EditConclusionsCommand::redo()
{
    m_document->setConclusions(m_sectorId, m_after);
}

bool EditConclusionsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditConclusionsCommand *>(other);
    if (next->m_document != m_document || next->m_sectorId != m_sectorId || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing and then deleting the same text leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dpi
