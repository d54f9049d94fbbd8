#include "agreement.h"
#include "agreementtestdata.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using dpi::AlphaMetric;
using dpitest::reliabilityFromRows;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": four
// observers, twelve units, missing values. The paper's figures are
// nominal .743, interval .849 (and ratio .797); ordinal .815 is what the
// independent implementations publish for the same matrix.
dpi::ReliabilityData krippendorffExample()
{
    return reliabilityFromRows({
        QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."),
        QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
        QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."),
        QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 ."),
    });
}

double alphaOf(const dpi::ReliabilityData &data, AlphaMetric metric)
{
    const dpi::AgreementValue alpha = dpi::krippendorffAlpha(data, metric);
    EXPECT_TRUE(alpha.isDefined()) << alpha.undefinedReason.toStdString();
    return alpha.value.value_or(-99);
}

TEST(Agreement, KrippendorffsWorkedExampleWithMissingValues)
{
    const dpi::ReliabilityData data = krippendorffExample();
    // Unit 12 has one value only and drops out; the other eleven are pairable.
    EXPECT_EQ(data.pairableUnits(), 11);
    EXPECT_EQ(data.pairableValues(), 40);
    EXPECT_NEAR(alphaOf(data, AlphaMetric::Nominal), 0.743, 0.0005);
    EXPECT_NEAR(alphaOf(data, AlphaMetric::Ordinal), 0.815, 0.0005);
    EXPECT_NEAR(alphaOf(data, AlphaMetric::Interval), 0.849, 0.0005);
}

// The three-coder, fifteen-unit example of the Wikipedia article on alpha,
// whose figures the Python `krippendorff` package tests to six places.
TEST(Agreement, ThreeCoderExampleToSixPlaces)
{
    const dpi::ReliabilityData data = reliabilityFromRows({
        QStringLiteral(". . . . . 3 4 1 2 1 1 3 3 . 3"),
        QStringLiteral("1 . 2 1 3 3 4 3 . . . . . . ."),
        QStringLiteral(". . 2 1 3 4 4 . 2 1 1 3 3 . 4"),
    });
    EXPECT_NEAR(alphaOf(data, AlphaMetric::Nominal), 0.691358, 5e-7);
    EXPECT_NEAR(alphaOf(data, AlphaMetric::Interval), 0.810845, 5e-7);
}

TEST(Agreement, PerfectAgreementIsOne)
{
    const dpi::ReliabilityData data = reliabilityFromRows({
        QStringLiteral("0 1 2 3 4 2"),
        QStringLiteral("0 1 2 3 4 ."),
        QStringLiteral("0 . 2 3 4 2"),
    });
    for (AlphaMetric metric : {AlphaMetric::Nominal, AlphaMetric::Ordinal, AlphaMetric::Interval})
        EXPECT_EQ(alphaOf(data, metric), 1.0);
    for (dpi::KappaWeights weights : {dpi::KappaWeights::Unweighted, dpi::KappaWeights::Linear, dpi::KappaWeights::Quadratic}) {
        const auto twoOnly = reliabilityFromRows({QStringLiteral("0 1 2 3 4"), QStringLiteral("0 1 2 3 4")});
        EXPECT_EQ(dpi::cohenKappa(twoOnly, weights).value, std::optional<double>(1.0));
    }
    const dpi::PairwiseAgreement pairs = dpi::pairwiseAgreement(data);
    EXPECT_EQ(pairs.pairs, 3 + 1 + 3 + 3 + 3 + 1);
    EXPECT_EQ(pairs.exactPercent.value, std::optional<double>(100.0));
}

