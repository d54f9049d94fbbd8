#pragma once

#include "agreement.h"
#include "project.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dpi {

/** Agreement among the analysts on one group of items (all, a sector, a framework, a dimension). */
struct AgreementSummary
{
    int items = 0;                   // items rated (with a level) by at least two analysts
    int analysts = 0;                // analysts who gave a level to at least one item of the group
    int values = 0;                  // levels given to those items
    AgreementValue alphaNominal;
    AgreementValue alphaOrdinal;
    AgreementValue alphaInterval;
    AlphaInterval alphaOrdinalInterval;  // bootstrap 95 %
    AlphaInterval alphaIntervalInterval;
    AgreementValue percentAgreement;     // 0-100, pairs of equal levels
    AgreementValue percentWithinOne;     // 0-100, pairs at most one level apart
    bool hasKappa = false;               // the team has exactly two analysts
    AgreementValue kappa;
    AgreementValue kappaLinear;
    AgreementValue kappaQuadratic;
};

struct AgreementGroup
{
    QString sectorId;                // set for a sector
    QString frameworkId;             // set for a framework and its dimensions
    QString dimensionId;             // set for a dimension
    AgreementSummary summary;
};

struct TeamAgreement
{
    QStringList analysts;            // every analyst with a rating, as projectAnalysts()
    BootstrapOptions bootstrap;
    AgreementSummary overall;
    std::vector<AgreementGroup> sectors;
    std::vector<AgreementGroup> frameworks;
    std::vector<AgreementGroup> dimensions;   // across sectors, per framework and dimension

    const AgreementGroup *sector(const QString &sectorId) const;
    const AgreementGroup *framework(const QString &frameworkId) const;
    const AgreementGroup *dimension(const QString &frameworkId, const QString &dimensionId) const;
};

/**
 * The one place that decides what the agreement statistics see: an item is
 * a sector x criterion with analysts' ratings; each analyst's level, as a
 * percentage of the framework's scale (the scoring rule), is a value; N/A,
 * unverified and unrated are missing. App, report and `dpiw agree` all call
 * this, so they cannot disagree. docs/scoring.md describes it.
 */
TeamAgreement computeTeamAgreement(const Project &project, const BootstrapOptions &bootstrap = {});

/** The items of one framework (all sectors, or one) as reliability data: for tests and benchmarks. */
ReliabilityData teamReliabilityData(const Project &project, const QString &sectorId, const QString &frameworkId,
                                    const QString &dimensionId = QString());

} // namespace dpi
