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

// The checklist of a gate framework for one sector. Each applicable gate
// (not N/A) is passed (the scale's higher level), failed (the lower level),
// unverified, or not scored yet. Gates are counted, never averaged.
struct GateResult
{
    enum class Status { Meets, DoesNotMeet, Undetermined };

    int passed = 0;
    int failed = 0;
    int unverified = 0;
    int unscored = 0;
    int notApplicable = 0;
    // Applicable gates.
    int total() const { return passed + failed + unverified + unscored; }
    // Met only when every applicable gate passed.
    bool meets() const { return total() > 0 && passed == total(); }
    // One failed gate decides "does not meet"; otherwise it stays open while
    // any gate is unverified or unscored (or none applies).
    Status status() const;
    void add(const GateResult &other);
};

QString gateStatusName(GateResult::Status status); // meets, does-not-meet, undetermined

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
    std::optional<bool> gatePassed;  // gate frameworks, with a level: passed or failed
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
    GateResult gate;                 // gate frameworks: this dimension's gates
    double weight = 1.0;
    Coverage coverage;
    ConfidenceMix confidence;
    std::vector<CriterionResult> criteria;
};

struct FrameworkResult
{
    QString frameworkId;
    bool gates = false;              // a gate framework: see `gate`; no percent anywhere
    GateResult gate;
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
    // Overall readiness, 0-100 %, and the coverage and confidence of the
    // criteria behind it: graded frameworks only (gates are never averaged).
    std::optional<double> overall;
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