TEST(Agreement, OneValueOnlyIsUndefinedWithAReason)
{
    const dpi::ReliabilityData data = reliabilityFromRows({QStringLiteral("3 3 3 3"), QStringLiteral("3 3 . 3")});
    for (AlphaMetric metric : {AlphaMetric::Nominal, AlphaMetric::Ordinal, AlphaMetric::Interval}) {
        const dpi::AgreementValue alpha = dpi::krippendorffAlpha(data, metric);
        EXPECT_FALSE(alpha.isDefined());
        EXPECT_TRUE(alpha.undefinedReason.contains(QStringLiteral("same value"))) << alpha.undefinedReason.toStdString();
        const dpi::AlphaInterval interval = dpi::bootstrapAlpha(data, metric);
        EXPECT_FALSE(interval.isDefined());
        EXPECT_EQ(interval.undefinedReason, alpha.undefinedReason);
    }
    EXPECT_FALSE(dpi::cohenKappa(data, dpi::KappaWeights::Unweighted).isDefined());
    // Percent agreement is still meaningful: they agree on every shared item.
    EXPECT_EQ(dpi::pairwiseAgreement(data).exactPercent.value, std::optional<double>(100.0));
}

TEST(Agreement, OneAnalystIsUndefined)
{
    const dpi::ReliabilityData data = reliabilityFromRows({QStringLiteral("0 1 2 3 4")});
    const dpi::AgreementValue alpha = dpi::krippendorffAlpha(data, AlphaMetric::Ordinal);
    EXPECT_FALSE(alpha.isDefined());
    EXPECT_TRUE(alpha.undefinedReason.contains(QStringLiteral("one analyst")));
    EXPECT_FALSE(dpi::cohenKappa(data, dpi::KappaWeights::Linear).isDefined());
    EXPECT_FALSE(dpi::pairwiseAgreement(data).exactPercent.isDefined());
    EXPECT_FALSE(dpi::bootstrapAlpha(data, AlphaMetric::Interval).isDefined());
}

TEST(Agreement, FewerThanTwoPairableItemsIsUndefined)
{
    // Only the second item was rated twice; the rest are single ratings.
    const dpi::ReliabilityData data = reliabilityFromRows({QStringLiteral("1 2 . 4"), QStringLiteral(". 3 2 .")});
    EXPECT_EQ(data.pairableUnits(), 1);
    const dpi::AgreementValue alpha = dpi::krippendorffAlpha(data, AlphaMetric::Interval);
    EXPECT_FALSE(alpha.isDefined());
    EXPECT_TRUE(alpha.undefinedReason.contains(QStringLiteral("fewer than two items")));
    // Kappa still has its one shared item, on which they disagree: each used
    // one value, never the other's, so agreement is exactly at chance.
    EXPECT_EQ(dpi::cohenKappa(data, dpi::KappaWeights::Unweighted).value, std::optional<double>(0.0));
    const dpi::PairwiseAgreement pairs = dpi::pairwiseAgreement(data);
    EXPECT_EQ(pairs.pairs, 1);
    EXPECT_EQ(pairs.exactPercent.value, std::optional<double>(0.0));
    EXPECT_EQ(pairs.withinOnePercent.value, std::optional<double>(100.0));
}

TEST(Agreement, KappaNeedsExactlyTwoAnalysts)
{
    const dpi::AgreementValue kappa = dpi::cohenKappa(krippendorffExample(), dpi::KappaWeights::Unweighted);
    EXPECT_FALSE(kappa.isDefined());
    EXPECT_TRUE(kappa.undefinedReason.contains(QStringLiteral("exactly two analysts")));
}

// A hand-checked 2x2 case: 10 items, both say 0 on 4, both 1 on 3, they
// differ on 3. p_o = 0.7; marginals 0: 6/5, 1: 4/5 -> p_e = (6*5 + 4*5)/100 = 0.5.
TEST(Agreement, KappaByHand)
{
    const dpi::ReliabilityData data = reliabilityFromRows({
        QStringLiteral("0 0 0 0 1 1 1 0 0 1"),
        QStringLiteral("0 0 0 0 1 1 1 1 1 0"),
    });
    EXPECT_NEAR(*dpi::cohenKappa(data, dpi::KappaWeights::Unweighted).value, 0.4, 1e-12);
    // With two categories every weighting is the same.
    EXPECT_NEAR(*dpi::cohenKappa(data, dpi::KappaWeights::Quadratic).value, 0.4, 1e-12);
    EXPECT_NEAR(*dpi::pairwiseAgreement(data).exactPercent.value, 70.0, 1e-12);
}

