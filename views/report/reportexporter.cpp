#include "reportexporter.h"

#include "pdfmetadata.h"
#include "reportcontext.h"
#include "reportobjecthandler.h"
#include "reporttemplate.h"
#include "reporttemplatelocator.h"
#include "textfallback.h"

#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace dpi {

namespace {

// A template serves the app's languages along the content fallback chain
// (ky -> ru -> en, textfallback.h): a Kyrgyz report of a template with
// Russian labels shows them in Russian and the framework texts in Kyrgyz
// where they exist. Other languages need the template's own.
bool templateSpeaks(const TemplateManifest &manifest, const QString &language)
{
    if (manifest.languages.contains(language))
        return true;
    if (language != QLatin1String("ky"))
        return false;
    const QStringList chain = languageFallbackChain(language);
    return std::any_of(chain.begin(), chain.end(), [&](const QString &code) { return manifest.languages.contains(code); });
}

} // namespace

namespace {

QPageSize pageSizeFor(const QString &name)
{
    return name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0 ? QPageSize(QPageSize::Letter)
                                                                          : QPageSize(QPageSize::A4);
}

} // namespace

ReportExportOptions resolvedReportOptions(const Project &project, const ReportExportOptions &options)
{
    ReportExportOptions resolved = options;
    if (resolved.templateName.isEmpty())
        resolved.templateName = project.report.templateName.isEmpty() ? QStringLiteral("default") : project.report.templateName;
    if (resolved.language.isEmpty())
        resolved.language = project.report.language.isEmpty() ? QStringLiteral("en") : project.report.language;
    if (resolved.pageSize.isEmpty())
        resolved.pageSize = project.report.pageSize;
    return resolved;
}

ReportExportResult exportReportPdf(const Project &project, const QString &outputPath, const ReportExportOptions &options,
                                   const ReportProgress &progress)
{
    return exportReportPdf(project, scoreProject(project), outputPath, options, progress);
}

ReportExportResult exportReportPdf(const Project &project, const ProjectResult &projectResult, const QString &outputPath,
                                   const ReportExportOptions &options, const ReportProgress &progress)
{
    ReportExportResult result;
    const ReportExportOptions resolved = resolvedReportOptions(project, options);
    result.templateFolder = findReportTemplate(resolved.templateName);
    if (result.templateFolder.isEmpty()) {
        result.diagnostics.error(resolved.templateName, 0, 0,
                                 QStringLiteral("report template not found (looked in: %1)")
                                     .arg(reportTemplateSearchPaths().join(QLatin1String(", "))));
        return result;
    }
    const auto reportTemplate = ReportTemplate::load(result.templateFolder, result.diagnostics);
    if (!reportTemplate)
        return result;
    const TemplateManifest &manifest = reportTemplate->manifest();
    if (!templateSpeaks(manifest, resolved.language)) {
        result.diagnostics.error(result.templateFolder + QStringLiteral("/manifest.yaml"), 0, 0,
                                 QStringLiteral("the template has no language '%1' (it has: %2)")
                                     .arg(resolved.language, manifest.languages.join(QLatin1String(", "))));
        return result;
    }
    const QString pageSize = resolved.pageSize.isEmpty() ? manifest.pageSize : resolved.pageSize;

    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.diagnostics.error(outputPath, 0, 0, QStringLiteral("cannot write: %1").arg(file.errorString()));
        return result;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolved.resolution);
        const qreal margin = manifest.marginMm;
        // Header and footer live inside the margins' inner edge: smaller top/bottom margins.
        writer.setPageLayout(QPageLayout(pageSizeFor(pageSize), QPageLayout::Portrait,
                                         QMarginsF(margin, margin * 0.6, margin, margin * 0.6), QPageLayout::Millimeter));
        if (resolved.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        const QString title = pdfInfoText(project.metadata.title.text(resolved.language));
        writer.setTitle(title);
        const QString creator = QStringLiteral("DPI Workbench " DPIW_VERSION);
        writer.setCreator(creator);

        ReportRenderer renderer(project, projectResult, *reportTemplate, resolved.language, resolved.date);
        renderer.setPreviousRound(resolved.previousRound, resolved.previousResult, resolved.previousRoundProblem);
        if (!resolved.previousRoundProblem.isEmpty())
            result.diagnostics.warning(project.metadata.previousRound, 0, 0, resolved.previousRoundProblem);
        PdfMetadata metadata;
        metadata.title = title;
        metadata.authors = project.metadata.team;
        metadata.subject = renderer.label(QStringLiteral("subject"));
        if (metadata.subject.isEmpty())
            metadata.subject = manifest.title.text(resolved.language);
        metadata.creatorTool = creator;
        metadata.language = resolved.language;
        metadata.created = QDateTime::currentDateTimeUtc();
        metadata.pdfA1b = resolved.pdfA;
        writer.setDocumentXmpMetadata(pdfXmpMetadata(metadata));

        if (!renderer.layout(&writer, result.diagnostics, progress)) {
            result.cancelled = !result.diagnostics.hasErrors();
            file.cancelWriting();
            return result;
        }
        for (const QString &name : renderer.objects()->unresolvedNames())
            result.diagnostics.warning(reportTemplate->mainPath(), 0, 0, QStringLiteral("object '%1' does not exist in this project").arg(name));
        if (!renderer.print(&writer, result.diagnostics, progress)) {
            result.cancelled = !result.diagnostics.hasErrors();
            file.cancelWriting();
            return result;
        }
        result.pageCount = renderer.pageCount();
        result.layoutPasses = renderer.layoutPasses();
    }
    if (!file.commit()) {
        result.diagnostics.error(outputPath, 0, 0, QStringLiteral("cannot save: %1").arg(file.errorString()));
        return result;
    }
    result.ok = !result.diagnostics.hasErrors();
    return result;
}

} // namespace dpi
