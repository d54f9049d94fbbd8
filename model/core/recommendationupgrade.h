#pragma once

#include "project.h"

#include <QString>

namespace dpi {

// Turning the old one-line recommendations of scores into action plan
// records (issue 14). Each non-empty `recommendation` of an agreed score
// becomes an action of its sector, linked to that criterion, with priority
// medium, no owner and no horizon (the analysts set those; guessing them
// would put words in their mouth). The score's recommendation is then
// cleared, so that the text lives in one place and running the upgrade
// twice adds nothing. Analysts' own ratings keep their recommendations:
// they are a record of what each analyst wrote, not the team's plan.
//
// The text becomes LocalizedText in the project's report language (a plain
// string, as the reader treats any plain text, when that language is English).
struct RecommendationUpgrade
{
    int converted = 0;                   // actions created
    Project result;                      // the project after the upgrade

    QString summary() const;
};

// Actions follow the framework's criterion order within each sector and are
// appended after the sector's existing actions.
RecommendationUpgrade upgradeRecommendations(const Project &project);

} // namespace dpi
