#include "yamlcontext.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace dpi {

namespace {

// Nodes built in code, and invalid (zombie) nodes, have no position.
YAML::Mark markOf(const YAML::Node &node)
{
    if (!node.IsDefined())
        return YAML::Mark::null_mark();
    return node.Mark();
}

int oneBased(int zeroBased)
{
    return zeroBased < 0 ? 0 : zeroBased + 1;
}

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

void YamlContext::setSource(const QByteArray &text)
{
    m_source = text;
    m_lineStarts.clear();
    m_lineStarts.push_back(0);
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

int YamlContext::userColumn(const YAML::Mark &at) const
{
    if (at.column < 0)
        return 0;
    if (at.line < 0 || at.line >= int(m_lineStarts.size()))
        return at.column + 1;
    const int start = m_lineStarts[size_t(at.line)];
    const int end = std::min<int>(start + at.column, m_source.size());
    int characters = 0;
    for (int i = start; i < end; ++i) {
        if (!isUtf8Continuation(m_source.at(i)))
            ++characters;
    }
    return characters + 1;
}

void YamlContext::error(const YAML::Node &at, const QString &message)
{
    error(markOf(at), message);
}

void YamlContext::warning(const YAML::Node &at, const QString &message)
{
    warning(markOf(at), message);
}

void YamlContext::error(const YAML::Mark &at, const QString &message)
{
    m_diagnostics.error(m_fileName, oneBased(at.line), userColumn(at), message);
}

void YamlContext::warning(const YAML::Mark &at, const QString &message)
{
    m_diagnostics.warning(m_fileName, oneBased(at.line), userColumn(at), message);
}

void YamlContext::errorAt(int line, int column, const QString &message)
{
    m_diagnostics.error(m_fileName, line, column, message);
}

TextPosition YamlContext::position(const YAML::Mark &at) const
{
    return {oneBased(at.line), userColumn(at)};
}

void YamlContext::sortByPosition(Diagnostics &diagnostics)
{
    std::vector<Diagnostic> items = diagnostics.items();
    std::stable_sort(items.begin(), items.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    Diagnostics sorted;
    for (Diagnostic &item : items)
        sorted.add(std::move(item));
    diagnostics = sorted;
}

int YamlContext::lineOf(const YAML::Mark &mark)
{
    return oneBased(mark.line);
}

int YamlContext::lineOf(const YAML::Node &node)
{
    return lineOf(markOf(node));
}

} // namespace dpi
