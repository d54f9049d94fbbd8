#pragma once

#include "framework.h"

#include <optional>

namespace YAML {
class Node;
class Emitter;
}

namespace dpi {

class YamlContext;

// The framework mapping shared by *.framework.yaml files and the `embedded:`
// copy inside a project, so both are read and written by the same code.
// Returns nothing only when the node is not a mapping at all; otherwise the
// framework holds whatever could be read and every problem is in `context`.
std::optional<Framework> readFrameworkNode(const YAML::Node &node, YamlContext &context);
void writeFrameworkNode(YAML::Emitter &out, const Framework &framework);

} // namespace dpi
