#include "frameworkedits.h"

#include "frameworkdocument.h"
#include "frameworktextcommand.h"
#include "yamlwriter.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace dpi::frameworkedit {

bool setText(FrameworkDocument &document, const QString &text, const QString &mergeKey)
{
    if (text == document.text())
        return false;
    document.undoStack()->push(new FrameworkTextCommand(
        &document, document.text(), text,
        QCoreApplication::translate("FrameworkEdits", "Edit YAML"), mergeKey));
    return true;
}

bool replaceText(FrameworkDocument &document, const QString &text, const QString &actionText)
{
    if (text == document.text())
        return false;
    document.undoStack()->push(new FrameworkTextCommand(&document, document.text(), text, actionText));
    return true;
}

bool setFramework(FrameworkDocument &document, const Framework &framework, const QString &actionText,
                  const QString &mergeKey)
{
    if (!document.isInSync() || (document.framework() && *document.framework() == framework))
        return false;
    const QString text = QString::fromUtf8(frameworkToYaml(framework));
    if (text.isEmpty() || text == document.text())
        return false;
    document.undoStack()->push(
        new FrameworkTextCommand(&document, document.text(), text, framework, actionText, mergeKey));
    return true;
}

} // namespace dpi::frameworkedit
