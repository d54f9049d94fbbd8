#include "yamlcontext.h"

#include <yaml-cpp/yaml.h>

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

} // namespace

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
    m_diagnostics.error(m_fileName, oneBased(at.line), oneBased(at.column), message);
}

void YamlContext::warning(const YAML::Mark &at, const QString &message)
{
    m_diagnostics.warning(m_fileName, oneBased(at.line), oneBased(at.column), message);
}

} // namespace dpi
