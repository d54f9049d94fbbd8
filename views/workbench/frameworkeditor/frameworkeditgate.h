#pragma once

#include "frameworknode.h"

#include <QString>

#include <optional>

namespace dpi {

class FrameworkDocument;
struct Framework;

/**
 * The one way the structure editor's widgets change the framework.
 *
 * A form edit is checked before it is applied: an edit that would leave the
 * text with errors (a required title cleared, an invalid source date) is
 * refused with the reason, so the text does not go out of sync because of
 * the form and the form does not go read-only under the user's fingers.
 */
class FrameworkEditGate
{
public:
    explicit FrameworkEditGate(FrameworkDocument *document);

    FrameworkDocument *document() const { return m_document; }
    bool isEditable() const;

    /**
     * Applies `framework` as one undo step (merging with the previous one
     * when `mergeKey` matches). `select` is what the tree selects afterwards
     * (an element that was renamed or created). Returns false with `problem`
     * set when the edit is refused; false with an empty problem when it
     * changes nothing.
     */
    bool apply(const Framework &framework, const QString &actionText, const QString &mergeKey = QString(),
               QString *problem = nullptr, const std::optional<FrameworkNode> &select = std::nullopt);

    /** The selection requested by the last apply(), once. */
    std::optional<FrameworkNode> takePendingSelection();

private:
    FrameworkDocument *const m_document;
    std::optional<FrameworkNode> m_pendingSelection;
};

} // namespace dpi
