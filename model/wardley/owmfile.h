#pragma once

#include "owmreader.h"

#include <QString>

#include <optional>

namespace dpi {

// Largest OWM file read (the largest real map of the corpus is about 10 KB).
constexpr qint64 kMaxOwmFileBytes = 16 * 1024 * 1024;

// Reads an OWM file as UTF-8 and parses it. A file that cannot be opened or
// is larger than kMaxOwmFileBytes gives no result and one "FILE:0:0: error"
// in `readErrors`; otherwise the parse result carries its own diagnostics.
std::optional<OwmParseResult> readOwmFile(const QString &path, Diagnostics *readErrors);

} // namespace dpi
