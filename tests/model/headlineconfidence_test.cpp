#include "headlineconfidence.h"
#include "projectreader.h"
#include "scoring.h"
#include "testpaths.h"

#include <gtest/gtest.h>

namespace {

dpi::ConfidenceMix mix(int high, int medium, int low, int unset)
{
    dpi::ConfidenceMix m;
    m.high = high;
    m.medium = medium;
    m.low = low;
    m.unset = unset;
    return m;
}

} // namespace

// The label is the median confidence of the scores behind a figure; a score
// without a confidence counts as low.
TEST(HeadlineConfidence, IsTheMedianWithUnsetCountedAsLow)
{
    using dpi::HeadlineConfidence;
    EXPECT_EQ(dpi::headlineConfidence(mix(0, 0, 0, 0)), HeadlineConfidence::None);
    EXPECT_EQ(dpi::headlineConfidence(mix(2, 1, 1, 0)), HeadlineConfidence::High);
    EXPECT_EQ(dpi::headlineConfidence(mix(1, 1, 1, 1)), HeadlineConfidence::Medium);
    EXPECT_EQ(dpi::headlineConfidence(mix(1, 0, 0, 2)), HeadlineConfidence::Low);
    EXPECT_EQ(dpi::headlineConfidence(mix(3, 1, 0, 5)), HeadlineConfidence::Low);
    // 87 % low, as in the sample that prompted issue 14.
    EXPECT_EQ(dpi::headlineConfidence(mix(5, 8, 87, 0)), HeadlineConfidence::Low);
    EXPECT_EQ(dpi::headlineConfidenceName(HeadlineConfidence::Medium), QStringLiteral("medium"));
    EXPECT_EQ(dpi::headlineConfidenceName(HeadlineConfidence::None), QStringLiteral("none"));
}

// Unverified and N/A criteria are not behind the figure, so they do not pull the label.
TEST(HeadlineConfidence, ReadsTheMixBehindOverallReadiness)
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/gates.dpi.yaml")));
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    const dpi::ProjectResult result = dpi::scoreProject(*read.project);
    // education: high, medium, low on mini-interop; the gates (high, unverified) are not behind overall readiness.
    const dpi::SectorResult *education = result.sector(QStringLiteral("education"));
    ASSERT_NE(education, nullptr);
    EXPECT_EQ(education->confidence.total(), 3);
    EXPECT_EQ(dpi::headlineConfidence(education->confidence), dpi::HeadlineConfidence::Medium);
    // healthcare: two scores without a confidence.
    EXPECT_EQ(dpi::headlineConfidence(result.sector(QStringLiteral("healthcare"))->confidence), dpi::HeadlineConfidence::Low);
}
