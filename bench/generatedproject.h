#pragma once

#include "project.h"

namespace dpibench {

// A framework of `dimensions` x `criteriaPerDimension` criteria with bilingual
// texts, rubrics and one critical criterion per dimension.
dpi::Framework generatedFramework(int dimensions, int criteriaPerDimension);

// A project scored on `framework` in every one of `sectors` sectors, in memory:
// what the app holds once the framework is loaded and the analysts' scores are in.
dpi::Project generatedProject(const dpi::Framework &framework, int sectors);

} // namespace dpibench
