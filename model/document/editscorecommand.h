#pragma once

#include "cellref.h"
#include "project.h"

#include <QUndoCommand>

#include <optional>

namespace dpi {

class Document;

/**
 * Replaces one cell's Score by value. Every score edit (level, N/A,
 * confidence, notes, evidence...) is this command with a different
 * `fields` mask, so undo restores exactly the previous value.
 *
 * With a merge id, consecutive edits of the same cell (and the same
 * `mergeKey`, e.g. the evidence row) collapse into one undo entry; an entry
 * that ends where it started is dropped.
 */
class EditScoreCommand : public QUndoCommand
{
public:
    EditScoreCommand(Document *document, const CellRef &cell, const std::optional<Score> &before,
                     const std::optional<Score> &after, ScoreFields fields, const QString &text,
                     int mergeId = -1, int mergeKey = 0);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *const m_document;
    const CellRef m_cell;
    const std::optional<Score> m_before;
    std::optional<Score> m_after;
    ScoreFields m_fields;
    const int m_mergeId;
    const int m_mergeKey;
};

} // namespace dpi
