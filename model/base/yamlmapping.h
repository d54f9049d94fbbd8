#pragma once

#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace dpi {

class YamlContext;

// One key of a mapping as it appears in the file.
struct YamlField
{
    QString key;
    YAML::Node keyNode;
    YAML::Node value;
    bool present = false;

    // `key:` with nothing after it. yaml-cpp places such empty values at the
    // next token (often the next line), so problems are reported at the key.
    bool isEmpty() const;
    // Where a problem with the value is reported.
    YAML::Mark valueMark() const;
};

// Reads a YAML mapping key by key. Keys the reader never asks for are
// reported as warnings (never accepted silently); keys that are not text are
// errors. Duplicate keys were already reported by the safe loader, so only the
// first occurrence is used here.
class YamlMapping
{
public:
    // `what` names the mapping in messages, e.g. "criterion 'exchange.logs'".
    // A node that is not a mapping is reported as an error unless it is absent.
    YamlMapping(const YAML::Node &node, YamlContext &context, const QString &what);
    // The value of a field; an empty value (`key:` alone) is reported at the key.
    YamlMapping(const YamlField &field, YamlContext &context, const QString &what);

    bool isMapping() const { return m_isMapping; }
    const QString &what() const { return m_what; }
    void setWhat(const QString &what) { m_what = what; }
    YAML::Mark mark() const;

    // An optional key; `present` is false when it is missing.
    YamlField field(const char *key);
    // A key that must be there; reports "missing required key" at the mapping.
    YamlField required(const char *key);
    // Every entry in file order, all counted as known (for mappings whose keys
    // are data, such as a rubric or the scores of a sector).
    const std::vector<YamlField> &all();

    // Warns about every key never asked for, at the key.
    void reportUnknownKeys();

private:
    void init(const YAML::Node &node, const YAML::Mark &errorMark);

    YamlContext &m_context;
    YAML::Node m_node;
    QString m_what;
    bool m_isMapping = false;
    std::vector<YamlField> m_fields;
    std::vector<bool> m_used;
    QStringList m_known;
};

// "a mapping", "a list", "text", "nothing": for messages about wrong types.
QString yamlKindName(const YAML::Node &node);

} // namespace dpi
