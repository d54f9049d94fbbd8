#pragma once

#include <QString>

namespace dpi {

/** What the filter bar asks the scoring grid to show. */
struct GridFilter
{
    QString text;            // matches criterion id, title and question
    QString frameworkId;     // with dimensionId: show one dimension only
    QString dimensionId;
    bool unscoredOnly = false; // criteria with at least one unscored sector
    bool criticalOnly = false; // critical criteria
    bool disagreementsOnly = false; // criteria where analysts' ratings differ in some sector
    bool changedOnly = false; // criteria changed since the previous round in some sector

    bool isActive() const { return !text.isEmpty() || !dimensionId.isEmpty() || unscoredOnly || criticalOnly || disagreementsOnly || changedOnly; }
    bool operator==(const GridFilter &o) const
    {
        return text == o.text && frameworkId == o.frameworkId && dimensionId == o.dimensionId
            && unscoredOnly == o.unscoredOnly && criticalOnly == o.criticalOnly && disagreementsOnly == o.disagreementsOnly
            && changedOnly == o.changedOnly;
    }
};

} // namespace dpi
