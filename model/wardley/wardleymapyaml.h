#pragma once

#include "wardleymap.h"

namespace YAML {
class Node;
class Emitter;
}

namespace dpi {

class YamlContext;

// The YAML form of a map inside a project file (one item of `maps:`).
// Returns false when the node is unusable; problems go to `context`.
bool readWardleyMapYaml(const YAML::Node &node, YamlContext &context, WardleyMap &map);
void writeWardleyMapYaml(YAML::Emitter &out, const WardleyMap &map);

} // namespace dpi
