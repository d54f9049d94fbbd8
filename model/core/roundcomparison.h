#pragma once

#include "project.h"
#include "scoring.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace dpi {

// What one cell held in one round, reduced to what a comparison looks at.
// Unverified (looked for, not found) is its own kind: a level that becomes
// unverified is a question reopened, never a drop to the lowest level.
struct CellState
{
    enum class Kind { Unscored, Level, NotApplicable, Unverified };

    Kind kind = Kind::Unscored;
    int level = 0;                   // Kind::Level only
    Confidence confidence = Confidence::Unset;

    static CellState of(const Score *score);
    QString text() const;            // "2", "n/a", "unverified", "unscored"
    bool operator==(const CellState &o) const
    {
        return kind == o.kind && level == o.level && confidence == o.confidence;
    }
    bool operator!=(const CellState &o) const { return !(*this == o); }
};

// A (sector, framework, criterion) cell whose state differs between rounds.
struct CellChange
{
    QString sectorId;
    QString frameworkId;
    QString criterionId;             // id in the newer round
    QString oldCriterionId;          // differs when the framework renamed it (`replaces:`)
    CellState before;
    CellState after;

    bool levelChanged() const;       // kind or level differs, not only confidence

    // Which way the cell moved: Up or Down only between two levels; a change
    // to or from N/A, unverified or unscored, or of confidence alone, is Other
    // (a level that becomes unverified is a question reopened, not a drop).
    enum class Trend { Up, Down, Other };
    Trend trend() const;
};

// A criterion that exists in one round's framework version only.
struct CriterionSetChange
{
    enum class Kind { Added, Removed, Renamed };
    Kind kind = Kind::Added;
    QString frameworkId;
    QString criterionId;             // new id (removed: the old one)
    QString oldCriterionId;          // renamed only
};

// A percentage in both rounds; the delta is in percentage points.
struct PercentChange
{
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> deltaPp() const;
};

struct DimensionChange
{
    QString dimensionId;
    PercentChange percent;
};

struct FrameworkChangeSummary
{
    QString frameworkId;
    QString oldVersion;
    QString newVersion;
    PercentChange percent;           // empty on both sides for a gate framework
    std::vector<DimensionChange> dimensions;
    // A gate framework in the later round: its checklist in each round
    // (gates are counted, never averaged, so they have no percent to compare).
    bool gates = false;
    GateResult gatesBefore;
    GateResult gatesAfter;
};

struct SectorChange
{
    QString sectorId;
    PercentChange overall;
    // Criteria behind overall readiness marked unverified in each round:
    // counted apart, as they are left out of the percentages above.
    int unverifiedBefore = 0;
    int unverifiedAfter = 0;
    std::vector<FrameworkChangeSummary> frameworks;
    std::vector<RedFlag> redFlagsRaised;
    std::vector<RedFlag> redFlagsResolved;
};

struct RoundComparison
{
    std::vector<CellChange> changes;             // sorted by sector, framework, criterion
    std::vector<SectorChange> sectors;           // sectors present in both rounds
    std::vector<CriterionSetChange> criteria;    // framework version differences
    QStringList sectorsAdded;
    QStringList sectorsRemoved;
    QStringList frameworksAdded;
    QStringList frameworksRemoved;

    // True when the rounds hold the same scores and structure.
    bool isEqual() const;
    const SectorChange *sector(const QString &sectorId) const;
};

// Compares an earlier round with a later one. Criteria renamed between the two
// framework versions are followed through the later version's `replaces:` lists,
// so a rename is not a removal plus an addition. Every percentage comes from
// scoreProject().
RoundComparison compareRounds(const Project &before, const Project &after);
// The same comparison with both rounds already scored by scoreProject() (the
// app's ProjectResults): nothing is scored twice.
RoundComparison compareRounds(const Project &before, const ProjectResult &beforeResult, const Project &after,
                              const ProjectResult &afterResult);

QByteArray comparisonAsJson(const RoundComparison &comparison);
QString comparisonAsTable(const RoundComparison &comparison);

} // namespace dpi
