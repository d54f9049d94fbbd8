#include "scoring.h"

#include <gtest/gtest.h>

namespace {

dpi::Scale zeroToFour()
{
    dpi::Scale scale;
    for (int v = 0; v <= 4; ++v)
        scale.levels.push_back({v, dpi::LocalizedText(QString::number(v)), {}});
    return scale;
}

dpi::Criterion criterion(const char *id, double weight, std::optional<dpi::CriticalRule> critical = {})
{
    dpi::Criterion c;
    c.id = QString::fromLatin1(id);
    c.weight = weight;
    c.critical = critical;
    return c;
}

// Mirrors tests/data/valid/mini.dpi.yaml so the expectations below can be
// checked by hand against the file.
dpi::Project miniProject()
{
    dpi::Framework framework;
    framework.id = QStringLiteral("mini");
    framework.version = QStringLiteral("1.0.0");
    framework.scale = zeroToFour();
    dpi::Dimension exchange;
    exchange.id = QStringLiteral("exchange");
    exchange.weight = 2;
    exchange.criteria.push_back(criterion("exchange.membership", 2, dpi::CriticalRule{1, 50.0}));
    exchange.criteria.push_back(criterion("exchange.logs", 1));
    dpi::Dimension capacity;
    capacity.id = QStringLiteral("capacity");
    capacity.weight = 1;
    capacity.criteria.push_back(criterion("capacity.staff", 1));
    framework.dimensions = {exchange, capacity};

    dpi::Project project;
    project.frameworks.push_back({framework.id, framework.version, 1.0, framework});
    return project;
}

dpi::Score level(int value, dpi::Confidence confidence = dpi::Confidence::Unset)
{
    dpi::Score score;
    score.level = value;
    score.confidence = confidence;
    return score;
}

dpi::Score notApplicable()
{
    dpi::Score score;
    score.notApplicable = true;
    return score;
}

} // namespace

TEST(Scoring, LevelPercentNormalisesToScale)
{
    const dpi::Scale scale = zeroToFour();
    EXPECT_DOUBLE_EQ(*dpi::levelPercent(scale, 0), 0.0);
    EXPECT_DOUBLE_EQ(*dpi::levelPercent(scale, 3), 75.0);
    EXPECT_FALSE(dpi::levelPercent(scale, 5).has_value());
}

TEST(Scoring, PassFailScaleGivesZeroOrHundred)
{
    dpi::Scale scale;
    scale.levels = {{0, dpi::LocalizedText(QStringLiteral("fail")), {}},
                    {1, dpi::LocalizedText(QStringLiteral("pass")), {}}};
    EXPECT_DOUBLE_EQ(*dpi::levelPercent(scale, 0), 0.0);
    EXPECT_DOUBLE_EQ(*dpi::levelPercent(scale, 1), 100.0);
}

TEST(Scoring, WeightedMeansBottomUpWithNotApplicableExcluded)
{
    dpi::Project project = miniProject();
    dpi::Sector education;
    education.id = QStringLiteral("education");
    auto &scores = education.scores[QStringLiteral("mini")];
    scores[QStringLiteral("exchange.membership")] = level(2, dpi::Confidence::Medium);
    scores[QStringLiteral("exchange.logs")] = level(3, dpi::Confidence::High);
    scores[QStringLiteral("capacity.staff")] = notApplicable();
    project.sectors.push_back(education);

    const dpi::ProjectResult result = dpi::scoreProject(project);
    const dpi::SectorResult &sector = result.sectors.at(0);
    const dpi::FrameworkResult &framework = sector.frameworks.at(0);
    // exchange: (2 x 50 + 1 x 75) / 3 = 58.333...
    EXPECT_NEAR(*framework.dimension(QStringLiteral("exchange"))->percent, 175.0 / 3.0, 1e-9);
    // capacity has only N/A: no score, and it is not counted as zero.
    EXPECT_FALSE(framework.dimension(QStringLiteral("capacity"))->percent.has_value());
    EXPECT_NEAR(*framework.percent, 175.0 / 3.0, 1e-9);
    EXPECT_NEAR(*sector.overall, 175.0 / 3.0, 1e-9);
    EXPECT_EQ(sector.coverage.total, 3);
    EXPECT_EQ(sector.coverage.notApplicable, 1);
    EXPECT_EQ(sector.coverage.scored, 2);
    EXPECT_DOUBLE_EQ(sector.coverage.percent(), 100.0);
    EXPECT_EQ(sector.confidence.medium, 1);
    EXPECT_EQ(sector.confidence.high, 1);
    EXPECT_TRUE(sector.redFlags.empty());
}

