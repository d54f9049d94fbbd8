#pragma once

#include "glossaryterm.h"
#include "project.h"
#include "scoring.h"
#include "templatesource.h"

#include <QSet>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace dpi {

struct ReportContextOptions
{
    QString language = QStringLiteral("en");
    std::map<QString, QString> labels;   // the template's labels in `language`
    QString date;                        // ISO date shown on the cover; empty = today
    QVariantList toc;                    // contents entries from the previous layout pass
    double gapThreshold = 50.0;          // criteria below this percent count as gaps
    int topGapCount = 6;                 // dimensions listed in the executive summary
    // "#rrggbb" of a criterion's result, the colour its grid cell has. The
    // palette lives with the views; the renderer passes it in. Unset: "".
    std::function<QString(const CriterionResult &)> levelColour;
    // The map score legend as (#rrggbb, label) pairs, from the same palette.
    std::vector<std::pair<QString, QString>> mapScoreLegend;
    int bodyActionCount = 10;            // recommendations per sector in the report body
    std::vector<TemplateSource> templateSources; // numbered with the project's sources
    std::vector<GlossaryTerm> glossary;
    // The round this project follows (its `previous_round`), scored by
    // scoreProject(): with it the report has "Progress since the last round"
    // (`has_progress`, `progress`); null: no such section.
    const Project *previousRound = nullptr;
    const ProjectResult *previousResult = nullptr;
    // The project names a previous round that cannot be read: why, in one
    // sentence (`progress_unavailable`, `progress_problem`).
    QString previousRoundProblem;
};

struct TemplateManifest;

// Options with the labels, sources and glossary of a template in `language`.
ReportContextOptions reportContextOptions(const TemplateManifest &manifest, const QString &language);

// The data tree a report template sees (documented in docs/report-templates.md).
// Every number in it comes from `result`, i.e. from scoreProject(), formatted
// with formatReportPercent(); texts are plain (the template engine escapes them).
QVariantMap buildReportContext(const Project &project, const ProjectResult &result,
                               const ReportContextOptions &options);

// Sets the values of `context` that depend on the contents entries ("toc",
// "has_toc"). buildReportContext() calls it; a renderer that lays a report out
// in several passes builds the context once and replaces only these values.
void setReportContextToc(QVariantMap &context, const QVariantList &toc);

// One entry of a sector's "red_flags" list (and of the report-wide one).
QVariantMap redFlagItem(const Project &project, const QString &sectorTitle, const RedFlag &flag, const QString &language);

// The keys of a red-flag entry, known to the template variable check even when
// a project raises no red flag at all (the list is then empty).
QSet<QString> redFlagItemVariableNames();

// "62.5" / "62,5" - one decimal, as the report language writes it (the CLI
// always writes "62.5": scripts read it); empty optional gives "—".
QString formatReportPercent(const std::optional<double> &percent, const QString &language = QStringLiteral("en"));

// Object names for the report's vector charts and maps, used as
// <img src="NAME"> in templates: radar of a sector on a framework, all sectors'
// overall readiness per framework, sectors on one framework, coverage and
// confidence per sector, and a Wardley map (optionally coloured by a sector's scores).
QString radarChartName(const QString &sectorId, const QString &frameworkId);
QString overviewChartName();
QString coverageChartName();
QString frameworkBarsChartName(const QString &frameworkId);
QString mapObjectName(const QString &mapId, const QString &scoreSectorId = QString());

} // namespace dpi
