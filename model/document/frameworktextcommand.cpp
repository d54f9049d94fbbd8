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

FrameworkTextCommand::FrameworkTextCommand(FrameworkDocument *document, const QString &before,
                                           const QString &after, const Framework &afterFramework,
                                           const QString &actionText, const QString &mergeKey)
    : FrameworkTextCommand(document, before, after, actionText, mergeKey)
{
    m_afterFramework = afterFramework;
}

void FrameworkTextCommand::undo()
{
    m_document->setText(m_before);
}

void FrameworkTextCommand::redo()
{
    if (m_afterFramework)
        m_document->setWrittenText(m_after, *m_afterFramework);
    else
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
    m_afterFramework = next->m_afterFramework;
    // A merge that lands back on the start is no edit at all.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dpi