TEST(Scoring, CriticalCriterionBelowThresholdFlagsAndCaps)
{
    dpi::Project project = miniProject();
    dpi::Sector health;
    health.id = QStringLiteral("healthcare");
    auto &scores = health.scores[QStringLiteral("mini")];
    scores[QStringLiteral("exchange.membership")] = level(0, dpi::Confidence::Low);
    scores[QStringLiteral("exchange.logs")] = level(4);
    scores[QStringLiteral("capacity.staff")] = level(2, dpi::Confidence::Medium);
    project.sectors.push_back(health);

    // Raise the logs weight so the uncapped exchange score exceeds the cap.
    project.frameworks[0].framework.dimensions[0].criteria[1].weight = 6;

    const dpi::ProjectResult result = dpi::scoreProject(project);
    const dpi::SectorResult &sector = result.sectors.at(0);
    const dpi::FrameworkResult &framework = sector.frameworks.at(0);
    const dpi::DimensionResult *exchange = framework.dimension(QStringLiteral("exchange"));
    // uncapped: (2 x 0 + 6 x 100) / 8 = 75, capped to 50
    EXPECT_NEAR(*exchange->uncappedPercent, 75.0, 1e-9);
    EXPECT_NEAR(*exchange->percent, 50.0, 1e-9);
    EXPECT_TRUE(exchange->capped);
    ASSERT_EQ(sector.redFlags.size(), 1u);
    EXPECT_EQ(sector.redFlags[0].criterionId, QStringLiteral("exchange.membership"));
    EXPECT_EQ(sector.redFlags[0].threshold, 1);
    // framework: (2 x 50 + 1 x 50) / 3 = 50
    EXPECT_NEAR(*framework.percent, 50.0, 1e-9);
    EXPECT_EQ(sector.confidence.low, 1);
    EXPECT_EQ(sector.confidence.unset, 1);
}

TEST(Scoring, CapDoesNotRaiseALowerScore)
{
    dpi::Project project = miniProject();
    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    auto &scores = sector.scores[QStringLiteral("mini")];
    scores[QStringLiteral("exchange.membership")] = level(0);
    scores[QStringLiteral("exchange.logs")] = level(1);
    project.sectors.push_back(sector);

    const dpi::ProjectResult result = dpi::scoreProject(project);
    const dpi::DimensionResult *exchange = result.sectors[0].frameworks[0].dimension(QStringLiteral("exchange"));
    // (2 x 0 + 1 x 25) / 3 = 8.33, under the cap of 50
    EXPECT_NEAR(*exchange->percent, 25.0 / 3.0, 1e-9);
    EXPECT_FALSE(exchange->capped);
}

TEST(Scoring, PartialCoverageIsReportedNotGuessed)
{
    dpi::Project project = miniProject();
    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    sector.scores[QStringLiteral("mini")][QStringLiteral("capacity.staff")] = level(4);
    project.sectors.push_back(sector);

    const dpi::ProjectResult scored = dpi::scoreProject(project);
    const dpi::SectorResult &result = scored.sectors[0];
    EXPECT_EQ(result.coverage.scored, 1);
    EXPECT_EQ(result.coverage.unscored(), 2);
    EXPECT_NEAR(result.coverage.percent(), 100.0 / 3.0, 1e-9);
    // Only capacity is scored: the framework score is capacity's, not diluted by zeros.
    EXPECT_NEAR(*result.overall, 100.0, 1e-9);
}

TEST(Scoring, NothingScoredGivesNoNumber)
{
    dpi::Project project = miniProject();
    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    project.sectors.push_back(sector);

    const dpi::ProjectResult scored = dpi::scoreProject(project);
    const dpi::SectorResult &result = scored.sectors[0];
    EXPECT_FALSE(result.overall.has_value());
    EXPECT_DOUBLE_EQ(result.coverage.percent(), 0.0);
}

TEST(Scoring, ZeroWeightsNeverDivideByZero)
{
    dpi::Project project = miniProject();
    for (auto &dimension : project.frameworks[0].framework.dimensions) {
        for (auto &c : dimension.criteria)
            c.weight = 0;
    }
    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    sector.scores[QStringLiteral("mini")][QStringLiteral("exchange.logs")] = level(3);
    project.sectors.push_back(sector);

    const dpi::ProjectResult scored = dpi::scoreProject(project);
    const dpi::SectorResult &result = scored.sectors[0];
    EXPECT_FALSE(result.overall.has_value());
    EXPECT_EQ(result.coverage.scored, 1);
}

