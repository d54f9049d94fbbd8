#include "textfallback.h"

namespace dpi {

QStringList languageFallbackChain(const QString &language)
{
    QStringList chain{language};
    if (language == QLatin1String("ky"))
        chain << QStringLiteral("ru");
    if (language != QLatin1String("en"))
        chain << QStringLiteral("en");
    return chain;
}

ResolvedText resolveText(const LocalizedText &text, const QString &language)
{
    for (const QString &candidate : languageFallbackChain(language)) {
        if (text.has(candidate))
            return {text.exact(candidate), candidate};
    }
    if (text.entries().empty())
        return {};
    return {text.entries().front().second, text.entries().front().first};
}

} // namespace dpi
