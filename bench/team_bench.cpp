// Issue 17: merging 10 analysts' files of 20 sectors x 100 criteria and
// computing their agreement (alpha with bootstrap intervals, percent
// agreement) overall and per sector, framework and dimension, under 1 s.
#include "generatedproject.h"
#include "teamagreement.h"
#include "teammerge.h"

#include <benchmark/benchmark.h>

namespace {

// Analysts who mostly agree: each moves a level up or down on a share of
// the cells that grows with their number, and a few leave cells unrated.
std::vector<dpi::MergeInput> analystFiles(const dpi::Framework &framework, int analysts, int sectors)
{
    const dpi::Project base = dpibench::generatedProject(framework, sectors);
    std::vector<dpi::MergeInput> inputs;
    for (int a = 0; a < analysts; ++a) {
        dpi::Project project = base;
        const QString name = QStringLiteral("Analyst %1").arg(a + 1);
        project.metadata.team = QStringList{name};
        int n = 0;
        for (dpi::Sector &sector : project.sectors) {
            for (auto &[criterionId, score] : sector.scores[framework.id]) {
                ++n;
                score.analyst = name;
                if (score.level && (n * (a + 3)) % 11 == 0)
                    score.level = std::clamp(*score.level + ((n + a) % 2 ? 1 : -1), 0, 4);
                if ((n + 7 * a) % 29 == 0)
                    score.level.reset();
            }
        }
        inputs.push_back({name + QStringLiteral(".dpi.yaml"), project});
    }
    return inputs;
}

void BM_Budget_MergeAndAgree10Analysts20Sectors100Criteria(benchmark::State &state)
{
    const dpi::Framework framework = dpibench::generatedFramework(10, 10);
    const std::vector<dpi::MergeInput> inputs = analystFiles(framework, 10, 20);
    int disagreements = 0;
    int items = 0;
    for (auto _ : state) {
        const dpi::TeamMergeResult merged = dpi::mergeAnalystFiles(inputs);
        const dpi::TeamAgreement agreement = dpi::computeTeamAgreement(*merged.project);
        disagreements = merged.disagreements;
        items = agreement.overall.items;
        benchmark::DoNotOptimize(agreement.overall.alphaOrdinal.value);
    }
    state.counters["items"] = items;
    state.counters["disagreements"] = disagreements;
}
BENCHMARK(BM_Budget_MergeAndAgree10Analysts20Sectors100Criteria)->Unit(benchmark::kMillisecond);

// The parts, to see where the time goes.
void BM_MergeOnly10Analysts(benchmark::State &state)
{
    const dpi::Framework framework = dpibench::generatedFramework(10, 10);
    const std::vector<dpi::MergeInput> inputs = analystFiles(framework, 10, 20);
    for (auto _ : state) {
        const dpi::TeamMergeResult merged = dpi::mergeAnalystFiles(inputs);
        benchmark::DoNotOptimize(merged.disagreements);
    }
}
BENCHMARK(BM_MergeOnly10Analysts)->Unit(benchmark::kMillisecond);

void BM_AgreementOnly10Analysts(benchmark::State &state)
{
    const dpi::Framework framework = dpibench::generatedFramework(10, 10);
    const dpi::Project team = *dpi::mergeAnalystFiles(analystFiles(framework, 10, 20)).project;
    for (auto _ : state) {
        const dpi::TeamAgreement agreement = dpi::computeTeamAgreement(team);
        benchmark::DoNotOptimize(agreement.overall.alphaOrdinal.value);
    }
}
BENCHMARK(BM_AgreementOnly10Analysts)->Unit(benchmark::kMillisecond);

} // namespace
