#include "progresscontext.h"

#include "mapcomparison.h"

#include <QVariantList>

#include <algorithm>
#include <cmath>

namespace dpi {

namespace {

// A dimension that moved less than this is neither improved nor declined
// (percentages are printed with one decimal).
constexpr double kMinimumMovePp = 0.05;

QString signedPp(double delta)
{
    // Rounded first, so that -0.04 never prints as "-0.0".
    const double rounded = std::round(delta * 10) / 10;
    const QString number = QString::number(std::abs(rounded), 'f', 1);
    if (rounded > 0)
        return QLatin1Char('+') + number;
    if (rounded < 0)
        return QChar(0x2212) + number; // minus sign, not a hyphen
    return number;
}

QString percentText(const std::optional<double> &percent)
{
    return percent ? QString::number(*percent, 'f', 1) : QStringLiteral("\u2014");
}

QString positionText(double value)
{
    return QString::number(value, 'f', 2);
}

class ProgressBuilder
{
public:
    ProgressBuilder(const Project &before, const Project &after, const RoundComparison &comparison,
                    const QString &language, const std::map<QString, QString> &labels)
        : m_before(before), m_after(after), m_comparison(comparison), m_lang(language), m_labels(labels)
    {
    }

    QVariantMap build() const
    {
        QVariantMap progress;
        progress[QStringLiteral("previous_title")] = m_before.metadata.title.text(m_lang);
        progress[QStringLiteral("previous_period")] = m_before.metadata.period;
        progress[QStringLiteral("period")] = m_after.metadata.period;
        progress[QStringLiteral("has_periods")] =
            !m_before.metadata.period.isEmpty() && !m_after.metadata.period.isEmpty();

        const QVariantList sectors = sectorList();
        progress[QStringLiteral("sectors")] = sectors;
        const QVariantList changes = keyChanges();
        progress[QStringLiteral("key_changes")] = changes;
        progress[QStringLiteral("has_key_changes")] = !changes.isEmpty();
        progress[QStringLiteral("key_change_count")] = QString::number(changes.size());

        QVariantList improved;
        QVariantList declined;
        dimensionMoves(improved, declined);
        progress[QStringLiteral("improved")] = improved;
        progress[QStringLiteral("has_improved")] = !improved.isEmpty();
        progress[QStringLiteral("declined")] = declined;
        progress[QStringLiteral("has_declined")] = !declined.isEmpty();

        QVariantList resolved;
        QVariantList raised;
        QVariantList gates;
        for (const SectorChange &sector : m_comparison.sectors) {
            for (const RedFlag &flag : sector.redFlagsResolved)
                resolved << flagItem(sector.sectorId, flag, m_before);
            for (const RedFlag &flag : sector.redFlagsRaised)
                raised << flagItem(sector.sectorId, flag, m_after);
            for (const FrameworkChangeSummary &framework : sector.frameworks) {
                if (framework.gates && gateText(framework.gatesBefore) != gateText(framework.gatesAfter))
                    gates << gateItem(sector.sectorId, framework);
            }
        }
        progress[QStringLiteral("resolved_flags")] = resolved;
        progress[QStringLiteral("has_resolved_flags")] = !resolved.isEmpty();
        progress[QStringLiteral("new_flags")] = raised;
        progress[QStringLiteral("has_new_flags")] = !raised.isEmpty();
        progress[QStringLiteral("gates")] = gates;
        progress[QStringLiteral("has_gates")] = !gates.isEmpty();

        const QVariantList maps = mapList();
        progress[QStringLiteral("maps")] = maps;
        progress[QStringLiteral("has_maps")] = !maps.isEmpty();
        return progress;
    }

private:
    QString label(const QString &key, const QString &fallback) const
    {
        const auto found = m_labels.find(key);
        return found == m_labels.end() || found->second.isEmpty() ? fallback : found->second;
    }

    QString sectorTitle(const QString &sectorId) const
    {
        const Sector *sector = m_after.findSector(sectorId);
        return sector ? sector->title.text(m_lang) : sectorId;
    }

    QString frameworkTitle(const QString &frameworkId) const
    {
        const ProjectFramework *framework = m_after.findFramework(frameworkId);
        return framework ? framework->framework.title.text(m_lang) : frameworkId;
    }

    QString cellText(const CellState &state) const
    {
        switch (state.kind) {
        case CellState::Kind::Level: return QString::number(state.level);
        case CellState::Kind::NotApplicable: return label(QStringLiteral("not_applicable"), QStringLiteral("N/A"));
        case CellState::Kind::Unverified: return label(QStringLiteral("unverified"), QStringLiteral("unverified"));
        case CellState::Kind::Unscored: break;
        }
        return label(QStringLiteral("not_scored"), QStringLiteral("not scored"));
    }

