// DESIGN §9: load and validate a 1,000-criterion framework and score a
// 20-sector project on it in under 100 ms together.
#include "frameworkreader.h"
#include "projectreader.h"
#include "scoring.h"
#include "yamlwriter.h"

#include <benchmark/benchmark.h>

namespace {

dpi::LocalizedText bilingual(const QString &english, const QString &russian)
{
    dpi::LocalizedText text;
    text.set(QStringLiteral("en"), english);
    text.set(QStringLiteral("ru"), russian);
    return text;
}

dpi::Framework generatedFramework(int dimensions, int criteriaPerDimension)
{
    dpi::Framework framework;
    framework.id = QStringLiteral("generated");
    framework.version = QStringLiteral("1.0.0");
    framework.title = bilingual(QStringLiteral("Generated framework"), QStringLiteral("Сгенерированная рамка"));
    for (int v = 0; v <= 4; ++v)
        framework.scale.levels.push_back({v, bilingual(QStringLiteral("Level %1").arg(v), QStringLiteral("Уровень %1").arg(v)), {}});
    for (int d = 0; d < dimensions; ++d) {
        dpi::Dimension dimension;
        dimension.id = QStringLiteral("d%1").arg(d);
        dimension.title = bilingual(QStringLiteral("Dimension %1").arg(d), QStringLiteral("Измерение %1").arg(d));
        dimension.weight = 1 + d % 3;
        for (int c = 0; c < criteriaPerDimension; ++c) {
            dpi::Criterion criterion;
            criterion.id = QStringLiteral("d%1.c%2").arg(d).arg(c);
            criterion.title = bilingual(QStringLiteral("Criterion %1").arg(criterion.id), QStringLiteral("Критерий %1").arg(criterion.id));
            criterion.question = bilingual(QStringLiteral("Is requirement %1 met in production?").arg(c),
                                           QStringLiteral("Выполнено ли требование %1?").arg(c));
            criterion.guidance = bilingual(QStringLiteral("Ask for the evidence listed."), QStringLiteral("Запросите доказательства."));
            criterion.weight = 1 + c % 2;
            if (c == 0)
                criterion.critical = dpi::CriticalRule{1, 50.0};
            for (int v = 0; v <= 4; ++v)
                criterion.rubric[v] = bilingual(QStringLiteral("What level %1 looks like.").arg(v), QStringLiteral("Уровень %1.").arg(v));
            criterion.references.push_back({{{QStringLiteral("url"), QStringLiteral("https://example.org/req")}}});
            dimension.criteria.push_back(criterion);
        }
        framework.dimensions.push_back(dimension);
    }
    return framework;
}

// A project scored on `framework`, in memory: what the app holds once the
// framework is loaded and the analysts' scores are in.
dpi::Project generatedProject(const dpi::Framework &framework, int sectors)
{
    dpi::Project project;
    project.metadata.title = dpi::LocalizedText(QStringLiteral("Benchmark project"));
    project.frameworks.push_back({framework.id, framework.version, 1.0, framework});
    for (int s = 0; s < sectors; ++s) {
        dpi::Sector sector;
        sector.id = QStringLiteral("sector-%1").arg(s);
        sector.title = dpi::LocalizedText(QStringLiteral("Sector %1").arg(s));
        auto &scores = sector.scores[framework.id];
        int n = 0;
        for (const auto &dimension : framework.dimensions) {
            for (const auto &criterion : dimension.criteria) {
                dpi::Score score;
                if (++n % 17 == 0)
                    score.notApplicable = true;
                else
                    score.level = (n + s) % 5;
                score.confidence = dpi::Confidence::Medium;
                scores[criterion.id] = score;
            }
        }
        project.sectors.push_back(sector);
    }
    return project;
}

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
