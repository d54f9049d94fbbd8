// Report export (DESIGN §9): the bundled sample report to PDF in under 1.5 s,
// and cost linear in the number of sectors.
#include "bundleddata.h"
#include "projectreader.h"
#include "reportexporter.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

// QtCharts needs a QApplication; the shared benchmark main does not make one.
void ensureApplication()
{
    static std::unique_ptr<QApplication> app;
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "dpiw_bench";
    static char *argv[] = {name, nullptr};
    app = std::make_unique<QApplication>(argc, argv);
}

const dpi::Project &sampleProject()
{
    static const dpi::Project project = [] {
        const dpi::ProjectReadResult read = dpi::readProjectFile(dpi::bundleddata::sampleProject());
        return read.project.value_or(dpi::Project());
    }();
    return project;
}

dpi::ReportExportOptions benchOptions()
{
    dpi::ReportExportOptions options;
    options.templateName = QDir(dpi::bundleddata::reportTemplatesFolder()).filePath(QStringLiteral("default"));
    options.date = QStringLiteral("2024-06-01");
    return options;
}

// The sample's sectors repeated (with new ids) until there are `count`.
dpi::Project projectWithSectors(int count)
{
    dpi::Project project = sampleProject();
    const std::vector<dpi::Sector> originals = project.sectors;
    project.sectors.clear();
    for (int i = 0; i < count && !originals.empty(); ++i) {
        dpi::Sector sector = originals[std::size_t(i) % originals.size()];
        sector.id += QStringLiteral("-%1").arg(i);
        sector.title.set(QStringLiteral("en"), sector.title.text(QStringLiteral("en")) + QStringLiteral(" %1").arg(i));
        project.sectors.push_back(sector);
    }
    return project;
}

void exportOnce(benchmark::State &state, const dpi::Project &project)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const dpi::ReportExportResult result = dpi::exportReportPdf(project, path, benchOptions());
    if (!result.ok)
        state.SkipWithError(result.diagnostics.toString().toUtf8().constData());
    state.counters["pages"] = result.pageCount;
    state.counters["layouts"] = result.layoutPasses;
}

void BM_ReportExportSample(benchmark::State &state)
{
    ensureApplication();
    if (sampleProject().sectors.empty()) {
        state.SkipWithError("assessments/kyrgyzstan-dpi-2024.dpi.yaml not found or unreadable");
        return;
    }
    for (auto _ : state)
        exportOnce(state, sampleProject());
}
// Process CPU time: Qt may hand work to pool threads, which thread CPU time misses.
BENCHMARK(BM_ReportExportSample)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime();

void BM_ReportExportSectors(benchmark::State &state)
{
    ensureApplication();
    if (sampleProject().sectors.empty()) {
        state.SkipWithError("sample project not found");
        return;
    }
    const dpi::Project project = projectWithSectors(int(state.range(0)));
    for (auto _ : state)
        exportOnce(state, project);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ReportExportSectors)->Arg(2)->Arg(4)->Arg(8)->Unit(benchmark::kMillisecond)->Iterations(2)->Complexity(benchmark::oN);

} // namespace
