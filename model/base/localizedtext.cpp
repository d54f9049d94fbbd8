#include "localizedtext.h"

#include "textfallback.h"

#include <algorithm>

namespace dpi {

LocalizedText::LocalizedText(const QString &english)
    : m_plain(true)
{
    m_entries.emplace_back(QStringLiteral("en"), english);
}

QString LocalizedText::text(const QString &language) const
{
    // ky -> ru -> en -> any (textfallback.h).
    return resolveText(*this, language).text;
}

QString LocalizedText::exact(const QString &language) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == language)
            return entry.second;
    }
    return {};
}

bool LocalizedText::has(const QString &language) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const auto &entry) { return entry.first == language; });
}

void LocalizedText::set(const QString &language, const QString &value)
{
    for (auto &entry : m_entries) {
        if (entry.first == language) {
            entry.second = value;
            return;
        }
    }
    m_entries.emplace_back(language, value);
}

void LocalizedText::remove(const QString &language)
{
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const auto &entry) { return entry.first == language; }),
                    m_entries.end());
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    for (const auto &entry : m_entries)
        result << entry.first;
    return result;
}

} // namespace dpi
