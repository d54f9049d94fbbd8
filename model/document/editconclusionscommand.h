#pragma once

#include "findings.h"

#include <QString>
#include <QUndoCommand>

namespace dpi {

class Document;

/**
 * Replaces the conclusions (findings, strengths, actions) of one sector, or of
 * the whole assessment when the sector id is empty, by value: undo restores
 * exactly the previous lists. Every findingsedit::/actionedit:: verb is this
 * command with a different `after`.
 *
 * With a merge id, consecutive edits of the same scope and `mergeKey` (one
 * field of one item in one language) collapse into one undo entry, so typing
 * a sentence is one step; an entry that ends where it started is dropped.
 */
class EditConclusionsCommand : public QUndoCommand
{
public:
    EditConclusionsCommand(Document *document, const QString &sectorId, const Conclusions &before,
                           const Conclusions &after, const QString &text, int mergeId = -1,
                           const QString &mergeKey = QString());

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *const m_document;
    const QString m_sectorId;
    const Conclusions m_before;
    Conclusions m_after;
    const int m_mergeId;
    const QString m_mergeKey;
};

} // namespace dpi
