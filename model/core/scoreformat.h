#pragma once

#include "project.h"
#include "scoring.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dpi {

// How every output prints a percentage: one decimal, "." as separator;
// `missing` when there is nothing to show. Report, dashboard and CLI use it
// so that the same number reads the same everywhere.
QString formatPercent(std::optional<double> percent, const QString &missing = QStringLiteral("-"));

// The score results of a project in the CLI's three formats. `language`
// picks the localized titles.
QByteArray scoresAsTable(const Project &project, const ProjectResult &result, const QString &language);
QByteArray scoresAsCsv(const Project &project, const ProjectResult &result, const QString &language);
QByteArray scoresAsJson(const Project &project, const ProjectResult &result, const QString &language);

} // namespace dpi
