#include "scorepalette.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <vector>

using namespace dpi;

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double encoded(double channel)
{
    channel = std::clamp(channel, 0.0, 1.0);
    return channel <= 0.0031308 ? 12.92 * channel : 1.055 * std::pow(channel, 1 / 2.4) - 0.055;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB.
const Matrix kDeuteranopia = {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Matrix kProtanopia = {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
const Matrix kTritanopia = {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

QColor simulate(const QColor &c, const Matrix &m)
{
    const double rgb[3] = {linear(c.redF()), linear(c.greenF()), linear(c.blueF())};
    double out[3];
    for (int i = 0; i < 3; ++i)
        out[i] = encoded(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]);
    return QColor::fromRgbF(float(out[0]), float(out[1]), float(out[2]));
}

std::array<double, 3> lab(const QColor &c)
{
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// CIE76 colour difference.
double deltaE(const QColor &a, const QColor &b)
{
    const auto la = lab(a);
    const auto lb = lab(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

std::vector<QColor> stopColours()
{
    std::vector<QColor> colours;
    for (const scorepalette::Stop &stop : scorepalette::stops())
        colours.push_back(stop.colour);
    return colours;
}

} // namespace

TEST(ScorePalette, StopsSpanTheScaleAndTheRampHitsThem)
{
    const auto &stops = scorepalette::stops();
    EXPECT_EQ(stops.front().percent, 0.0);
    EXPECT_EQ(stops.back().percent, 100.0);
    for (const scorepalette::Stop &stop : stops)
        EXPECT_EQ(scorepalette::forPercent(stop.percent), stop.colour) << stop.percent;
    EXPECT_EQ(scorepalette::forPercent(-5), stops.front().colour);
    EXPECT_EQ(scorepalette::forPercent(140), stops.back().colour);
    EXPECT_EQ(scorepalette::forScore(std::nullopt), scorepalette::unscored());
    // Between the stops too, a colour survives the report's "#rrggbb" unchanged.
    for (const double percent : {100.0 / 3, 62.5, 87.1})
        EXPECT_EQ(QColor::fromString(scorepalette::forPercent(percent).name()), scorepalette::forPercent(percent)) << percent;

    CriterionResult result;
    EXPECT_EQ(scorepalette::forResult(result), scorepalette::unscored());
    result.level = 3;
    result.percent = 75.0;
    EXPECT_EQ(scorepalette::forResult(result), stops[3].colour);
    result = CriterionResult();
    result.notApplicable = true;
    EXPECT_EQ(scorepalette::forResult(result), scorepalette::notApplicable());
}

// WCAG AA for normal text (4.5:1) on every score, N/A and unscored colour.
TEST(ScorePalette, TextIsReadableOnEveryColour)
{
    for (int percent = 0; percent <= 100; ++percent)
        EXPECT_GE(contrast(scorepalette::text(), scorepalette::forPercent(percent)), 4.5) << percent << " %";
    EXPECT_GE(contrast(scorepalette::text(), scorepalette::notApplicable()), 4.5);
    EXPECT_GE(contrast(scorepalette::text(), scorepalette::unscored()), 4.5);
    EXPECT_GE(contrast(scorepalette::redFlag(), Qt::white), 4.5);
}

// Every pair of stops stays apart for readers with each kind of dichromacy,
// not only the neighbours: red and green ends, for example, would not.
TEST(ScorePalette, StopsStayApartForColourBlindReaders)
{
    const std::vector<QColor> colours = stopColours();
    for (const Matrix *m : {&kDeuteranopia, &kProtanopia, &kTritanopia}) {
        for (std::size_t i = 0; i < colours.size(); ++i) {
            for (std::size_t j = i + 1; j < colours.size(); ++j)
                EXPECT_GE(deltaE(simulate(colours[i], *m), simulate(colours[j], *m)), 15.0) << i << " vs " << j;
        }
    }
}

// N/A and unscored are neither a score nor each other, nor "confidence not set"
// (they sit side by side in the coverage chart).
TEST(ScorePalette, NotApplicableAndUnscoredStandApart)
{
    const QColor na = scorepalette::notApplicable();
    const QColor unscored = scorepalette::unscored();
    // Between the yellow and the light blue stop the ramp passes its greyest (about 69 %).
    for (int percent = 0; percent <= 100; ++percent) {
        EXPECT_GE(deltaE(na, scorepalette::forPercent(percent)), 10.0) << percent;
        EXPECT_GE(deltaE(unscored, scorepalette::forPercent(percent)), 10.0) << percent;
    }
    EXPECT_GE(deltaE(na, unscored), 12.0);
    EXPECT_GE(deltaE(na, scorepalette::confidence(Confidence::Unset)), 12.0);
    EXPECT_GE(deltaE(unscored, QColor(Qt::white)), 3.0) << "an unscored map component must not look unlinked (white)";
    const std::array<Confidence, 4> confidences = {Confidence::High, Confidence::Medium, Confidence::Low, Confidence::Unset};
    for (std::size_t i = 0; i < confidences.size(); ++i) {
        for (std::size_t j = i + 1; j < confidences.size(); ++j)
            EXPECT_GE(deltaE(scorepalette::confidence(confidences[i]), scorepalette::confidence(confidences[j])), 12.0);
    }
}

// Unverified is none of a score, N/A, unscored or the disagreement notch,
// the "?" on it is readable, and a criterion result that is unverified gets it.
TEST(ScorePalette, UnverifiedStandsApart)
{
    const QColor unverified = scorepalette::unverified();
    for (int percent = 0; percent <= 100; ++percent)
        EXPECT_GE(deltaE(unverified, scorepalette::forPercent(percent)), 10.0) << percent;
    EXPECT_GE(deltaE(unverified, scorepalette::notApplicable()), 10.0);
    EXPECT_GE(deltaE(unverified, scorepalette::unscored()), 10.0);
    EXPECT_GE(deltaE(unverified, scorepalette::disagreement()), 20.0) << "the violet notch must show on an unverified cell";
    for (const Confidence confidence : {Confidence::High, Confidence::Medium, Confidence::Low, Confidence::Unset})
        EXPECT_GE(deltaE(unverified, scorepalette::confidence(confidence)), 12.0) << int(confidence);
    EXPECT_GE(contrast(scorepalette::unverifiedMark(), unverified), 4.5);
    EXPECT_GE(contrast(scorepalette::text(), unverified), 4.5);

    CriterionResult result;
    result.unverified = true;
    EXPECT_EQ(scorepalette::forResult(result), unverified);
}

// A gate framework's result takes the colours its gates have in the grid.
TEST(ScorePalette, GateStatusUsesTheEndsOfTheRamp)
{
    EXPECT_EQ(scorepalette::gateStatus(GateResult::Status::Meets), scorepalette::forPercent(100));
    EXPECT_EQ(scorepalette::gateStatus(GateResult::Status::DoesNotMeet), scorepalette::forPercent(0));
    EXPECT_EQ(scorepalette::gateStatus(GateResult::Status::Undetermined), scorepalette::unscored());
}
