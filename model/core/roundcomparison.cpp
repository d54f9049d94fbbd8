#include "roundcomparison.h"

#include "frameworkdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace dpi {

namespace {

// Percentages are compared after rounding to a hundredth of a point, so that
// the same scores read from two files never show a change of 1e-14.
bool samePercent(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::lround(*a * 100) == std::lround(*b * 100);
}

bool sameFlag(const RedFlag &a, const RedFlag &b)
{
    return a.frameworkId == b.frameworkId && a.criterionId == b.criterionId;
}

// The red flags of `from` that `other` does not have (same framework and
// criterion, after following `renamed` from `from`'s ids into `other`'s).
std::vector<RedFlag> flagsMissingFrom(const std::vector<RedFlag> &from, const std::vector<RedFlag> &other,
                                      const std::map<QString, std::map<QString, QString>> &renamed)
{
    std::vector<RedFlag> result;
    for (const RedFlag &flag : from) {
        RedFlag mapped = flag;
        const auto framework = renamed.find(flag.frameworkId);
        if (framework != renamed.end()) {
            const auto to = framework->second.find(flag.criterionId);
            if (to != framework->second.end())
                mapped.criterionId = to->second;
        }
        const bool found = std::any_of(other.begin(), other.end(),
                                       [&](const RedFlag &candidate) { return sameFlag(mapped, candidate); });
        if (!found)
            result.push_back(flag);
    }
    return result;
}

QJsonValue percentJson(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100) / 100) : QJsonValue(QJsonValue::Null);
}

QJsonObject percentChangeJson(const PercentChange &change)
{
    return {{QStringLiteral("before"), percentJson(change.before)},
            {QStringLiteral("after"), percentJson(change.after)},
            {QStringLiteral("delta_pp"), percentJson(change.deltaPp())}};
}

QJsonArray flagsJson(const std::vector<RedFlag> &flags)
{
    QJsonArray array;
    for (const RedFlag &flag : flags)
        array.append(QJsonObject{{QStringLiteral("framework"), flag.frameworkId},
                                 {QStringLiteral("criterion"), flag.criterionId},
                                 {QStringLiteral("level"), flag.level},
                                 {QStringLiteral("threshold"), flag.threshold}});
    return array;
}

QString criterionSetKindName(CriterionSetChange::Kind kind)
{
    switch (kind) {
    case CriterionSetChange::Kind::Added: return QStringLiteral("added");
    case CriterionSetChange::Kind::Removed: return QStringLiteral("removed");
    case CriterionSetChange::Kind::Renamed: return QStringLiteral("renamed");
    }
    return {};
}

QString deltaText(const PercentChange &change)
{
    const auto side = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
    };
    QString text = side(change.before) + QStringLiteral(" -> ") + side(change.after);
    if (const auto delta = change.deltaPp())
        text += QStringLiteral(" (%1%2 pp)").arg(*delta > 0 ? QStringLiteral("+") : QString(),
                                                 QString::number(*delta, 'f', 1));
    return text;
}

QJsonObject gateCountsJson(const GateResult &gate)
{
    return {{QStringLiteral("passed"), gate.passed},
            {QStringLiteral("failed"), gate.failed},
            {QStringLiteral("unverified"), gate.unverified},
            {QStringLiteral("unscored"), gate.unscored},
            {QStringLiteral("total"), gate.total()},
            {QStringLiteral("meets"), gate.meets()},
            {QStringLiteral("status"), gateStatusName(gate.status())}};
}

// "gates 7/9 passed, 1 failed, 1 unverified": a checklist, never a percent.
QString gatesText(const GateResult &gate)
{
    return QStringLiteral("gates %1/%2 passed, %3 failed, %4 unverified")
        .arg(gate.passed)
        .arg(gate.total())
        .arg(gate.failed)
        .arg(gate.unverified);
}

} // namespace

CellState CellState::of(const Score *score)
{
    CellState state;
    if (score && score->isUnverified()) {
        state.kind = Kind::Unverified;
        state.confidence = score->confidence;
        return state;
    }
    if (!score || !score->isScored())
        return state;
    state.confidence = score->confidence;
    if (score->notApplicable) {
        state.kind = Kind::NotApplicable;
    } else {
        state.kind = Kind::Level;
        state.level = *score->level;
    }
    return state;
}

QString CellState::text() const
{
    switch (kind) {
    case Kind::Level: return QString::number(level);
    case Kind::NotApplicable: return QStringLiteral("n/a");
    case Kind::Unverified: return QStringLiteral("unverified");
    case Kind::Unscored: break;
    }
    return QStringLiteral("unscored");
}

bool CellChange::levelChanged() const
{
    return before.kind != after.kind || before.level != after.level;
}

