#pragma once

#include "diagnostic.h"
#include "project.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dpi {

struct ProjectReadResult
{
    std::optional<Project> project; // set unless the file is unusable
    Diagnostics diagnostics;
    bool ok() const { return project.has_value() && !diagnostics.hasErrors(); }
};

// Reads a *.dpi.yaml project, its embedded frameworks and maps. Never throws.
ProjectReadResult readProjectFile(const QString &path);
ProjectReadResult readProjectText(const QByteArray &text, const QString &fileName);

} // namespace dpi
