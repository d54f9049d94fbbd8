#include "teamagreement.h"

#include "scoring.h"
#include "teamratings.h"

#include <QHash>

namespace dpi {

namespace {

// One item before it is cut down to the analysts of a group.
struct Item
{
    QString sectorId;
    QString frameworkId;
    QString dimensionId;
    ReliabilityUnit unit;            // one value per analyst of the whole team
};

std::vector<Item> collectItems(const Project &project, const QStringList &analysts)
{
    QHash<QString, int> column;
    for (int i = 0; i < analysts.size(); ++i)
        column.insert(analysts[i], i);
    std::vector<Item> items;
    for (const Sector &sector : project.sectors) {
        for (const ProjectFramework &entry : project.frameworks) {
            const Scale &scale = entry.framework.scale;
            const int steps = int(scale.levels.size()) - 1;
            for (const Dimension &dimension : entry.framework.dimensions) {
                for (const Criterion &criterion : dimension.criteria) {
                    const Score *cell = sector.score(entry.id, criterion.id);
                    if (!cell || cell->ratings.empty())
                        continue;
                    Item item{sector.id, entry.id, dimension.id, {}};
                    item.unit.values.resize(size_t(analysts.size()));
                    item.unit.oneLevel = steps > 0 ? 100.0 / steps : 100.0;
                    for (const Score &rating : cell->ratings) {
                        if (rating.notApplicable || !rating.level)
                            continue; // N/A, unverified (no level: looked for, not found) and unrated are missing, never 0
                        item.unit.values[size_t(column.value(rating.analyst))] = levelPercent(scale, *rating.level);
                    }
                    items.push_back(std::move(item));
                }
            }
        }
    }
    return items;
}

// Keeps only the analysts who gave a value in these items: a team member
// who rated nothing here is not a missing column of the group.
ReliabilityData groupData(const std::vector<const Item *> &items, int teamSize)
{
    std::vector<bool> present(size_t(teamSize), false);
    for (const Item *item : items) {
        for (size_t a = 0; a < item->unit.values.size(); ++a)
            present[a] = present[a] || item->unit.values[a].has_value();
    }
    ReliabilityData data;
    for (bool p : present)
        data.analysts += p ? 1 : 0;
    for (const Item *item : items) {
        ReliabilityUnit unit;
        unit.oneLevel = item->unit.oneLevel;
        for (size_t a = 0; a < present.size(); ++a) {
            if (present[a])
                unit.values.push_back(item->unit.values[a]);
        }
        data.units.push_back(std::move(unit));
    }
    return data;
}

AgreementSummary summarise(const ReliabilityData &data, bool twoAnalystTeam, const BootstrapOptions &bootstrap)
{
    AgreementSummary summary;
    summary.items = data.pairableUnits();
    summary.analysts = data.analysts;
    summary.values = data.pairableValues();
    summary.alphaNominal = krippendorffAlpha(data, AlphaMetric::Nominal);
    summary.alphaOrdinal = krippendorffAlpha(data, AlphaMetric::Ordinal);
    summary.alphaInterval = krippendorffAlpha(data, AlphaMetric::Interval);
    const std::vector<AlphaInterval> intervals = bootstrapAlphas(data, {AlphaMetric::Ordinal, AlphaMetric::Interval}, bootstrap);
    summary.alphaOrdinalInterval = intervals[0];
    summary.alphaIntervalInterval = intervals[1];
    const PairwiseAgreement pairs = pairwiseAgreement(data);
    summary.percentAgreement = pairs.exactPercent;
    summary.percentWithinOne = pairs.withinOnePercent;
    summary.hasKappa = twoAnalystTeam;
    if (twoAnalystTeam) {
        summary.kappa = cohenKappa(data, KappaWeights::Unweighted);
        summary.kappaLinear = cohenKappa(data, KappaWeights::Linear);
        summary.kappaQuadratic = cohenKappa(data, KappaWeights::Quadratic);
    }
    return summary;
}

template<typename Keep>
std::vector<const Item *> select(const std::vector<Item> &items, Keep keep)
{
    std::vector<const Item *> selected;
    for (const Item &item : items) {
        if (keep(item))
            selected.push_back(&item);
    }
    return selected;
}

} // namespace

const AgreementGroup *TeamAgreement::sector(const QString &sectorId) const
{
    for (const AgreementGroup &group : sectors) {
        if (group.sectorId == sectorId)
            return &group;
    }
    return nullptr;
}

const AgreementGroup *TeamAgreement::framework(const QString &frameworkId) const
{
    for (const AgreementGroup &group : frameworks) {
        if (group.frameworkId == frameworkId)
            return &group;
    }
    return nullptr;
}

const AgreementGroup *TeamAgreement::dimension(const QString &frameworkId, const QString &dimensionId) const
{
    for (const AgreementGroup &group : dimensions) {
        if (group.frameworkId == frameworkId && group.dimensionId == dimensionId)
            return &group;
    }
    return nullptr;
}

TeamAgreement computeTeamAgreement(const Project &project, const BootstrapOptions &bootstrap)
{
    TeamAgreement agreement;
    agreement.analysts = projectAnalysts(project);
    agreement.bootstrap = bootstrap;
    const int team = int(agreement.analysts.size());
    const bool twoAnalysts = team == 2;
    const std::vector<Item> items = collectItems(project, agreement.analysts);
    const std::vector<const Item *> all = select(items, [](const Item &) { return true; });
    agreement.overall = summarise(groupData(all, team), twoAnalysts, bootstrap);
    // A group holding every item (one framework, one sector) is the overall
    // figure; the bootstrap is the cost worth not paying twice.
    const auto summaryOf = [&](const std::vector<const Item *> &selected) {
        return selected == all ? agreement.overall : summarise(groupData(selected, team), twoAnalysts, bootstrap);
    };

    for (const Sector &sector : project.sectors) {
        AgreementGroup group;
        group.sectorId = sector.id;
        group.summary = summaryOf(select(items, [&](const Item &item) { return item.sectorId == sector.id; }));
        agreement.sectors.push_back(std::move(group));
    }
    for (const ProjectFramework &entry : project.frameworks) {
        AgreementGroup group;
        group.frameworkId = entry.id;
        group.summary = summaryOf(select(items, [&](const Item &item) { return item.frameworkId == entry.id; }));
        agreement.frameworks.push_back(std::move(group));
        for (const Dimension &dimension : entry.framework.dimensions) {
            AgreementGroup part;
            part.frameworkId = entry.id;
            part.dimensionId = dimension.id;
            part.summary = summaryOf(select(items, [&](const Item &item) {
                return item.frameworkId == entry.id && item.dimensionId == dimension.id;
            }));
            agreement.dimensions.push_back(std::move(part));
        }
    }
    return agreement;
}

ReliabilityData teamReliabilityData(const Project &project, const QString &sectorId, const QString &frameworkId,
                                    const QString &dimensionId)
{
    const QStringList analysts = projectAnalysts(project);
    const std::vector<Item> items = collectItems(project, analysts);
    return groupData(select(items,
                            [&](const Item &item) {
                                return (sectorId.isEmpty() || item.sectorId == sectorId) && item.frameworkId == frameworkId
                                    && (dimensionId.isEmpty() || item.dimensionId == dimensionId);
                            }),
                     int(analysts.size()));
}

} // namespace dpi
