// DESIGN §9: load and validate a 1,000-criterion framework and score a
// 20-sector project on it in under 100 ms together.
#include "frameworkreader.h"
#include "generatedproject.h"
#include "projectreader.h"
#include "scoring.h"
#include "yamlwriter.h"

#include <benchmark/benchmark.h>

namespace {

using dpibench::generatedFramework;
using dpibench::generatedProject;

QByteArray generatedProjectYaml(int sectors)
{
    return dpi::projectToYaml(generatedProject(generatedFramework(20, 50), sectors));
}

// The budget as worded (DESIGN §9): a 1,000-criterion framework file is read
// and validated, then a 20-sector project held in memory is scored on it.
void BM_Budget_LoadFramework1000_Score20Sectors(benchmark::State &state)
{
    const QByteArray text = dpi::frameworkToYaml(generatedFramework(20, 50));
    dpi::Project project = generatedProject(generatedFramework(20, 50), 20);
    for (auto _ : state) {
        dpi::FrameworkReadResult read = dpi::readFrameworkText(text, QStringLiteral("bench.framework.yaml"));
        if (!read.ok()) {
            state.SkipWithError("generated framework does not read back cleanly");
            break;
        }
        project.frameworks.front().framework = std::move(*read.framework);
        const dpi::ProjectResult result = dpi::scoreProject(project);
        benchmark::DoNotOptimize(result.sectors.size());
    }
    state.counters["bytes"] = double(text.size());
}
BENCHMARK(BM_Budget_LoadFramework1000_Score20Sectors)->Unit(benchmark::kMillisecond);

// The framework half alone: read and validate a 1,000-criterion framework file.
void BM_LoadFramework1000Criteria(benchmark::State &state)
{
    const QByteArray text = dpi::frameworkToYaml(generatedFramework(20, 50));
    for (auto _ : state) {
        const dpi::FrameworkReadResult read = dpi::readFrameworkText(text, QStringLiteral("bench.framework.yaml"));
        benchmark::DoNotOptimize(read.framework.has_value());
    }
    state.counters["bytes"] = double(text.size());
}
BENCHMARK(BM_LoadFramework1000Criteria)->Unit(benchmark::kMillisecond);

// More than the budget asks: a whole project file (the framework embedded,
// 20 sectors x 1,000 scores, about 2.4 MB of YAML) read, validated and scored.
void BM_LoadAndScore1000Criteria20Sectors(benchmark::State &state)
{
    const QByteArray text = generatedProjectYaml(20);
    for (auto _ : state) {
        const dpi::ProjectReadResult read = dpi::readProjectText(text, QStringLiteral("bench.dpi.yaml"));
        if (!read.ok()) {
            state.SkipWithError("generated project does not read back cleanly");
            break;
        }
        const dpi::ProjectResult result = dpi::scoreProject(*read.project);
        benchmark::DoNotOptimize(result.sectors.size());
    }
    state.counters["bytes"] = double(text.size());
}
BENCHMARK(BM_LoadAndScore1000Criteria20Sectors)->Unit(benchmark::kMillisecond);

void BM_Score1000Criteria20Sectors(benchmark::State &state)
{
    const dpi::ProjectReadResult read = dpi::readProjectText(generatedProjectYaml(20), QStringLiteral("bench.dpi.yaml"));
    if (!read.project) {
        state.SkipWithError("generated project does not read");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(dpi::scoreProject(*read.project).sectors.size());
}
BENCHMARK(BM_Score1000Criteria20Sectors)->Unit(benchmark::kMillisecond);

} // namespace

namespace {
// One iteration each, for bench/instructions.sh (callgrind): instruction
// counts compare before and after a change even on a busy machine.
BENCHMARK(BM_LoadFramework1000Criteria)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Budget_LoadFramework1000_Score20Sectors)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadAndScore1000Criteria20Sectors)->Iterations(1)->Unit(benchmark::kMillisecond);
} // namespace
