#include "editscorecommand.h"

#include "document.h"

namespace dpi {

EditScoreCommand::EditScoreCommand(Document *document, const CellRef &cell,
                                   const std::optional<Score> &before,
                                   const std::optional<Score> &after, ScoreFields fields,
                                   const QString &text, int mergeId, int mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_cell(cell)
    , m_before(before)
    , m_after(after)
    , m_fields(fields)
    , m_mergeId(mergeId)
    , m_mergeKey(mergeKey)
{
}

void EditScoreCommand::undo()
{
    m_document->setScore(m_cell, m_before, m_fields);
}

void EditScoreCommand::redo()
{
    m_document->setScore(m_cell, m_after, m_fields);
}

bool EditScoreCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditScoreCommand *>(other);
    if (next->m_document != m_document || next->m_cell != m_cell || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_fields |= next->m_fields;
    // Typing and then deleting the same text leaves nothing to undo.
    const bool afterEmpty = !m_after || isEmptyScore(*m_after);
    const bool beforeEmpty = !m_before || isEmptyScore(*m_before);
    setObsolete(afterEmpty && beforeEmpty ? true : m_after == m_before);
    return true;
}

} // namespace dpi
