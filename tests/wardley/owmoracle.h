#pragma once

#include "wardleymap.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>

// Runs the reference OWM engine (shared/tools/owm-oracle) and compares its
// model with ours.
namespace owmtest {

// Why the oracle cannot run here; empty when it can.
QString oracleUnavailableReason();

// What the reference engine makes of each text: one JSON object per input
// ({"map": ...} or {"exception": ...}), in the order given. All texts go to
// one oracle process; results are cached under the build folder by content
// hash, so repeated runs cost nothing. Empty on failure (see `error`).
std::vector<QJsonObject> runOracle(const QStringList &texts, QString *error);

// The parts of a map both engines describe, as sorted lists of canonical
// item strings per section ("components", "links", ...).
using Sections = std::map<QString, QStringList>;
Sections sectionsOf(const dpi::WardleyMap &map);
Sections sectionsOf(const QJsonObject &oracleMap);

// "-section: item" (oracle only) and "+section: item" (ours only) lines.
QStringList differences(const Sections &ours, const Sections &oracle);

} // namespace owmtest
