#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace dpi {

// Text in several languages, keyed by language code ("en", "ru", "ky").
// A YAML plain string is English; we remember that form so that a file
// written by a partner keeps its shape when saved again.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english);

    // Text in `language`, falling back along ky -> ru -> en, then to any language.
    QString text(const QString &language = QStringLiteral("en")) const;
    // Text in exactly `language`, empty when there is none.
    QString exact(const QString &language) const;
    bool has(const QString &language) const;
    void set(const QString &language, const QString &value);
    void remove(const QString &language);

    bool isEmpty() const { return m_entries.empty(); }
    QStringList languages() const;
    const std::vector<std::pair<QString, QString>> &entries() const { return m_entries; }

    // True when the text came from (and should be written as) a plain string.
    bool isPlain() const { return m_plain && m_entries.size() == 1 && m_entries.front().first == QLatin1String("en"); }
    void setPlain(bool plain) { m_plain = plain; }

    bool operator==(const LocalizedText &other) const { return m_entries == other.m_entries; }
    bool operator!=(const LocalizedText &other) const { return !(*this == other); }

private:
    std::vector<std::pair<QString, QString>> m_entries; // in file order
    bool m_plain = false;
};

} // namespace dpi
