#pragma once

#include "findings.h"

#include <QString>

#include <utility>
#include <vector>

namespace dpi {

struct Project;

// The translated words for priorities and horizons shown in the app (the
// report takes its own from the template's labels).
QString priorityText(ActionPriority priority);
QString horizonText(ActionHorizon horizon);
std::vector<std::pair<QString, int>> priorityChoices();
std::vector<std::pair<QString, int>> horizonChoices();

// The linked criteria as their titles in `language`, separated by "; ".
QString linkedCriteriaText(const std::vector<CriterionLink> &links, const Project &project,
                           const QString &language);

} // namespace dpi