TEST(Scoring, OverallIsWeightedAcrossFrameworks)
{
    dpi::Project project = miniProject();
    dpi::ProjectFramework second = project.frameworks[0];
    second.id = QStringLiteral("other");
    second.framework.id = second.id;
    second.weight = 3;
    project.frameworks.push_back(second);

    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    sector.scores[QStringLiteral("mini")][QStringLiteral("capacity.staff")] = level(4);   // 100 %
    sector.scores[QStringLiteral("other")][QStringLiteral("capacity.staff")] = level(0);  // 0 %
    project.sectors.push_back(sector);

    // (1 x 100 + 3 x 0) / 4 = 25
    EXPECT_NEAR(*dpi::scoreProject(project).sectors[0].overall, 25.0, 1e-9);
}

TEST(Scoring, LevelOutsideScaleIsIgnoredNotCounted)
{
    dpi::Project project = miniProject();
    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    sector.scores[QStringLiteral("mini")][QStringLiteral("capacity.staff")] = level(9);
    project.sectors.push_back(sector);

    const dpi::ProjectResult scored = dpi::scoreProject(project);
    const dpi::SectorResult &result = scored.sectors[0];
    EXPECT_FALSE(result.overall.has_value());
    EXPECT_EQ(result.coverage.scored, 0);
}

TEST(Scoring, UnverifiedIsNeitherALevelNorARedFlag)
{
    dpi::Project project = miniProject();
    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    auto &scores = sector.scores[QStringLiteral("mini")];
    // The critical criterion: a level 0 here would flag the sector and cap the dimension.
    dpi::Score unverified;
    unverified.unverified = true;
    unverified.toVerify = QStringLiteral("Member catalogue extract");
    unverified.confidence = dpi::Confidence::Low;
    scores[QStringLiteral("exchange.membership")] = unverified;
    scores[QStringLiteral("exchange.logs")] = level(3, dpi::Confidence::High);
    project.sectors.push_back(sector);

    const dpi::ProjectResult result = dpi::scoreProject(project);
    const dpi::SectorResult &s = result.sectors[0];
    EXPECT_TRUE(s.redFlags.empty());
    const dpi::DimensionResult *exchange = s.frameworks[0].dimension(QStringLiteral("exchange"));
    // Only the logs are behind the exchange score: 75 %, not (2 x 0 + 75) / 3.
    EXPECT_NEAR(*exchange->percent, 75.0, 1e-9);
    EXPECT_FALSE(exchange->capped);
    EXPECT_TRUE(exchange->criteria[0].unverified);
    EXPECT_FALSE(exchange->criteria[0].level.has_value());
    EXPECT_FALSE(exchange->criteria[0].redFlag);
    // Coverage: 1 scored, 1 unverified, 1 unscored; only the scored one is in the confidence mix.
    EXPECT_EQ(s.coverage.total, 3);
    EXPECT_EQ(s.coverage.scored, 1);
    EXPECT_EQ(s.coverage.unverified, 1);
    EXPECT_EQ(s.coverage.unscored(), 1);
    EXPECT_NEAR(s.coverage.percent(), 100.0 / 3.0, 1e-9);
    EXPECT_EQ(s.confidence.total(), 1);
    EXPECT_EQ(s.confidence.low, 0);
}

