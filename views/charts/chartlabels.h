#pragma once

#include <QString>

namespace dpi {

// The fixed words on charts. A report may be printed in Russian while the
// application runs in Kyrgyz, so these follow the chart's language (the
// report's, or the dashboard's content language), never the installed
// translator: Russian and Kyrgyz are built in, every other language is English.
struct ChartLabels
{
    QString overall;
    QString readinessAxis;
    QString sectorComparison;
    QString coverageAndConfidence;
    QString criteriaAxis;
    QString confidenceHigh;
    QString confidenceMedium;
    QString confidenceLow;
    QString confidenceUnset;
    QString notApplicable;
    QString unscored;
    QString unverified;
    QString notScoredSuffix;      // appended to a category with no result
    QString roundComparison;      // the before/after chart of two rounds
    QString previousRound;
    QString thisRound;

    static ChartLabels forLanguage(const QString &language);
};

} // namespace dpi
