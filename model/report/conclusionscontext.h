#pragma once

#include "project.h"
#include "reportsources.h"

#include <QSet>
#include <QString>
#include <QVariantMap>

#include <map>

namespace dpi {

// The part of the report context that holds the analysts' conclusions
// (findings, strengths, the action plan) and the project's context text
// (documented in docs/report-templates.md). buildReportContext() calls these.

// At most this many actions of a sector go in the report's body
// (`body_actions`); the rest (`more_actions`) belong in an annex.
constexpr int kBodyActionCount = 10;

// findings, strengths, actions (high priority first), body_actions,
// more_actions and their has_/count keys, for one sector or the whole
// assessment. Items without text in any language are left out.
QVariantMap conclusionsContext(const Conclusions &conclusions, const Project &project, const QString &language,
                               const std::map<QString, QString> &labels, const QString &sectorTitle);

// The texts of the actions linked to one criterion, separated by " ", in
// priority order: what the report shows as the criterion's recommendation
// when its score has none (after the recommendations became actions).
QString linkedActionsText(const Conclusions &conclusions, const QString &frameworkId, const QString &criterionId,
                          const QString &language);

// `context`: text, paragraphs, sources. With `sources`, each context source
// carries its number and `[n]` in the report's numbered source list.
QVariantMap projectContextContext(const ProjectContext &context, const QString &language,
                                  const ReportSourceIndex *sources = nullptr);

// The keys of a finding, an action, a linked criterion and a context source.
// A project without conclusions has empty lists, so a template check reading
// only its context would not know them; templateVariableNames() adds these.
QSet<QString> conclusionsItemVariableNames();

} // namespace dpi
