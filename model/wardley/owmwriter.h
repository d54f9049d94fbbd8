#pragma once

#include "wardleymap.h"

#include <QString>

namespace dpi {

// Writes a map as OnlineWardleyMaps text that both parseOwm() and the
// reference engine read back into the same map (within the limits listed in
// docs/wardley-maps.md). Framework-criteria links are not part of the OWM
// format and are not written; the project's YAML form keeps them.
QString writeOwm(const WardleyMap &map);

} // namespace dpi
