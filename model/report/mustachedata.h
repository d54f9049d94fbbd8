#pragma once

#include <QVariant>

#include <kainjow/mustache.hpp>

namespace dpi {

// Converts a report context (maps, lists, strings, bools) into the Mustache
// engine's data tree. Numbers become text with '.' as decimal point; callers
// should pass numbers already formatted the way the report shows them.
// Empty strings become false, so that a section on a missing text is skipped.
kainjow::mustache::data toMustacheData(const QVariant &value);

} // namespace dpi
