#pragma once

#include <QString>
#include <QStringList>

namespace dpi {

// Where report templates are looked up by name, first match wins:
// $DPIW_TEMPLATE_PATH (colon-separated), the installed share folder next to
// the executable, and templates/reports in the source tree above it (so that
// a build tree finds the bundled templates without installing).
QStringList reportTemplateSearchPaths();

// A folder path (contains '/' or exists) is used as given; a bare name is
// looked up in the search paths. Empty when nothing is found.
QString findReportTemplate(const QString &nameOrPath);

// Names of the templates found in the search paths (each once, first wins).
QStringList availableReportTemplates();

} // namespace dpi
