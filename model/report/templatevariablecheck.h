#pragma once

#include "diagnostic.h"

#include <QSet>
#include <QString>
#include <QVariantMap>

namespace dpi {

/**
 * Every name a template could look up in a report context: the dotted paths
 * through maps starting at the root or at any list item (Mustache looks a
 * name up in the current item, then in the enclosing ones).
 */
QSet<QString> templateVariableNames(const QVariantMap &context);

/**
 * The Mustache engine renders a name it does not know as nothing. This warns
 * about each variable or section tag in `text` whose name the report never
 * provides (a typo such as {{project.titel}}), at the tag's line:col in `path`.
 */
void checkTemplateVariables(const QString &path, const QString &text, const QSet<QString> &known,
                            Diagnostics &diagnostics);

} // namespace dpi
