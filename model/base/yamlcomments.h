#pragma once

#include <QString>
#include <QStringList>

namespace dpi {

/**
 * The comments of a YAML text, each trimmed ("# like this"), in order.
 * yaml-cpp drops comments, so this small scanner is how the framework editor
 * knows what a rewrite from the structured form would lose. It skips '#'
 * inside quoted scalars and inside block scalars (| and >).
 */
QStringList yamlComments(const QString &text);

/** Comments of `before` that `after` no longer has (counted with repeats). */
QStringList droppedYamlComments(const QString &before, const QString &after);

} // namespace dpi
