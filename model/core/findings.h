#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dpi {

// What the analysts conclude, beside the scores: key findings, strengths and
// the action plan, once per sector and once for the whole assessment
// (issue 14). Scores say where a sector stands; these say what it means and
// who should do what next, which is what a policymaker reads first.

// A criterion an item refers to. Written as "framework/criterion" in files
// (ids cannot contain '/', so the form is unambiguous).
struct CriterionLink
{
    QString frameworkId;
    QString criterionId;

    QString toString() const { return frameworkId + QLatin1Char('/') + criterionId; }
    // Empty when `text` is not "id/id".
    static std::optional<CriterionLink> parse(const QString &text);
    bool operator==(const CriterionLink &o) const { return frameworkId == o.frameworkId && criterionId == o.criterionId; }
    bool operator!=(const CriterionLink &o) const { return !(*this == o); }
};

// A key finding or a strength: one statement, optionally backed by criteria.
struct Finding
{
    LocalizedText text;
    std::vector<CriterionLink> links;
    bool operator==(const Finding &o) const { return text == o.text && links == o.links; }
};

// Declared in order of urgency: sorting by the enum value puts high first.
enum class ActionPriority { High, Medium, Low };

// A fixed set rather than free text, so that the report can group and sort
// actions by when they are due and translate the label; a precise date or
// condition belongs in the action's text. Unset sorts last.
enum class ActionHorizon { Unset, Short, Medium, Long };

// One record of the action plan (what used to be a score's one-line recommendation).
struct ActionItem
{
    LocalizedText text;
    ActionPriority priority = ActionPriority::Medium;
    LocalizedText owner;                 // the institution that should act
    ActionHorizon horizon = ActionHorizon::Unset;
    std::vector<CriterionLink> links;
    LocalizedText cost;                  // optional note on cost or resources
    bool operator==(const ActionItem &o) const
    {
        return text == o.text && priority == o.priority && owner == o.owner && horizon == o.horizon
            && links == o.links && cost == o.cost;
    }
};

// The conclusions of one sector, or of the whole assessment.
struct Conclusions
{
    std::vector<Finding> findings;
    std::vector<Finding> strengths;
    std::vector<ActionItem> actions;

    bool isEmpty() const { return findings.empty() && strengths.empty() && actions.empty(); }
    bool operator==(const Conclusions &o) const { return findings == o.findings && strengths == o.strengths && actions == o.actions; }
    bool operator!=(const Conclusions &o) const { return !(*this == o); }
};

// A source of the project's context text (national strategy, the operator's site).
struct ContextSource
{
    QString title;
    QString url;
    bool operator==(const ContextSource &o) const { return title == o.title && url == o.url; }
};

// The country context the report opens with: the analysts' own text and where it comes from.
struct ProjectContext
{
    LocalizedText text;
    std::vector<ContextSource> sources;

    bool isEmpty() const { return text.isEmpty() && sources.empty(); }
    bool operator==(const ProjectContext &o) const { return text == o.text && sources == o.sources; }
    bool operator!=(const ProjectContext &o) const { return !(*this == o); }
};

QString actionPriorityName(ActionPriority priority);
std::optional<ActionPriority> actionPriorityFromName(const QString &name);
// "within-6-months", "6-18-months", "later"; empty for Unset.
QString actionHorizonName(ActionHorizon horizon);
std::optional<ActionHorizon> actionHorizonFromName(const QString &name);
const QStringList &actionPriorityNames();
const QStringList &actionHorizonNames();

// Actions ordered high → low priority, then by horizon (sooner first, unset
// last), keeping the analysts' order otherwise. Returns indexes into `actions`.
std::vector<int> actionsByPriority(const std::vector<ActionItem> &actions);

} // namespace dpi