    QVariantMap percentItem(const PercentChange &change) const
    {
        const std::optional<double> delta = change.deltaPp();
        return {{QStringLiteral("before"), percentText(change.before)},
                {QStringLiteral("after"), percentText(change.after)},
                {QStringLiteral("delta"), delta ? signedPp(*delta) : QStringLiteral("\u2014")},
                {QStringLiteral("improved"), delta && *delta >= kMinimumMovePp},
                {QStringLiteral("declined"), delta && *delta <= -kMinimumMovePp}};
    }

    QVariantList sectorList() const
    {
        QVariantList list;
        for (const SectorChange &sector : m_comparison.sectors) {
            QVariantMap item = percentItem(sector.overall);
            item[QStringLiteral("id")] = sector.sectorId;
            item[QStringLiteral("title")] = sectorTitle(sector.sectorId);
            QVariantList frameworks;
            for (const FrameworkChangeSummary &framework : sector.frameworks) {
                if (framework.gates)
                    continue;
                QVariantMap entry = percentItem(framework.percent);
                entry[QStringLiteral("id")] = framework.frameworkId;
                entry[QStringLiteral("title")] = frameworkTitle(framework.frameworkId);
                frameworks << entry;
            }
            item[QStringLiteral("frameworks")] = frameworks;
            list << item;
        }
        return list;
    }

    QVariantList keyChanges() const
    {
        QVariantList list;
        for (const CellChange &change : m_comparison.changes) {
            if (!change.levelChanged())
                continue;
            const ProjectFramework *framework = m_after.findFramework(change.frameworkId);
            const Criterion *criterion = framework ? framework->framework.findCriterion(change.criterionId) : nullptr;
            const CellChange::Trend trend = change.trend();
            list << QVariantMap{{QStringLiteral("sector_title"), sectorTitle(change.sectorId)},
                                {QStringLiteral("framework_title"), frameworkTitle(change.frameworkId)},
                                {QStringLiteral("criterion_id"), change.criterionId},
                                {QStringLiteral("criterion_title"),
                                 criterion ? criterion->title.text(m_lang) : change.criterionId},
                                {QStringLiteral("old"), cellText(change.before)},
                                {QStringLiteral("new"), cellText(change.after)},
                                {QStringLiteral("up"), trend == CellChange::Trend::Up},
                                {QStringLiteral("down"), trend == CellChange::Trend::Down}};
        }
        return list;
    }

    void dimensionMoves(QVariantList &improved, QVariantList &declined) const
    {
        struct Move
        {
            double delta;
            QVariantMap item;
        };
        std::vector<Move> ups;
        std::vector<Move> downs;
        for (const SectorChange &sector : m_comparison.sectors) {
            for (const FrameworkChangeSummary &framework : sector.frameworks) {
                const ProjectFramework *entry = m_after.findFramework(framework.frameworkId);
                for (const DimensionChange &dimension : framework.dimensions) {
                    const std::optional<double> delta = dimension.percent.deltaPp();
                    if (!delta || std::abs(*delta) < kMinimumMovePp)
                        continue;
                    const Dimension *found = entry ? entry->framework.findDimension(dimension.dimensionId) : nullptr;
                    QVariantMap item = percentItem(dimension.percent);
                    item[QStringLiteral("sector_title")] = sectorTitle(sector.sectorId);
                    item[QStringLiteral("framework_title")] = frameworkTitle(framework.frameworkId);
                    item[QStringLiteral("dimension_title")] =
                        found ? found->title.text(m_lang) : dimension.dimensionId;
                    (*delta > 0 ? ups : downs).push_back({*delta, item});
                }
            }
        }
        // Largest movement first.
        std::stable_sort(ups.begin(), ups.end(), [](const Move &a, const Move &b) { return a.delta > b.delta; });
        std::stable_sort(downs.begin(), downs.end(), [](const Move &a, const Move &b) { return a.delta < b.delta; });
        for (const Move &move : ups)
            improved << move.item;
        for (const Move &move : downs)
            declined << move.item;
    }

    QVariantMap flagItem(const QString &sectorId, const RedFlag &flag, const Project &round) const
    {
        const ProjectFramework *framework = round.findFramework(flag.frameworkId);
        const Criterion *criterion = framework ? framework->framework.findCriterion(flag.criterionId) : nullptr;
        return {{QStringLiteral("sector_title"), sectorTitle(sectorId)},
                {QStringLiteral("framework_title"), frameworkTitle(flag.frameworkId)},
                {QStringLiteral("criterion_id"), flag.criterionId},
                {QStringLiteral("criterion_title"), criterion ? criterion->title.text(m_lang) : flag.criterionId},
                {QStringLiteral("level"), QString::number(flag.level)},
                {QStringLiteral("threshold"), QString::number(flag.threshold)}};
    }

    QString gateText(const GateResult &gate) const
    {
        return QStringLiteral("%1 / %2 %3; %4 %5; %6 %7")
            .arg(gate.passed)
            .arg(gate.total())
            .arg(label(QStringLiteral("gate_passed"), QStringLiteral("passed")))
            .arg(gate.failed)
            .arg(label(QStringLiteral("gate_failed"), QStringLiteral("failed")))
            .arg(gate.unverified)
            .arg(label(QStringLiteral("unverified"), QStringLiteral("unverified")));
    }

