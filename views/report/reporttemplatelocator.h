#pragma once

#include <QString>
#include <QStringList>

namespace dpi {

// Where report templates are looked up by name, first match wins:
// $DPIW_TEMPLATE_PATH (colon-separated), the user's template folder, then the
// bundled templates/reports (installed, or the source tree's for a build
// tree: see bundleddata.h).
QStringList reportTemplateSearchPaths();

// The user's own templates (saved by the template editor):
// <GenericDataLocation>/dpi-workbench/templates/reports, e.g.
// ~/.local/share/dpi-workbench/templates/reports. Generic rather than per-app
// so that the app and dpiw see the same folder. It may not exist yet.
QString userReportTemplateFolder();

// True when `folder` lies inside userReportTemplateFolder() (such templates
// may be saved in place; bundled ones are read-only).
bool isUserReportTemplate(const QString &folder);

// A folder path (contains '/' or exists) is used as given; a bare name is
// looked up in the search paths. Empty when nothing is found.
QString findReportTemplate(const QString &nameOrPath);

// Names of the templates found in the search paths (each once, first wins).
QStringList availableReportTemplates();

} // namespace dpi