TEST(Agreement, WithinOneLevelUsesTheUnitsStep)
{
    dpi::ReliabilityData data = reliabilityFromRows({QStringLiteral("0 50 100"), QStringLiteral("25 100 100")});
    for (auto &unit : data.units)
        unit.oneLevel = 25.0; // a 0-4 scale in percent
    const dpi::PairwiseAgreement pairs = dpi::pairwiseAgreement(data);
    EXPECT_NEAR(*pairs.exactPercent.value, 100.0 / 3.0, 1e-12);
    EXPECT_NEAR(*pairs.withinOnePercent.value, 200.0 / 3.0, 1e-12);
}

TEST(Agreement, ScalingLevelsToPercentChangesNoAlphaOrKappa)
{
    std::mt19937 generator(5);
    const dpi::ReliabilityData raw = dpitest::randomRatings(generator, 2, 40, 4, 0.1);
    dpi::ReliabilityData percent = raw;
    for (auto &unit : percent.units) {
        for (auto &value : unit.values) {
            if (value)
                *value *= 25.0;
        }
    }
    for (AlphaMetric metric : {AlphaMetric::Nominal, AlphaMetric::Ordinal, AlphaMetric::Interval})
        EXPECT_NEAR(alphaOf(raw, metric), alphaOf(percent, metric), 1e-12);
    for (dpi::KappaWeights weights : {dpi::KappaWeights::Unweighted, dpi::KappaWeights::Linear, dpi::KappaWeights::Quadratic})
        EXPECT_NEAR(*dpi::cohenKappa(raw, weights).value, *dpi::cohenKappa(percent, weights).value, 1e-12);
}

TEST(Agreement, BootstrapIntervalIsSeededAndHoldsTheEstimate)
{
    const dpi::ReliabilityData data = krippendorffExample();
    const dpi::AlphaInterval first = dpi::bootstrapAlpha(data, AlphaMetric::Interval);
    const dpi::AlphaInterval second = dpi::bootstrapAlpha(data, AlphaMetric::Interval);
    ASSERT_TRUE(first.isDefined()) << first.undefinedReason.toStdString();
    EXPECT_EQ(first.lower, second.lower);
    EXPECT_EQ(first.upper, second.upper);
    EXPECT_LT(*first.lower, 0.849);
    EXPECT_GT(*first.upper, 0.849);
    EXPECT_LE(*first.upper, 1.0);
    EXPECT_GE(first.validDraws, 500);
    EXPECT_LE(first.validDraws, 1000);

    dpi::BootstrapOptions other;
    other.seed = 99;
    const dpi::AlphaInterval reseeded = dpi::bootstrapAlpha(data, AlphaMetric::Interval, other);
    EXPECT_NE(reseeded.lower, first.lower);
}

TEST(Agreement, BootstrapNarrowsWithMoreItems)
{
    std::mt19937 generator(11);
    dpi::ReliabilityData small = dpitest::randomRatings(generator, 3, 20, 4, 0.0);
    dpi::ReliabilityData large = small;
    for (int copy = 0; copy < 15; ++copy)
        large.units.insert(large.units.end(), small.units.begin(), small.units.end());
    const dpi::AlphaInterval narrow = dpi::bootstrapAlpha(large, AlphaMetric::Ordinal);
    const dpi::AlphaInterval wide = dpi::bootstrapAlpha(small, AlphaMetric::Ordinal);
    ASSERT_TRUE(narrow.isDefined() && wide.isDefined());
    EXPECT_LT(*narrow.upper - *narrow.lower, *wide.upper - *wide.lower);
}

} // namespace
