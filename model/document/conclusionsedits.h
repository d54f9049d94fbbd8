#pragma once

#include "findings.h"

#include <QString>

#include <vector>

namespace dpi {

class Document;

/**
 * The verbs of the conclusions: key findings, strengths, the action plan and
 * the project context. Widgets call these and never build undo commands.
 *
 * `sectorId` names a sector, or the whole assessment when empty; items are
 * addressed by their index in their list. Each verb pushes exactly one undo
 * entry, or nothing (returning false) when the edit would change nothing or
 * names a sector or item that does not exist. Text is set per language;
 * setting a language's text to empty removes that language, and consecutive
 * text edits of the same field merge into one undo entry.
 */
namespace findingsedit {

enum class List { Findings, Strengths };

/** Inserts at `index` (-1: append). */
bool add(Document &document, const QString &sectorId, List list, const Finding &item, int index = -1);
bool remove(Document &document, const QString &sectorId, List list, int index);
bool setText(Document &document, const QString &sectorId, List list, int index, const QString &language,
             const QString &text);
bool setLinks(Document &document, const QString &sectorId, List list, int index,
              const std::vector<CriterionLink> &links);
/** Moves the item at `from` so that it ends up at `to`. */
bool move(Document &document, const QString &sectorId, List list, int from, int to);

} // namespace findingsedit

namespace actionedit {

bool add(Document &document, const QString &sectorId, const ActionItem &item, int index = -1);
bool remove(Document &document, const QString &sectorId, int index);
bool setText(Document &document, const QString &sectorId, int index, const QString &language, const QString &text);
bool setPriority(Document &document, const QString &sectorId, int index, ActionPriority priority);
bool setOwner(Document &document, const QString &sectorId, int index, const QString &language, const QString &owner);
bool setHorizon(Document &document, const QString &sectorId, int index, ActionHorizon horizon);
bool setLinks(Document &document, const QString &sectorId, int index, const std::vector<CriterionLink> &links);
bool setCost(Document &document, const QString &sectorId, int index, const QString &language, const QString &cost);
bool move(Document &document, const QString &sectorId, int from, int to);

/**
 * Turns every score's one-line recommendation into an action of its sector
 * (upgradeRecommendations(), model/core/recommendationupgrade.h) as one undo
 * step. Returns the number of actions created; 0 pushes nothing.
 */
int upgradeRecommendations(Document &document);

} // namespace actionedit

namespace contextedit {

bool setText(Document &document, const QString &language, const QString &text);
/** Replaces the list of sources; sources without a URL are refused. Consecutive calls merge. */
bool setSources(Document &document, const std::vector<ContextSource> &sources);

} // namespace contextedit

} // namespace dpi
