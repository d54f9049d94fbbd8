#pragma once

#include <QString>

class QLabel;

namespace dpi {

class LocalizedText;

// Makes a fallback visible: when `text` has nothing in `language` and is
// shown in another one (ky -> ru -> en), the heading above it says so
// ("shown in Russian: no Kyrgyz text") and its tooltip repeats it. Marking
// again with a text that needs no fallback restores the plain heading.
void markFallback(QLabel *heading, const LocalizedText &text, const QString &language);

// The note itself, empty when `text` is shown in `language` or is empty.
QString fallbackNote(const LocalizedText &text, const QString &language);

} // namespace dpi
