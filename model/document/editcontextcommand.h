#pragma once

#include "findings.h"

#include <QString>
#include <QUndoCommand>

namespace dpi {

class Document;

/** Replaces the project's context (text and sources); consecutive edits with the same
 * merge id and `mergeKey` (one language of the text) collapse into one undo entry. */
class EditContextCommand : public QUndoCommand
{
public:
    EditContextCommand(Document *document, const ProjectContext &before, const ProjectContext &after,
                       const QString &text, int mergeId = -1, const QString &mergeKey = QString());

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *const m_document;
    const ProjectContext m_before;
    ProjectContext m_after;
    const int m_mergeId;
    const QString m_mergeKey;
};

} // namespace dpi
