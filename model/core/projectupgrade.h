#pragma once

#include "frameworkdiff.h"
#include "project.h"

#include <QString>

#include <optional>
#include <vector>

namespace dpi {

// Moving an assessment to a newer version of one of its frameworks.
// Scores are carried over by criterion id; renamed criteria are followed
// through the new version's `replaces:` lists; scores that cannot be carried
// (criterion removed, level gone from the scale) move to the project's
// archive. Nothing is deleted. The plan is computed first so the user can
// read the summary before applying it (the app applies it as one undo step).
struct UpgradePlan
{
    QString frameworkId;
    QString fromVersion;
    QString toVersion;
    FrameworkDiff diff;
    int carried = 0;                       // scores kept under the same id
    std::vector<std::pair<QString, QString>> followed; // sector/old id -> new id, one per moved score
    std::vector<ArchivedScore> archived;   // scores moved to the archive
    int newUnscored = 0;                   // sector x criterion cells that now need a score
    Project result;                        // the project after the upgrade

    QString summary() const;
};

struct UpgradeOutcome
{
    std::optional<UpgradePlan> plan;
    QString error;                         // set when no plan could be made
};

// `now` stamps archived scores (ISO 8601); tests pass a fixed value.
UpgradeOutcome planFrameworkUpgrade(const Project &project, const Framework &newer, const QString &now);

} // namespace dpi
