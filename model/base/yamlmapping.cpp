#include "yamlmapping.h"

#include "yamlcontext.h"

#include <QSet>

#include <algorithm>

namespace dpi {

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

// A near miss such as "licence"/"license" or "Weight" gets a hint.
QString suggestion(const QString &key, const QStringList &known)
{
    QString best;
    int bestDistance = 3;
    for (const QString &candidate : known) {
        const int distance = candidate.compare(key, Qt::CaseInsensitive) == 0
            ? 0
            : editDistance(key.toLower(), candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    if (best.isEmpty() || bestDistance > std::max(1, int(key.size()) / 3))
        return {};
    return best;
}

} // namespace

bool YamlField::isEmpty() const
{
    return present && value.IsNull();
}

YAML::Mark YamlField::valueMark() const
{
    if (!present)
        return YAML::Mark::null_mark();
    if (value.IsNull())
        return keyNode.Mark();
    return value.Mark();
}

YamlMapping::YamlMapping(const YAML::Node &node, YamlContext &context, const QString &what)
    : m_context(context), m_what(what)
{
    init(node, node.IsDefined() ? node.Mark() : YAML::Mark::null_mark());
}

YamlMapping::YamlMapping(const YamlField &field, YamlContext &context, const QString &what)
    : m_context(context), m_what(what)
{
    if (field.present)
        init(field.value, field.valueMark());
}

void YamlMapping::init(const YAML::Node &node, const YAML::Mark &errorMark)
{
    m_node.reset(node);
    if (!node.IsDefined())
        return;
    if (!node.IsMap()) {
        m_context.error(errorMark, QStringLiteral("%1 must be a mapping (key: value lines), not %2")
                                       .arg(m_what, yamlKindName(node)));
        return;
    }
    m_isMapping = true;
    // A handful of keys is searched faster than hashed; a sector's scores
    // (a key per criterion) are hashed.
    constexpr std::size_t kLinearKeys = 16;
    const std::size_t size = node.size();
    m_fields.reserve(size);
    m_used.reserve(size);
    QSet<QString> seen;
    // One dereference per entry: each one builds three Node handles.
    for (const auto &entry : node) {
        const YAML::Node &key = entry.first;
        if (!key.IsScalar()) {
            m_context.error(key, QStringLiteral("a key in %1 must be text, not %2")
                                     .arg(m_what, yamlKindName(key)));
            continue;
        }
        const QString name = QString::fromStdString(key.Scalar());
        if (size > kLinearKeys) {
            if (seen.contains(name))
                continue; // the safe loader reported the duplicate
            seen.insert(name);
        } else if (std::any_of(m_fields.begin(), m_fields.end(),
                               [&name](const YamlField &earlier) { return earlier.key == name; })) {
            continue;
        }
        YamlField field;
        field.key = name;
        field.keyNode.reset(key);
        field.value.reset(entry.second);
        field.present = true;
        m_fields.push_back(std::move(field));
        m_used.push_back(false);
    }
}

YAML::Mark YamlMapping::mark() const
{
    if (!m_node.IsDefined())
        return YAML::Mark::null_mark();
    return m_node.Mark();
}

YamlField YamlMapping::field(const char *key)
{
    const QString name = QString::fromUtf8(key);
    if (!m_known.contains(name))
        m_known << name;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].key == name) {
            m_used[i] = true;
            return m_fields[i];
        }
    }
    YamlField missing;
    missing.key = name;
    return missing;
}

YamlField YamlMapping::required(const char *key)
{
    YamlField result = field(key);
    if (!result.present && m_isMapping)
        m_context.error(mark(), QStringLiteral("missing required key '%1' in %2").arg(result.key, m_what));
    return result;
}

const std::vector<YamlField> &YamlMapping::all()
{
    std::fill(m_used.begin(), m_used.end(), true);
    return m_fields;
}

void YamlMapping::reportUnknownKeys()
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (m_used[i])
            continue;
        QString message = QStringLiteral("unknown key '%1' in %2").arg(m_fields[i].key, m_what);
        const QString hint = suggestion(m_fields[i].key, m_known);
        if (!hint.isEmpty())
            message += QStringLiteral(" (did you mean '%1'?)").arg(hint);
        m_context.warning(m_fields[i].keyNode, message);
    }
}

QString yamlKindName(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return QStringLiteral("nothing");
    if (node.IsMap())
        return QStringLiteral("a mapping");
    if (node.IsSequence())
        return QStringLiteral("a list");
    return QStringLiteral("text '%1'").arg(QString::fromStdString(node.Scalar()).left(40));
}

} // namespace dpi
