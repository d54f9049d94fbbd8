#include "projectupgrade.h"

#include "semver.h"

#include <map>

namespace dpi {

namespace {

ArchivedScore archive(const QString &sectorId, const ProjectFramework &entry, const QString &criterionId,
                      const Score &score, const QString &reason, const QString &now)
{
    ArchivedScore archived;
    archived.sectorId = sectorId;
    archived.frameworkId = entry.id;
    archived.frameworkVersion = entry.version;
    archived.criterionId = criterionId;
    archived.reason = reason;
    archived.archivedAt = now;
    archived.score = score;
    return archived;
}

} // namespace

UpgradeOutcome planFrameworkUpgrade(const Project &project, const Framework &newer, const QString &now)
{
    UpgradeOutcome outcome;
    const ProjectFramework *current = project.findFramework(newer.id);
    if (!current) {
        outcome.error = QStringLiteral("the project does not use framework '%1'").arg(newer.id);
        return outcome;
    }
    const auto oldVersion = SemVer::parse(current->version);
    const auto newVersion = SemVer::parse(newer.version);
    if (!oldVersion || !newVersion) {
        outcome.error = QStringLiteral("cannot compare versions '%1' and '%2'").arg(current->version, newer.version);
        return outcome;
    }
    if (newVersion->compare(*oldVersion) <= 0) {
        outcome.error = QStringLiteral("%1@%2 is not newer than the project's %3")
                            .arg(newer.id, newer.version, current->version);
        return outcome;
    }

    UpgradePlan plan;
    plan.frameworkId = newer.id;
    plan.fromVersion = current->version;
    plan.toVersion = newer.version;
    plan.diff = diffFrameworks(current->framework, newer);
    plan.result = project;

    std::map<QString, QString> renamedTo;
    for (const auto &rename : renamedCriteria(current->framework, newer))
        renamedTo[rename.first] = rename.second;

    for (Sector &sector : plan.result.sectors) {
        const auto found = sector.scores.find(newer.id);
        if (found == sector.scores.end())
            continue;
        CriterionScores upgraded;
        for (const auto &[criterionId, score] : found->second) {
            QString target = criterionId;
            if (!newer.findCriterion(criterionId)) {
                const auto rename = renamedTo.find(criterionId);
                if (rename == renamedTo.end()) {
                    plan.archived.push_back(archive(sector.id, *current, criterionId, score,
                                                    QStringLiteral("criterion removed in %1").arg(newer.version), now));
                    continue;
                }
                target = rename->second;
            }
            if (score.level && !newer.scale.contains(*score.level)) {
                plan.archived.push_back(archive(sector.id, *current, criterionId, score,
                                                QStringLiteral("level %1 is not on the scale of %2").arg(*score.level).arg(newer.version), now));
                continue;
            }
            if (score.notApplicable && !newer.scale.allowNotApplicable) {
                plan.archived.push_back(archive(sector.id, *current, criterionId, score,
                                                QStringLiteral("%1 does not allow N/A").arg(newer.version), now));
                continue;
            }
            if (upgraded.count(target)) {
                // Two old criteria merged into one: keep the first, archive the other.
                plan.archived.push_back(archive(sector.id, *current, criterionId, score,
                                                QStringLiteral("merged into %1, which already has a score").arg(target), now));
                continue;
            }
            if (target == criterionId)
                ++plan.carried;
            else
                plan.followed.emplace_back(sector.id + QLatin1Char('/') + criterionId, target);
            upgraded[target] = score;
        }
        found->second = upgraded;
    }

    for (const Sector &sector : plan.result.sectors) {
        for (const auto &dimension : newer.dimensions) {
            for (const auto &criterion : dimension.criteria) {
                const Score *score = sector.score(newer.id, criterion.id);
                if (!score || !score->isScored())
                    ++plan.newUnscored;
            }
        }
    }

    for (ProjectFramework &entry : plan.result.frameworks) {
        if (entry.id == newer.id) {
            entry.version = newer.version;
            entry.framework = newer;
        }
    }
    plan.result.archive.insert(plan.result.archive.end(), plan.archived.begin(), plan.archived.end());
    outcome.plan = std::move(plan);
    return outcome;
}

QString UpgradePlan::summary() const
{
    QString text = QStringLiteral("Upgrade %1 from %2 to %3\n").arg(frameworkId, fromVersion, toVersion);
    text += QStringLiteral("  criteria added: %1, removed: %2, renamed: %3, moved: %4\n")
                .arg(diff.count(FrameworkChange::Kind::Added, QStringLiteral("criterion")))
                .arg(diff.count(FrameworkChange::Kind::Removed, QStringLiteral("criterion")))
                .arg(diff.count(FrameworkChange::Kind::Renamed, QStringLiteral("criterion")))
                .arg(diff.count(FrameworkChange::Kind::Moved, QStringLiteral("criterion")));
    text += QStringLiteral("  scores carried over: %1\n").arg(carried);
    text += QStringLiteral("  scores following a renamed criterion: %1\n").arg(followed.size());
    for (const auto &move : followed)
        text += QStringLiteral("    %1 -> %2\n").arg(move.first, move.second);
    text += QStringLiteral("  scores moved to the archive: %1\n").arg(archived.size());
    for (const ArchivedScore &item : archived)
        text += QStringLiteral("    %1/%2: %3\n").arg(item.sectorId, item.criterionId, item.reason);
    text += QStringLiteral("  cells left to score: %1\n").arg(newUnscored);
    return text;
}

} // namespace dpi
