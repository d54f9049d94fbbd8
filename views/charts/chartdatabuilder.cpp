#include "chartdatabuilder.h"

#include "chartlabels.h"
#include "chartstyle.h"
#include "localeformat.h"
#include "scorepalette.h"

#include <cmath>

namespace dpi {
namespace ChartDataBuilder {

namespace {

QString sectorTitle(const Sector &sector, const QString &language)
{
    const QString title = sector.title.text(language);
    return title.isEmpty() ? sector.id : title;
}

QString frameworkTitle(const ProjectFramework &framework, const QString &language)
{
    const QString title = framework.framework.title.text(language);
    return title.isEmpty() ? framework.id : title;
}

} // namespace

ChartData radar(const Project &project, const ProjectResult &result, const QString &sectorId,
                const QString &frameworkId, const QString &language)
{
    ChartData data;
    data.kind = ChartKind::Radar;
    data.language = language;
    const Sector *sector = project.findSector(sectorId);
    const ProjectFramework *framework = project.findFramework(frameworkId);
    const SectorResult *sectorResult = result.sector(sectorId);
    const FrameworkResult *frameworkResult = sectorResult ? sectorResult->framework(frameworkId) : nullptr;
    if (!sector || !framework || !frameworkResult)
        return data;

    const ChartLabels labels = ChartLabels::forLanguage(language);
    // Two lines: a framework title is often as wide as the chart (and QtCharts elides a title).
    data.title = sectorTitle(*sector, language) + QLatin1Char('\n') + frameworkTitle(*framework, language);
    data.valueAxisTitle = labels.readinessAxis;
    ChartSeries series;
    series.name = sectorTitle(*sector, language);
    series.color = ChartStyle::seriesColor(0);
    for (const Dimension &dimension : framework->framework.dimensions) {
        const DimensionResult *dimensionResult = frameworkResult->dimension(dimension.id);
        const std::optional<double> value = dimensionResult ? dimensionResult->percent : std::nullopt;
        QString title = dimension.title.text(language);
        if (title.isEmpty())
            title = dimension.id;
        if (!value)
            title += labels.notScoredSuffix;
        data.categories << title;
        data.categoryIds << dimension.id;
        series.values.push_back(value);
    }
    data.series.push_back(std::move(series));
    return data;
}

ChartData sectorComparison(const Project &project, const ProjectResult &result,
                           const QString &frameworkId, const QString &language)
{
    ChartData data;
    data.kind = ChartKind::Bars;
    data.language = language;
    const ChartLabels labels = ChartLabels::forLanguage(language);
    data.valueAxisTitle = labels.readinessAxis;
    data.title = labels.sectorComparison;

    std::vector<const ProjectFramework *> frameworks;
    if (frameworkId.isEmpty()) {
        // Gate frameworks have no percent: they are a checklist, never a bar.
        for (const ProjectFramework &framework : project.frameworks) {
            if (!framework.framework.isGates())
                frameworks.push_back(&framework);
        }
    } else if (const ProjectFramework *framework = project.findFramework(frameworkId)) {
        frameworks.push_back(framework);
        data.title += QStringLiteral(" — ") + frameworkTitle(*framework, language);
    } else {
        return data;
    }

    for (std::size_t i = 0; i < frameworks.size(); ++i) {
        ChartSeries series;
        series.name = frameworkTitle(*frameworks[i], language);
        series.color = ChartStyle::seriesColor(int(i));
        data.series.push_back(std::move(series));
    }
    const bool withOverall = frameworkId.isEmpty() && frameworks.size() > 1;
    if (withOverall) {
        ChartSeries overall;
        overall.name = labels.overall;
        overall.color = ChartStyle::overallColor();
        data.series.push_back(std::move(overall));
    }

    for (const Sector &sector : project.sectors) {
        const SectorResult *sectorResult = result.sector(sector.id);
        bool anyValue = false;
        for (std::size_t i = 0; i < frameworks.size(); ++i) {
            const FrameworkResult *fr = sectorResult ? sectorResult->framework(frameworks[i]->id) : nullptr;
            data.series[i].values.push_back(fr ? fr->percent : std::nullopt);
            anyValue = anyValue || data.series[i].values.back().has_value();
        }
        data.categories << sectorTitle(sector, language) + (anyValue ? QString() : labels.notScoredSuffix);
        data.categoryIds << sector.id;
        if (withOverall)
            data.series.back().values.push_back(sectorResult ? sectorResult->overall : std::nullopt);
    }
    return data;
}

ChartData roundComparison(const Project &project, const RoundComparison &comparison, const QString &language)
{
    ChartData data;
    data.kind = ChartKind::Bars;
    const ChartLabels labels = ChartLabels::forLanguage(language);
    data.title = labels.roundComparison;
    data.valueAxisTitle = labels.readinessAxis;
    ChartSeries before;
    before.name = labels.previousRound;
    before.color = ChartStyle::seriesColor(1);
    ChartSeries after;
    after.name = labels.thisRound;
    after.color = ChartStyle::seriesColor(0);
    for (const SectorChange &sector : comparison.sectors) {
        const Sector *found = project.findSector(sector.sectorId);
        const QString title = found ? sectorTitle(*found, language) : sector.sectorId;
        // The sector's overall row carries its name; its frameworks follow
        // as "sector · framework": a category axis merges equal labels, so
        // each must be unique.
        data.categories << title;
        data.categoryIds << sector.sectorId;
        before.values.push_back(sector.overall.before);
        after.values.push_back(sector.overall.after);
        for (const FrameworkChangeSummary &framework : sector.frameworks) {
            const ProjectFramework *entry = project.findFramework(framework.frameworkId);
            if (framework.gates || !entry)
                continue;
            data.categories << title + QStringLiteral(" \u00b7 ") + frameworkTitle(*entry, language);
            data.categoryIds << sector.sectorId + QLatin1Char('/') + framework.frameworkId;
            before.values.push_back(framework.percent.before);
            after.values.push_back(framework.percent.after);
        }
    }
    data.series.push_back(std::move(before));
    data.series.push_back(std::move(after));
    return data;
}

ChartData coverageAndConfidence(const Project &project, const ProjectResult &result,
                                const QString &frameworkId, const QString &language)
{
    ChartData data;
    data.kind = ChartKind::StackedBars;
    data.language = language;
    data.percent = false;
    const ChartLabels labels = ChartLabels::forLanguage(language);
    data.title = labels.coverageAndConfidence;
    data.valueAxisTitle = labels.criteriaAxis;
    if (!frameworkId.isEmpty()) {
        const ProjectFramework *framework = project.findFramework(frameworkId);
        if (!framework)
            return data;
        data.title += QStringLiteral(" — ") + frameworkTitle(*framework, language);
    }

    const std::vector<std::pair<QString, QColor>> parts = {
        {labels.confidenceHigh, scorepalette::confidence(Confidence::High)},
        {labels.confidenceMedium, scorepalette::confidence(Confidence::Medium)},
        {labels.confidenceLow, scorepalette::confidence(Confidence::Low)},
        {labels.confidenceUnset, scorepalette::confidence(Confidence::Unset)},
        {labels.notApplicable, scorepalette::notApplicable()},
        {labels.unverified, scorepalette::unverified()},
        {labels.unscored, scorepalette::unscored()},
    };
    for (const auto &part : parts)
        data.series.push_back({part.first, part.second, {}});

    double maximum = 0;
    for (const Sector &sector : project.sectors) {
        const SectorResult *sectorResult = result.sector(sector.id);
        Coverage coverage;
        ConfidenceMix mix;
        if (sectorResult && frameworkId.isEmpty()) {
            coverage = sectorResult->coverage;
            mix = sectorResult->confidence;
        } else if (sectorResult) {
            if (const FrameworkResult *fr = sectorResult->framework(frameworkId)) {
                coverage = fr->coverage;
                mix = fr->confidence;
            }
        }
        // Same rounding as the bar labels (one decimal, none when whole).
        // In the chart's language: "37,2 %" in Russian and Kyrgyz.
        data.categories << QStringLiteral("%1 · %2 %").arg(sectorTitle(sector, language),
                               localeformat::localeFor(language).toString(std::round(coverage.percent() * 10.0) / 10.0, 'g', 4));
        data.categoryIds << sector.id;
        const double counts[] = {double(mix.high), double(mix.medium), double(mix.low), double(mix.unset),
                                 double(coverage.notApplicable), double(coverage.unverified),
                                 double(coverage.unscored())};
        for (std::size_t i = 0; i < parts.size(); ++i)
            data.series[i].values.push_back(counts[i]);
        maximum = std::max(maximum, double(coverage.total));
    }
    data.maximum = std::max(1.0, maximum);
    return data;
}

} // namespace ChartDataBuilder
} // namespace dpi
