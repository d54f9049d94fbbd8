#pragma once

#include "diagnostic.h"
#include "project.h"
#include "reportrenderer.h"

#include <QString>

namespace dpi {

struct ReportExportOptions
{
    QString templateName;    // template name (search path) or folder; empty: project.report.templateName
    QString language;        // "en" | "ru"; empty: project.report.language
    QString pageSize;        // "A4" | "Letter"; empty: project.report.pageSize, then the manifest's
    bool pdfA = false;       // write PDF/A-1b
    QString date;            // ISO date on the cover; empty: today (set it for reproducible output)
    int resolution = 1200;   // layout dpi of the PDF (vectors either way)
    // The round the project follows (its `previous_round`, read by
    // loadPreviousRound() and scored): the report then shows the progress since
    // it. When the project names one that cannot be read, `previousRoundProblem`
    // says why; it becomes a warning and a note in the report, never an error.
    const Project *previousRound = nullptr;
    const ProjectResult *previousResult = nullptr;
    QString previousRoundProblem;
};

struct ReportExportResult
{
    bool ok = false;
    bool cancelled = false;
    int pageCount = 0;
    int layoutPasses = 0;    // see ReportRenderer::layoutPasses()
    QString templateFolder;
    Diagnostics diagnostics; // FILE:LINE:COL errors and warnings (template, resources)
};

// File -> Export report... and `dpiw report`: renders `project` through a
// template into a PDF at `outputPath` (written atomically; nothing is left
// behind on error or cancel). Must run on the GUI thread of a QApplication
// (QtCharts needs one). `progress` may cancel by returning false.
ReportExportResult exportReportPdf(const Project &project, const QString &outputPath,
                                   const ReportExportOptions &options = {}, const ReportProgress &progress = {});
// The same with `project`'s results already at hand (the app's ProjectResults).
ReportExportResult exportReportPdf(const Project &project, const ProjectResult &projectResult, const QString &outputPath,
                                   const ReportExportOptions &options = {}, const ReportProgress &progress = {});

// The options with every empty field resolved from the project and template.
ReportExportOptions resolvedReportOptions(const Project &project, const ReportExportOptions &options);

} // namespace dpi
