#pragma once

#include "project.h"
#include "roundcomparison.h"

#include <QSet>
#include <QString>
#include <QVariantMap>

#include <map>

namespace dpi {

// The report's "Progress since the last round" (`progress`, documented in
// docs/report-templates.md): the comparison of `before` (the previous round)
// with `after` (this project), made by compareRounds(), turned into text in
// `language`. Key changes are the cells whose level moved; improved and
// declined dimensions those whose percentage moved by at least 0.05 pp; the
// maps those present in both rounds under the same id.
QVariantMap progressContext(const Project &before, const Project &after, const RoundComparison &comparison,
                            const QString &language, const std::map<QString, QString> &labels);

// Object name of the map `mapId` drawn with its changes since the previous
// round ("mapdiff:ID"), used as <img src="NAME"> in templates.
QString mapDiffObjectName(const QString &mapId);

// The keys of `progress` and of its lists' items, known to the template check even when
// the lists are empty (see templateVariableNames()).
QSet<QString> progressItemVariableNames();

} // namespace dpi
