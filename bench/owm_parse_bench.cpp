#include "owmreader.h"
#include "owmwriter.h"

#include <QString>

#include <benchmark/benchmark.h>

namespace {

// The size of map the performance budget is stated for (DESIGN.md §9): 2,000
// components and 3,000 links, about 5,000 lines. Deterministic, with labels,
// decorators, flows and contexts so that every code path of a line is used.
QString generatedMap(int components, int links)
{
    QString text = QStringLiteral("title Generated benchmark map\nstyle wardley\n");
    text.reserve(components * 60 + links * 50);
    unsigned seed = 12345;
    auto next = [&seed]() {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % 1000u;
    };
    for (int i = 0; i < components; ++i) {
        text += QStringLiteral("component Component number %1 [0.%2, 0.%3] label [%4, -%5]")
                    .arg(i)
                    .arg(next(), 3, 10, QLatin1Char('0'))
                    .arg(next(), 3, 10, QLatin1Char('0'))
                    .arg(next() % 40)
                    .arg(next() % 30);
        if (i % 10 == 0)
            text += QStringLiteral(" (build)");
        if (i % 25 == 0)
            text += QStringLiteral(" inertia");
        text += QLatin1Char('\n');
    }
    for (int i = 0; i < links; ++i) {
        const int from = int(next() * components / 1000);
        const int to = int(next() * components / 1000);
        if (i % 20 == 0)
            text += QStringLiteral("Component number %1+'$%3'>Component number %2\n").arg(from).arg(to).arg(i);
        else if (i % 7 == 0)
            text += QStringLiteral("Component number %1->Component number %2; limited by\n").arg(from).arg(to);
        else
            text += QStringLiteral("Component number %1->Component number %2\n").arg(from).arg(to);
    }
    return text;
}

void BM_ParseOwm_2000Components3000Links(benchmark::State &state)
{
    const QString text = generatedMap(2000, 3000);
    const QString file = QStringLiteral("generated.owm");
    for (auto _ : state) {
        dpi::OwmParseResult result = dpi::parseOwm(text, file);
        benchmark::DoNotOptimize(result.map.components.data());
        if (result.map.components.size() != 2000 || result.map.links.size() != 3000)
            state.SkipWithError("generated map was not read completely");
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * text.size() * int64_t(sizeof(QChar)));
}
BENCHMARK(BM_ParseOwm_2000Components3000Links)->Unit(benchmark::kMillisecond);

void BM_WriteOwm_2000Components3000Links(benchmark::State &state)
{
    const dpi::WardleyMap map = dpi::parseOwm(generatedMap(2000, 3000), QStringLiteral("generated.owm")).map;
    for (auto _ : state) {
        QString text = dpi::writeOwm(map);
        benchmark::DoNotOptimize(text.data());
    }
}
BENCHMARK(BM_WriteOwm_2000Components3000Links)->Unit(benchmark::kMillisecond);

} // namespace
