#pragma once

#include "framework.h"

#include <QString>

#include <optional>

namespace dpi {

/**
 * `text` (which reads as `current`) edited in place into a text that reads as
 * `wanted`, when the two differ only in what a new version or a variant
 * changes: the top-level id, version, derived_from and title, and the
 * changelog (a new first entry is inserted above the others).
 *
 * The point is the partner's comments and key order: only those lines
 * change. Returns nullopt when the change is more than that, or when the
 * result would not read back as exactly `wanted` or would lose a comment; the
 * caller then rewrites the whole text and warns about comments as usual.
 */
std::optional<QString> patchFrameworkHeader(const QString &text, const Framework &current, const Framework &wanted);

} // namespace dpi
