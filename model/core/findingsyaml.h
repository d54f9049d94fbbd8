#pragma once

#include "findings.h"

#include <QString>

#include <functional>

namespace YAML {
class Emitter;
}

namespace dpi {

class YamlContext;
class YamlMapping;
struct YamlField;

// Reading and writing the conclusions (findings, strengths, actions) and the
// project context, in their own file so that the project reader and writer
// only call in (format: docs/project-format.md#findings-strengths-and-actions).

// Says why a linked criterion is not acceptable ("unknown criterion ..."), or
// returns an empty string when it is. The project reader knows the frameworks.
using CriterionLinkCheck = std::function<QString(const CriterionLink &)>;

// Reads the keys `findings`, `strengths` and `actions` of `map` (a sector or
// the project's top level). Bad items are reported and left out.
void readConclusions(YamlMapping &map, YamlContext &context, const CriterionLinkCheck &check, Conclusions &out);
// Reads the top-level `context` key.
void readProjectContext(const YamlField &field, YamlContext &context, ProjectContext &out);

// Writes the keys `findings`, `strengths`, `actions` (each only when not empty)
// into the mapping being emitted.
void writeConclusions(YAML::Emitter &out, const Conclusions &conclusions);
// Writes the key `context` when the context is not empty.
void writeProjectContext(YAML::Emitter &out, const ProjectContext &context);

} // namespace dpi
