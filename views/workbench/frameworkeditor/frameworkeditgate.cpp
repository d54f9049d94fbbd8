#include "frameworkeditgate.h"

#include "frameworkdocument.h"
#include "frameworkedits.h"
#include "frameworkvalidator.h"

#include <QCoreApplication>

namespace dpi {

FrameworkEditGate::FrameworkEditGate(FrameworkDocument *document)
    : m_document(document)
{
}

bool FrameworkEditGate::isEditable() const
{
    return m_document->isInSync() && m_document->framework().has_value();
}

bool FrameworkEditGate::apply(const Framework &framework, const QString &actionText, const QString &mergeKey,
                              QString *problem, const std::optional<FrameworkNode> &select)
{
    if (problem)
        problem->clear();
    if (!isEditable()) {
        if (problem)
            *problem = QCoreApplication::translate("FrameworkEditGate", "The YAML has errors; fix them in the YAML tab first.");
        return false;
    }
    if (*m_document->framework() == framework)
        return false;
    const QString refused = firstFrameworkProblem(framework);
    if (!refused.isEmpty()) {
        if (problem)
            *problem = refused;
        return false;
    }
    m_pendingSelection = select;
    const bool applied = frameworkedit::setFramework(*m_document, framework, actionText, mergeKey);
    m_pendingSelection.reset();
    return applied;
}

std::optional<FrameworkNode> FrameworkEditGate::takePendingSelection()
{
    std::optional<FrameworkNode> result = m_pendingSelection;
    m_pendingSelection.reset();
    return result;
}

} // namespace dpi
