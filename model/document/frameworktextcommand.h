#pragma once

#include "framework.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace dpi {

class FrameworkDocument;

/**
 * Replaces the framework editor's YAML text; both versions kept by value
 * (frameworks are small). Commands with the same non-empty merge key merge,
 * so typing in one field, or a burst of typing in the raw tab, is one step.
 */
class FrameworkTextCommand : public QUndoCommand
{
public:
    FrameworkTextCommand(FrameworkDocument *document, const QString &before, const QString &after,
                         const QString &actionText, const QString &mergeKey = QString());
    /** A structured edit: `after` is the writer's text of `afterFramework`. */
    FrameworkTextCommand(FrameworkDocument *document, const QString &before, const QString &after,
                         const Framework &afterFramework, const QString &actionText,
                         const QString &mergeKey = QString());

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    FrameworkDocument *const m_document;
    const QString m_before;
    QString m_after;
    std::optional<Framework> m_afterFramework; // known for structured edits: no parse on redo
    const QString m_mergeKey;
};

} // namespace dpi