namespace {

// The mini project plus a three-gate checklist (0 fails, 1 passes).
dpi::Project projectWithGates()
{
    dpi::Project project = miniProject();
    dpi::Framework gates;
    gates.id = QStringLiteral("dpg");
    gates.version = QStringLiteral("1.0.0");
    gates.kind = dpi::FrameworkKind::Gates;
    gates.scale.levels = {{0, dpi::LocalizedText(QStringLiteral("fails")), {}},
                          {1, dpi::LocalizedText(QStringLiteral("passes")), {}}};
    dpi::Dimension open;
    open.id = QStringLiteral("open");
    open.weight = 6;
    open.criteria = {criterion("dpg.licence", 1, dpi::CriticalRule{1, 10.0}), criterion("dpg.docs", 1)};
    dpi::Dimension safe;
    safe.id = QStringLiteral("safe");
    safe.criteria = {criterion("dpg.privacy", 1)};
    gates.dimensions = {open, safe};
    project.frameworks.push_back({gates.id, gates.version, 1.0, gates});

    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    auto &mini = sector.scores[QStringLiteral("mini")];
    mini[QStringLiteral("exchange.membership")] = level(2, dpi::Confidence::High);
    mini[QStringLiteral("exchange.logs")] = level(3, dpi::Confidence::High);
    mini[QStringLiteral("capacity.staff")] = level(1, dpi::Confidence::Low);
    auto &dpg = sector.scores[QStringLiteral("dpg")];
    dpg[QStringLiteral("dpg.licence")] = level(1, dpi::Confidence::Low);
    dpg[QStringLiteral("dpg.docs")] = level(1, dpi::Confidence::Low);
    dpi::Score unverified;
    unverified.unverified = true;
    dpg[QStringLiteral("dpg.privacy")] = unverified;
    project.sectors.push_back(sector);
    return project;
}

} // namespace

TEST(Scoring, GatesAreCountedNeverAveraged)
{
    const dpi::Project project = projectWithGates();
    const dpi::ProjectResult result = dpi::scoreProject(project);
    const dpi::SectorResult &sector = result.sectors[0];
    const dpi::FrameworkResult *gates = sector.framework(QStringLiteral("dpg"));
    ASSERT_NE(gates, nullptr);
    EXPECT_TRUE(gates->gates);
    EXPECT_FALSE(gates->percent.has_value());
    for (const dpi::DimensionResult &dimension : gates->dimensions)
        EXPECT_FALSE(dimension.percent.has_value());
    EXPECT_EQ(gates->gate.passed, 2);
    EXPECT_EQ(gates->gate.failed, 0);
    EXPECT_EQ(gates->gate.unverified, 1);
    EXPECT_EQ(gates->gate.total(), 3);
    EXPECT_FALSE(gates->gate.meets());
    EXPECT_EQ(gates->gate.status(), dpi::GateResult::Status::Undetermined);

    // Overall readiness is the graded framework alone: (2 x 58.33 + 1 x 25) / 3.
    const dpi::FrameworkResult *mini = sector.framework(QStringLiteral("mini"));
    EXPECT_NEAR(*sector.overall, *mini->percent, 1e-9);
    // Coverage and confidence beside it are those of the graded criteria only.
    EXPECT_EQ(sector.coverage.total, 3);
    EXPECT_EQ(sector.confidence.low, 1);
    EXPECT_EQ(sector.confidence.high, 2);
}

TEST(Scoring, AGateTurningFromPassToFailChangesTheCountNotReadiness)
{
    dpi::Project project = projectWithGates();
    const dpi::ProjectResult before = dpi::scoreProject(project);
    project.sectors[0].scores[QStringLiteral("dpg")][QStringLiteral("dpg.licence")] = level(0);
    const dpi::ProjectResult after = dpi::scoreProject(project);

    const dpi::GateResult &was = before.sectors[0].framework(QStringLiteral("dpg"))->gate;
    const dpi::GateResult &now = after.sectors[0].framework(QStringLiteral("dpg"))->gate;
    EXPECT_EQ(was.passed, 2);
    EXPECT_EQ(now.passed, 1);
    EXPECT_EQ(was.failed, 0);
    EXPECT_EQ(now.failed, 1);
    EXPECT_EQ(now.status(), dpi::GateResult::Status::DoesNotMeet);
    EXPECT_EQ(*after.sectors[0].overall, *before.sectors[0].overall);
    // The failed gate is critical: a red flag, but its cap has nothing to cap.
    ASSERT_EQ(after.sectors[0].redFlags.size(), 1u);
    EXPECT_EQ(after.sectors[0].redFlags[0].criterionId, QStringLiteral("dpg.licence"));

    // Every gate passed: the standard is met.
    project.sectors[0].scores[QStringLiteral("dpg")][QStringLiteral("dpg.licence")] = level(1);
    project.sectors[0].scores[QStringLiteral("dpg")][QStringLiteral("dpg.privacy")] = level(1);
    const dpi::GateResult met = dpi::scoreProject(project).sectors[0].framework(QStringLiteral("dpg"))->gate;
    EXPECT_TRUE(met.meets());
    EXPECT_EQ(met.status(), dpi::GateResult::Status::Meets);
}
