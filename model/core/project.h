#pragma once

#include "findings.h"
#include "framework.h"
#include "localizedtext.h"
#include "wardleymap.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace dpi {

inline const QString kProjectSchema = QStringLiteral("dpi-workbench/project/1");

enum class Confidence { Unset, Low, Medium, High };

struct EvidenceItem
{
    QString text;
    QString url;
    QString date; // ISO 8601 date (yyyy-mm-dd), may be empty
    bool operator==(const EvidenceItem &o) const { return text == o.text && url == o.url && date == o.date; }
};

// One sector x criterion judgement. Unscored criteria simply have no Score.
// A judgement is one of: a level, not applicable, or unverified (looked for
// and not found in the sources available). Unverified is not a level: it is
// left out of every mean like an unscored criterion and raises no red flag.
//
// In a team assessment the fields above `ratings` are the agreed result
// (what is scored and reported) and `ratings` holds each analyst's own
// judgement of the same cell, with the same fields; a rating's `analyst` is
// always set and its own ratings are always empty.
struct Score
{
    std::optional<int> level;        // empty when not applicable or unverified
    bool notApplicable = false;
    bool unverified = false;
    QString toVerify;                // what would settle an unverified score
    Confidence confidence = Confidence::Unset;
    std::vector<EvidenceItem> evidence;
    QString notes;                   // for N/A: the reason
    QString recommendation;
    QString analyst;
    QString scoredAt;                // ISO 8601 date-time
    QString reconciledBy;            // who set the agreed level where ratings differed
    QString reconciledAt;            // ISO 8601 date-time
    std::vector<Score> ratings;      // one per analyst, in the order they were merged

    // A level or N/A: what coverage counts as scored.
    bool isScored() const { return notApplicable || level.has_value(); }
    bool isUnverified() const { return unverified && !isScored(); }
    // Any of the three judgements (what "Clear level" removes).
    bool hasJudgement() const { return isScored() || unverified; }
    bool operator==(const Score &o) const;
};

// criterion id -> score, for one framework
using CriterionScores = std::map<QString, Score>;

struct Sector
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    std::map<QString, CriterionScores> scores; // framework id -> criterion id -> score
    Conclusions conclusions;         // the sector's findings, strengths and actions

    const Score *score(const QString &frameworkId, const QString &criterionId) const;
    bool operator==(const Sector &o) const { return id == o.id && title == o.title && description == o.description && scores == o.scores && conclusions == o.conclusions; }
};

// A framework the project uses: pinned by id@version, with the embedded copy
// that makes the project open identically years later.
struct ProjectFramework
{
    QString id;
    QString version;
    double weight = 1.0;             // weight in the sector's overall readiness
    Framework framework;
    bool operator==(const ProjectFramework &o) const { return id == o.id && version == o.version && weight == o.weight && framework == o.framework; }
};

struct ReportSettings
{
    QString templateName = QStringLiteral("default");
    QString language = QStringLiteral("en");
    QString pageSize = QStringLiteral("A4");
    bool showScoresOnMaps = false;
    QString mapSector;               // sector whose scores colour the maps
    bool operator==(const ReportSettings &o) const { return templateName == o.templateName && language == o.language && pageSize == o.pageSize && showScoresOnMaps == o.showScoresOnMaps && mapSector == o.mapSector; }
};

struct ProjectMetadata
{
    LocalizedText title;
    QString country;                 // ISO 3166-1 alpha-2, e.g. KG
    QString period;                  // free text, e.g. "2024" or "2024-03/2024-06"
    QString cutoff;                  // YYYY-MM-DD: facts after it are not used as evidence
    QStringList team;
    QString status = QStringLiteral("draft"); // draft | in-review | final
    bool illustrative = false;       // scores are illustrative, not official findings
    LocalizedText notice;            // shown on the report cover
    QString previousRound;           // the earlier round's *.dpi.yaml, relative to this file ("" = none)
    bool operator==(const ProjectMetadata &o) const { return title == o.title && country == o.country && period == o.period && cutoff == o.cutoff && team == o.team && status == o.status && illustrative == o.illustrative && notice == o.notice && previousRound == o.previousRound; }
};

// The score of a criterion that a framework upgrade removed (or whose level
// the new scale no longer has): kept in the project, never deleted.
struct ArchivedScore
{
    QString sectorId;
    QString frameworkId;
    QString frameworkVersion;        // the version the score was given under
    QString criterionId;
    QString reason;
    QString archivedAt;              // ISO 8601 date-time
    Score score;
    bool operator==(const ArchivedScore &o) const
    {
        return sectorId == o.sectorId && frameworkId == o.frameworkId && frameworkVersion == o.frameworkVersion
            && criterionId == o.criterionId && reason == o.reason && archivedAt == o.archivedAt && score == o.score;
    }
};

struct Project
{
    ProjectMetadata metadata;
    std::vector<ProjectFramework> frameworks;
    std::vector<Sector> sectors;
    std::vector<WardleyMap> maps;
    ReportSettings report;
    std::vector<ArchivedScore> archive;
    ProjectContext context;          // the country context the report opens with
    Conclusions conclusions;         // findings, strengths and actions of the whole assessment

    const ProjectFramework *findFramework(const QString &frameworkId) const;
    const Sector *findSector(const QString &sectorId) const;
    bool operator==(const Project &o) const;
};

QString confidenceName(Confidence confidence);
std::optional<Confidence> confidenceFromName(const QString &name);

} // namespace dpi
