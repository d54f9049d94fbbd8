#pragma once

#include "project.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dpi {

// How much of the evidence behind scored levels is of each confidence.
struct ConfidenceMix
{
    int high = 0;
    int medium = 0;
    int low = 0;
    int unset = 0;
    int total() const { return high + medium + low + unset; }
    void add(Confidence confidence);
    void add(const ConfidenceMix &other);
};

// Counts behind a result: what was scored, what was N/A, what was looked
// for and not found (unverified), what is missing. The four are disjoint:
// total = scored + notApplicable + unverified + unscored().
struct Coverage
{
    int total = 0;          // criteria in scope
    int scored = 0;         // with a level
    int notApplicable = 0;  // marked N/A
    int unverified = 0;     // marked unverified: applicable, without a level
    int applicable() const { return total - notApplicable; }
    int unscored() const { return total - scored - notApplicable - unverified; }
    // Share of applicable criteria that have a level, 0-100; 100 when nothing is applicable.
    double percent() const;
    void add(const Coverage &other);
};

struct RedFlag
{
    QString frameworkId;
    QString dimensionId;
    QString criterionId;
    int level = 0;
    int threshold = 0;
};

struct CriterionResult
{
    QString criterionId;
    std::optional<int> level;
    bool notApplicable = false;
    bool unverified = false;         // no level: looked for, not found
    std::optional<double> percent;   // level normalised to 0-100 % of the scale
    double weight = 1.0;
    Confidence confidence = Confidence::Unset;
    bool redFlag = false;
};

struct DimensionResult
{
    QString dimensionId;
    std::optional<double> percent;   // empty when nothing in it is scored
    std::optional<double> uncappedPercent;
    bool capped = false;             // a critical criterion capped the score
    double weight = 1.0;
    Coverage coverage;
    ConfidenceMix confidence;
    std::vector<CriterionResult> criteria;
};

struct FrameworkResult
{
    QString frameworkId;
    std::optional<double> percent;
    double weight = 1.0;
    Coverage coverage;
    ConfidenceMix confidence;
    std::vector<DimensionResult> dimensions;
    std::vector<RedFlag> redFlags;

    const DimensionResult *dimension(const QString &dimensionId) const;
};

struct SectorResult
{
    QString sectorId;
    std::optional<double> overall;   // overall readiness, 0-100 %
    Coverage coverage;
    ConfidenceMix confidence;
    std::vector<FrameworkResult> frameworks;
    std::vector<RedFlag> redFlags;

    const FrameworkResult *framework(const QString &frameworkId) const;
};

struct ProjectResult
{
    std::vector<SectorResult> sectors;
    const SectorResult *sector(const QString &sectorId) const;
};

// The one scoring function (DESIGN §4). Every number shown anywhere - grid,
// dashboard, report, CLI - comes from here, so they can never disagree.
ProjectResult scoreProject(const Project &project);

// Normalises a level to 0-100 % of the scale.
std::optional<double> levelPercent(const Scale &scale, int level);

} // namespace dpi