    QVariantMap gateItem(const QString &sectorId, const FrameworkChangeSummary &framework) const
    {
        return {{QStringLiteral("sector_title"), sectorTitle(sectorId)},
                {QStringLiteral("framework_title"), frameworkTitle(framework.frameworkId)},
                {QStringLiteral("before"), gateText(framework.gatesBefore)},
                {QStringLiteral("after"), gateText(framework.gatesAfter)}};
    }

    QVariantList mapList() const
    {
        QVariantList list;
        for (const WardleyMap &map : m_after.maps) {
            const auto old = std::find_if(m_before.maps.begin(), m_before.maps.end(),
                                          [&](const WardleyMap &candidate) { return candidate.id == map.id; });
            if (old == m_before.maps.end())
                continue;
            const MapComparison changes = compareMaps(*old, map);
            QVariantList moved;
            for (const MapMovement &movement : changes.moved) {
                QStringList parts;
                if (movement.evolutionChanged())
                    parts << QStringLiteral("%1 %2 \u2192 %3")
                                 .arg(label(QStringLiteral("progress_evolution"), QStringLiteral("evolution")),
                                      positionText(movement.before.maturity), positionText(movement.after.maturity));
                if (movement.visibilityChanged())
                    parts << QStringLiteral("%1 %2 \u2192 %3")
                                 .arg(label(QStringLiteral("progress_visibility"), QStringLiteral("visibility")),
                                      positionText(movement.before.visibility),
                                      positionText(movement.after.visibility));
                moved << QVariantMap{{QStringLiteral("name"), movement.name},
                                     {QStringLiteral("old_name"), movement.oldName},
                                     {QStringLiteral("movement"), parts.join(QLatin1String("; "))}};
            }
            QVariantList added;
            for (const QString &name : changes.added)
                added << QVariantMap{{QStringLiteral("name"), name}};
            QVariantList removed;
            for (const MapRemoval &removal : changes.removed)
                removed << QVariantMap{{QStringLiteral("name"), removal.name}};
            list << QVariantMap{{QStringLiteral("id"), map.id},
                                {QStringLiteral("title"), map.title.text(m_lang)},
                                {QStringLiteral("object"), mapDiffObjectName(map.id)},
                                {QStringLiteral("changed"), !changes.isEqual()},
                                {QStringLiteral("moved"), moved},
                                {QStringLiteral("has_moved"), !moved.isEmpty()},
                                {QStringLiteral("added"), added},
                                {QStringLiteral("has_added"), !added.isEmpty()},
                                {QStringLiteral("removed"), removed},
                                {QStringLiteral("has_removed"), !removed.isEmpty()}};
        }
        return list;
    }

    const Project &m_before;
    const Project &m_after;
    const RoundComparison &m_comparison;
    const QString m_lang;
    const std::map<QString, QString> &m_labels;
};

} // namespace

QVariantMap progressContext(const Project &before, const Project &after, const RoundComparison &comparison,
                            const QString &language, const std::map<QString, QString> &labels)
{
    return ProgressBuilder(before, after, comparison, language, labels).build();
}

QString mapDiffObjectName(const QString &mapId)
{
    return QStringLiteral("mapdiff:") + mapId;
}

QSet<QString> progressItemVariableNames()
{
    return {QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("delta"), QStringLiteral("improved"),
            QStringLiteral("declined"), QStringLiteral("sector_title"), QStringLiteral("framework_title"),
            QStringLiteral("dimension_title"), QStringLiteral("criterion_id"), QStringLiteral("criterion_title"),
            QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("up"), QStringLiteral("down"),
            QStringLiteral("level"), QStringLiteral("threshold"), QStringLiteral("name"), QStringLiteral("old_name"),
            QStringLiteral("movement"), QStringLiteral("changed"), QStringLiteral("moved"),
            QStringLiteral("has_moved"), QStringLiteral("added"), QStringLiteral("has_added"),
            QStringLiteral("removed"), QStringLiteral("has_removed"), QStringLiteral("object"),
            QStringLiteral("frameworks"), QStringLiteral("id"), QStringLiteral("title"),
            // The keys of `progress` itself.
            QStringLiteral("progress"), QStringLiteral("previous_title"), QStringLiteral("previous_period"),
            QStringLiteral("period"), QStringLiteral("has_periods"), QStringLiteral("sectors"),
            QStringLiteral("key_changes"), QStringLiteral("has_key_changes"), QStringLiteral("key_change_count"),
            QStringLiteral("has_improved"), QStringLiteral("has_declined"), QStringLiteral("resolved_flags"),
            QStringLiteral("has_resolved_flags"), QStringLiteral("new_flags"), QStringLiteral("has_new_flags"),
            QStringLiteral("gates"), QStringLiteral("has_gates"), QStringLiteral("maps"), QStringLiteral("has_maps")};
}

} // namespace dpi
