// Issue 18: comparing two rounds of 20 sectors x 1,000 criteria in under 200 ms.
#include "generatedproject.h"
#include "roundcomparison.h"

#include <benchmark/benchmark.h>

namespace {

void BM_CompareRounds1000Criteria20Sectors(benchmark::State &state)
{
    const dpi::Framework framework = dpibench::generatedFramework(20, 50);
    const dpi::Project before = dpibench::generatedProject(framework, 20);
    dpi::Project after = before;
    // A later round: every seventh cell one level up (capped), every eleventh more confident.
    for (dpi::Sector &sector : after.sectors) {
        int n = 0;
        for (auto &[criterionId, score] : sector.scores[framework.id]) {
            ++n;
            if (n % 7 == 0 && score.level)
                score.level = std::min(4, *score.level + 1);
            if (n % 11 == 0)
                score.confidence = dpi::Confidence::High;
        }
    }
    size_t changes = 0;
    for (auto _ : state) {
        const dpi::RoundComparison comparison = dpi::compareRounds(before, after);
        changes = comparison.changes.size();
        benchmark::DoNotOptimize(changes);
    }
    state.counters["changed_cells"] = double(changes);
}
BENCHMARK(BM_CompareRounds1000Criteria20Sectors)->Unit(benchmark::kMillisecond);

} // namespace
