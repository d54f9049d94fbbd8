#include "frameworktextcommand.h"

#include "commandids.h"
#include "frameworkdocument.h"

namespace dpi {

FrameworkTextCommand::FrameworkTextCommand(FrameworkDocument *document, const QString &before,
                                           const QString &after, const QString &actionText,
                                           const QString &mergeKey)
    : QUndoCommand(actionText)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
{
}

void FrameworkTextCommand::undo()
{
    m_document->setText(m_before);
}

void FrameworkTextCommand::redo()
{
    m_document->setText(m_after);
}

int FrameworkTextCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(FrameworkTextCommandId);
}

bool FrameworkTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FrameworkTextCommand *>(other);
    if (next->m_document != m_document || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // A merge that lands back on the start is no edit at all.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dpi