CellChange::Trend CellChange::trend() const
{
    if (before.kind != CellState::Kind::Level || after.kind != CellState::Kind::Level || before.level == after.level)
        return Trend::Other;
    return after.level > before.level ? Trend::Up : Trend::Down;
}

std::optional<double> PercentChange::deltaPp() const
{
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

bool RoundComparison::isEqual() const
{
    if (!changes.empty() || !criteria.empty() || !sectorsAdded.isEmpty() || !sectorsRemoved.isEmpty()
        || !frameworksAdded.isEmpty() || !frameworksRemoved.isEmpty())
        return false;
    // Equal cells can still score differently when weights changed between versions.
    for (const SectorChange &sector : sectors) {
        if (!samePercent(sector.overall.before, sector.overall.after))
            return false;
        for (const FrameworkChangeSummary &framework : sector.frameworks) {
            if (framework.oldVersion != framework.newVersion)
                return false;
        }
    }
    return true;
}

const SectorChange *RoundComparison::sector(const QString &sectorId) const
{
    for (const SectorChange &sector : sectors) {
        if (sector.sectorId == sectorId)
            return &sector;
    }
    return nullptr;
}

RoundComparison compareRounds(const Project &before, const Project &after)
{
    return compareRounds(before, scoreProject(before), after, scoreProject(after));
}

RoundComparison compareRounds(const Project &before, const ProjectResult &oldResult, const Project &after,
                              const ProjectResult &newResult)
{
    RoundComparison comparison;

    // Framework versions: criteria added, removed and renamed between the rounds.
    std::map<QString, std::map<QString, QString>> renamedTo;   // framework -> old id -> new id
    std::map<QString, std::map<QString, QString>> renamedFrom; // framework -> new id -> old id
    for (const ProjectFramework &newFramework : after.frameworks) {
        const ProjectFramework *oldFramework = before.findFramework(newFramework.id);
        if (!oldFramework) {
            comparison.frameworksAdded << newFramework.id;
            continue;
        }
        const Framework &oldF = oldFramework->framework;
        const Framework &newF = newFramework.framework;
        for (const auto &[oldId, newId] : renamedCriteria(oldF, newF)) {
            renamedTo[newF.id][oldId] = newId;
            renamedFrom[newF.id][newId] = oldId;
            comparison.criteria.push_back({CriterionSetChange::Kind::Renamed, newF.id, newId, oldId});
        }
        for (const Dimension &dimension : newF.dimensions) {
            for (const Criterion &criterion : dimension.criteria) {
                if (!oldF.findCriterion(criterion.id) && !renamedFrom[newF.id].count(criterion.id))
                    comparison.criteria.push_back({CriterionSetChange::Kind::Added, newF.id, criterion.id, {}});
            }
        }
        for (const Dimension &dimension : oldF.dimensions) {
            for (const Criterion &criterion : dimension.criteria) {
                if (!newF.findCriterion(criterion.id) && !renamedTo[newF.id].count(criterion.id))
                    comparison.criteria.push_back({CriterionSetChange::Kind::Removed, newF.id, criterion.id, {}});
            }
        }
    }
    for (const ProjectFramework &oldFramework : before.frameworks) {
        if (!after.findFramework(oldFramework.id))
            comparison.frameworksRemoved << oldFramework.id;
    }

    for (const Sector &sector : after.sectors) {
        if (!before.findSector(sector.id))
            comparison.sectorsAdded << sector.id;
    }
    for (const Sector &sector : before.sectors) {
        if (!after.findSector(sector.id))
            comparison.sectorsRemoved << sector.id;
    }

    for (const Sector &newSector : after.sectors) {
        const Sector *oldSector = before.findSector(newSector.id);
        const SectorResult *newSectorResult = newResult.sector(newSector.id);
        const SectorResult *oldSectorResult = oldResult.sector(newSector.id);
        if (!oldSector || !newSectorResult || !oldSectorResult)
            continue;

        // Cells: every criterion of the newer framework version, matched to the
        // older round through renames.
        for (const ProjectFramework &newFramework : after.frameworks) {
            const ProjectFramework *oldFramework = before.findFramework(newFramework.id);
            if (!oldFramework)
                continue;
            const auto &fromOld = renamedFrom[newFramework.id];
            for (const Dimension &dimension : newFramework.framework.dimensions) {
                for (const Criterion &criterion : dimension.criteria) {
                    const auto renamed = fromOld.find(criterion.id);
                    const QString oldId = renamed != fromOld.end() ? renamed->second : criterion.id;
                    if (!oldFramework->framework.findCriterion(oldId))
                        continue; // added in this version: listed in `criteria`
                    CellChange change;
                    change.sectorId = newSector.id;
                    change.frameworkId = newFramework.id;
                    change.criterionId = criterion.id;
                    change.oldCriterionId = oldId;
                    change.before = CellState::of(oldSector->score(newFramework.id, oldId));
                    change.after = CellState::of(newSector.score(newFramework.id, criterion.id));
                    if (change.before != change.after)
                        comparison.changes.push_back(change);
                }
            }
        }

        SectorChange sectorChange;
        sectorChange.sectorId = newSector.id;
        sectorChange.overall = {oldSectorResult->overall, newSectorResult->overall};
        sectorChange.unverifiedBefore = oldSectorResult->coverage.unverified;
        sectorChange.unverifiedAfter = newSectorResult->coverage.unverified;
        for (const FrameworkResult &newFrameworkResult : newSectorResult->frameworks) {
            const FrameworkResult *oldFrameworkResult = oldSectorResult->framework(newFrameworkResult.frameworkId);
            if (!oldFrameworkResult)
                continue;
            FrameworkChangeSummary summary;
            summary.frameworkId = newFrameworkResult.frameworkId;
            summary.oldVersion = before.findFramework(summary.frameworkId)->version;
            summary.newVersion = after.findFramework(summary.frameworkId)->version;
            summary.percent = {oldFrameworkResult->percent, newFrameworkResult.percent};
            summary.gates = newFrameworkResult.gates;
            summary.gatesBefore = oldFrameworkResult->gate;
            summary.gatesAfter = newFrameworkResult.gate;
            for (const DimensionResult &newDimension : newFrameworkResult.dimensions) {
                const DimensionResult *oldDimension = oldFrameworkResult->dimension(newDimension.dimensionId);
                summary.dimensions.push_back(
                    {newDimension.dimensionId,
                     {oldDimension ? oldDimension->percent : std::nullopt, newDimension.percent}});
            }
            sectorChange.frameworks.push_back(summary);
        }
        sectorChange.redFlagsRaised =
            flagsMissingFrom(newSectorResult->redFlags, oldSectorResult->redFlags, renamedFrom);
        sectorChange.redFlagsResolved =
            flagsMissingFrom(oldSectorResult->redFlags, newSectorResult->redFlags, renamedTo);
        comparison.sectors.push_back(sectorChange);
    }

    std::sort(comparison.changes.begin(), comparison.changes.end(), [](const CellChange &a, const CellChange &b) {
        return std::tie(a.sectorId, a.frameworkId, a.criterionId) < std::tie(b.sectorId, b.frameworkId, b.criterionId);
    });
    return comparison;
}

QByteArray comparisonAsJson(const RoundComparison &comparison)
{
    QJsonArray changes;
    for (const CellChange &change : comparison.changes) {
        QJsonObject object{{QStringLiteral("sector"), change.sectorId},
                           {QStringLiteral("framework"), change.frameworkId},
                           {QStringLiteral("criterion"), change.criterionId},
                           {QStringLiteral("old"), change.before.text()},
                           {QStringLiteral("new"), change.after.text()},
                           {QStringLiteral("old_confidence"), confidenceName(change.before.confidence)},
                           {QStringLiteral("new_confidence"), confidenceName(change.after.confidence)}};
        if (change.oldCriterionId != change.criterionId)
            object.insert(QStringLiteral("old_criterion"), change.oldCriterionId);
        changes.append(object);
    }

    QJsonArray sectors;
    for (const SectorChange &sector : comparison.sectors) {
        QJsonObject frameworks;
        for (const FrameworkChangeSummary &framework : sector.frameworks) {
            QJsonObject dimensions;
            for (const DimensionChange &dimension : framework.dimensions)
                dimensions.insert(dimension.dimensionId, percentChangeJson(dimension.percent));
            QJsonObject object = percentChangeJson(framework.percent);
            object.insert(QStringLiteral("old_version"), framework.oldVersion);
            object.insert(QStringLiteral("new_version"), framework.newVersion);
            object.insert(QStringLiteral("dimensions"), dimensions);
            if (framework.gates) {
                object.insert(QStringLiteral("kind"), QStringLiteral("gates"));
                object.insert(QStringLiteral("gates_before"), gateCountsJson(framework.gatesBefore));
                object.insert(QStringLiteral("gates_after"), gateCountsJson(framework.gatesAfter));
            }
            frameworks.insert(framework.frameworkId, object);
        }
        QJsonObject object = percentChangeJson(sector.overall);
        object.insert(QStringLiteral("sector"), sector.sectorId);
        object.insert(QStringLiteral("unverified"), QJsonObject{{QStringLiteral("before"), sector.unverifiedBefore},
                                                                {QStringLiteral("after"), sector.unverifiedAfter}});
        object.insert(QStringLiteral("frameworks"), frameworks);
        object.insert(QStringLiteral("red_flags_raised"), flagsJson(sector.redFlagsRaised));
        object.insert(QStringLiteral("red_flags_resolved"), flagsJson(sector.redFlagsResolved));
        sectors.append(object);
    }

    QJsonArray criteria;
    for (const CriterionSetChange &change : comparison.criteria) {
        QJsonObject object{{QStringLiteral("change"), criterionSetKindName(change.kind)},
                           {QStringLiteral("framework"), change.frameworkId},
                           {QStringLiteral("criterion"), change.criterionId}};
        if (change.kind == CriterionSetChange::Kind::Renamed)
            object.insert(QStringLiteral("old_criterion"), change.oldCriterionId);
        criteria.append(object);
    }

    const QJsonObject root{{QStringLiteral("equal"), comparison.isEqual()},
                           {QStringLiteral("changes"), changes},
                           {QStringLiteral("sectors"), sectors},
                           {QStringLiteral("criteria"), criteria},
                           {QStringLiteral("sectors_added"), QJsonArray::fromStringList(comparison.sectorsAdded)},
                           {QStringLiteral("sectors_removed"), QJsonArray::fromStringList(comparison.sectorsRemoved)},
                           {QStringLiteral("frameworks_added"), QJsonArray::fromStringList(comparison.frameworksAdded)},
                           {QStringLiteral("frameworks_removed"),
                            QJsonArray::fromStringList(comparison.frameworksRemoved)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString comparisonAsTable(const RoundComparison &comparison)
{
    QString out;
    for (const SectorChange &sector : comparison.sectors) {
        out += QStringLiteral("%1  overall %2\n").arg(sector.sectorId, deltaText(sector.overall));
        if (sector.unverifiedBefore || sector.unverifiedAfter)
            out += QStringLiteral("  unverified %1 -> %2\n").arg(sector.unverifiedBefore).arg(sector.unverifiedAfter);
        for (const FrameworkChangeSummary &framework : sector.frameworks) {
            QString version;
            if (framework.oldVersion != framework.newVersion)
                version = QStringLiteral(" [%1 -> %2]").arg(framework.oldVersion, framework.newVersion);
            const QString change = framework.gates
                ? gatesText(framework.gatesBefore) + QStringLiteral(" -> ") + gatesText(framework.gatesAfter)
                : deltaText(framework.percent);
            out += QStringLiteral("  %1%2  %3\n").arg(framework.frameworkId, version, change);
        }
        for (const RedFlag &flag : sector.redFlagsRaised)
            out += QStringLiteral("  + red flag %1/%2 (level %3)\n").arg(flag.frameworkId, flag.criterionId).arg(flag.level);
        for (const RedFlag &flag : sector.redFlagsResolved)
            out += QStringLiteral("  - red flag %1/%2 resolved\n").arg(flag.frameworkId, flag.criterionId);
    }
    if (!comparison.changes.empty())
        out += QStringLiteral("\nchanged cells (sector framework criterion: old -> new)\n");
    for (const CellChange &change : comparison.changes) {
        QString renamed;
        if (change.oldCriterionId != change.criterionId)
            renamed = QStringLiteral(" (was %1)").arg(change.oldCriterionId);
        QString confidence;
        if (change.before.confidence != change.after.confidence)
            confidence = QStringLiteral("  confidence %1 -> %2")
                             .arg(confidenceName(change.before.confidence), confidenceName(change.after.confidence));
        out += QStringLiteral("%1 %2 %3%4: %5 -> %6%7\n")
                   .arg(change.sectorId, change.frameworkId, change.criterionId, renamed, change.before.text(),
                        change.after.text(), confidence);
    }
    for (const CriterionSetChange &change : comparison.criteria) {
        out += QStringLiteral("%1 criterion %2/%3").arg(criterionSetKindName(change.kind), change.frameworkId,
                                                        change.criterionId);
        if (change.kind == CriterionSetChange::Kind::Renamed)
            out += QStringLiteral(" (was %1)").arg(change.oldCriterionId);
        out += QLatin1Char('\n');
    }
    for (const QString &id : comparison.sectorsAdded)
        out += QStringLiteral("added sector %1\n").arg(id);
    for (const QString &id : comparison.sectorsRemoved)
        out += QStringLiteral("removed sector %1\n").arg(id);
    for (const QString &id : comparison.frameworksAdded)
        out += QStringLiteral("added framework %1\n").arg(id);
    for (const QString &id : comparison.frameworksRemoved)
        out += QStringLiteral("removed framework %1\n").arg(id);
    if (comparison.isEqual())
        out += QStringLiteral("no differences\n");
    return out;
}

} // namespace dpi
