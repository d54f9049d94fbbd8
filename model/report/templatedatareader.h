#pragma once

#include "diagnostic.h"
#include "glossaryterm.h"
#include "templatesource.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace YAML {
class Node;
}

namespace dpi {

class YamlContext;

inline const QString kGlossarySchema = QStringLiteral("dpi-workbench/glossary/1");

// The manifest's `sources:` list (format: docs/report-templates.md). Every
// problem is reported in `context`; entries with errors are left out.
std::vector<TemplateSource> readTemplateSources(const YAML::Node &list, YamlContext &context);

// A template's glossary file. Terms may cite only the ids in `knownSources`
// (the manifest's sources). Empty when the file is unusable; problems are
// reported as FILE:LINE:COL.
std::optional<std::vector<GlossaryTerm>> readGlossaryFile(const QString &path, const QStringList &knownSources,
                                                          Diagnostics &diagnostics);

} // namespace dpi
