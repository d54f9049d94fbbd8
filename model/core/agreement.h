#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dpi {

/**
 * A statistic that may not exist for the data at hand (one analyst, one value
 * only, nothing rated twice...). Undefined is a state with a reason, never a
 * NaN, so that no file or report ever prints "nan".
 */
struct AgreementValue
{
    std::optional<double> value;
    QString undefinedReason;         // set exactly when value is empty

    static AgreementValue of(double value);
    static AgreementValue undefined(const QString &reason);
    bool isDefined() const { return value.has_value(); }
};

/**
 * Reliability data in Krippendorff's sense: one row per unit (an item that
 * analysts rated), one column per analyst; an empty value is missing (not
 * rated, not applicable, unverified).
 */
struct ReliabilityUnit
{
    std::vector<std::optional<double>> values;  // one per analyst
    // The distance between two adjacent levels of this unit's scale, for
    // "agreement within one level" (1 for raw levels, 25 for a 0-4 scale in percent).
    double oneLevel = 1.0;
};

struct ReliabilityData
{
    int analysts = 0;
    std::vector<ReliabilityUnit> units;

    // Units with at least two values: only these carry information on agreement.
    int pairableUnits() const;
    // The values in pairable units.
    int pairableValues() const;
};

enum class AlphaMetric { Nominal, Ordinal, Interval };

/**
 * Krippendorff's alpha from the coincidence matrix (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"). Units with fewer than two
 * values drop out. Undefined with fewer than two analysts, fewer than two
 * pairable units, or when every pairable value is the same (no variation:
 * expected disagreement is zero).
 */
AgreementValue krippendorffAlpha(const ReliabilityData &data, AlphaMetric metric);

struct BootstrapOptions
{
    int draws = 1000;
    std::uint64_t seed = 17;         // fixed: the same data give the same interval on every machine
    double level = 0.95;
};

struct AlphaInterval
{
    std::optional<double> lower;
    std::optional<double> upper;
    QString undefinedReason;         // set when there is no interval
    int validDraws = 0;              // resamples in which alpha was defined
    bool isDefined() const { return lower.has_value() && upper.has_value(); }
};

/**
 * Percentile bootstrap interval for alpha: pairable units are drawn with
 * replacement (as many as there are), alpha is computed for each of
 * `draws` resamples (std::mt19937_64 with `seed`; indices by rejection
 * sampling, so the draws do not depend on the standard library), and the
 * interval is the (1-level)/2 and (1+level)/2 quantiles of the resampled
 * alphas (linear interpolation between order statistics). Resamples in
 * which alpha is undefined are left out; with fewer than half of them
 * defined, the interval is undefined.
 */
AlphaInterval bootstrapAlpha(const ReliabilityData &data, AlphaMetric metric, const BootstrapOptions &options = {});
/** The same for several metrics at once, from the same resamples (one interval per metric, in order). */
std::vector<AlphaInterval> bootstrapAlphas(const ReliabilityData &data, const std::vector<AlphaMetric> &metrics,
                                           const BootstrapOptions &options = {});

enum class KappaWeights { Unweighted, Linear, Quadratic };

/**
 * Cohen's kappa between analysts `first` and `second` over the units both
 * rated. Weighted kappas weigh a disagreement by the distance of the two
 * values (linear) or its square (quadratic), so a 0-4 scale gives the same
 * result as scikit-learn's cohen_kappa_score with labels=[0, 1, 2, 3, 4].
 * Undefined when the data do not have exactly two analysts, when no unit
 * was rated by both, or when chance agreement is already perfect.
 */
AgreementValue cohenKappa(const ReliabilityData &data, KappaWeights weights);

struct PairwiseAgreement
{
    AgreementValue exactPercent;     // 0-100: pairs of values that are equal
    AgreementValue withinOnePercent; // 0-100: pairs at most one level apart
    int pairs = 0;                   // pairs of values from different analysts on the same unit
};

/**
 * Percent agreement over all pairs of values given to the same unit by two
 * different analysts, pooled over units (with two analysts: the share of
 * items both rated on which they agree).
 */
PairwiseAgreement pairwiseAgreement(const ReliabilityData &data);

} // namespace dpi
