#pragma once

#include "diagnostic.h"
#include "framework.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dpi {

struct FrameworkReadResult
{
    std::optional<Framework> framework; // set unless the file is unusable
    Diagnostics diagnostics;
    bool ok() const { return framework.has_value() && !diagnostics.hasErrors(); }
};

// Reads a *.framework.yaml file. Never throws; every problem is a diagnostic
// positioned at FILE:LINE:COL, and reading continues past the first error.
FrameworkReadResult readFrameworkFile(const QString &path);
// Same, from bytes already in memory; `fileName` is used in diagnostics.
FrameworkReadResult readFrameworkText(const QByteArray &text, const QString &fileName);

} // namespace dpi
