#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dpi {

// What a chart shows, independent of the chart library that draws it.
// The dashboard, the report and the tests all read the same numbers from
// here, and only views/charts turns it into QtCharts objects.
enum class ChartKind {
    Radar,       // one spoke per category, one closed polygon per series (0-100 %)
    Bars,        // horizontal bars, one group per category, one bar per series
    StackedBars, // horizontal stacked bars of counts, one stack per category
};

struct ChartSeries
{
    QString name;
    QColor color;
    // One value per category; empty where the result does not exist
    // (e.g. nothing scored yet), which is drawn as zero and never guessed.
    std::vector<std::optional<double>> values;

    bool operator==(const ChartSeries &o) const { return name == o.name && color == o.color && values == o.values; }
    bool operator!=(const ChartSeries &o) const { return !(*this == o); }
};

struct ChartData
{
    ChartKind kind = ChartKind::Bars;
    QString title;
    QStringList categories;       // labels shown on the axis
    QStringList categoryIds;      // stable ids behind them (sector or dimension ids)
    std::vector<ChartSeries> series;
    double maximum = 100.0;       // top of the value axis
    QString valueAxisTitle;
    bool percent = true;          // values are 0-100 % (else counts)
    QString language;             // writes the bar values: "24.1" (en), "24,1" (ru, ky)

    bool isEmpty() const { return categories.isEmpty() || series.empty(); }
    bool operator==(const ChartData &o) const
    {
        return kind == o.kind && title == o.title && categories == o.categories
            && categoryIds == o.categoryIds && series == o.series && maximum == o.maximum
            && valueAxisTitle == o.valueAxisTitle && percent == o.percent && language == o.language;
    }
    bool operator!=(const ChartData &o) const { return !(*this == o); }
};

} // namespace dpi
