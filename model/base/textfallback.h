#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>

namespace dpi {

// Which language a LocalizedText is really shown in. Kyrgyz readers read
// Russian, and everyone here reads some English, so the chain is
// ky -> ru -> en, ru -> en, then any language the text has.
QStringList languageFallbackChain(const QString &language);

struct ResolvedText
{
    QString text;
    QString language; // the language `text` is in; empty when there is no text
};

ResolvedText resolveText(const LocalizedText &text, const QString &language);

} // namespace dpi
