#pragma once

#include <QString>
#include <QUndoCommand>

namespace dpi {

class Document;

/** Sets the project's `previous_round` (the earlier round it is compared with). */
class SetPreviousRoundCommand : public QUndoCommand
{
public:
    SetPreviousRoundCommand(Document *document, const QString &before, const QString &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    Document *const m_document;
    const QString m_before;
    const QString m_after;
};

} // namespace dpi
