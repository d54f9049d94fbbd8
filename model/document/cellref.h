#pragma once

#include <QFlags>
#include <QString>

namespace dpi {

/** Addresses one sector x criterion judgement by stable ids, never by index. */
struct CellRef
{
    QString sectorId;
    QString frameworkId;
    QString criterionId;

    bool isValid() const { return !sectorId.isEmpty() && !frameworkId.isEmpty() && !criterionId.isEmpty(); }
    bool operator==(const CellRef &o) const
    {
        return sectorId == o.sectorId && frameworkId == o.frameworkId && criterionId == o.criterionId;
    }
    bool operator!=(const CellRef &o) const { return !(*this == o); }
};

/** Which parts of a Score an edit touched, so views refresh only what changed. */
enum class ScoreField {
    Level = 0x01,          // level, N/A or unverified
    Confidence = 0x02,
    Evidence = 0x04,
    Notes = 0x08,
    Recommendation = 0x10,
    Stamp = 0x20,          // analyst and scored-at
    ToVerify = 0x40,       // what would settle an unverified score
    All = 0x7f,
};
Q_DECLARE_FLAGS(ScoreFields, ScoreField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ScoreFields)

} // namespace dpi
