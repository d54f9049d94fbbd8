#include "scoring.h"

#include <algorithm>

namespace dpi {

namespace {

// Accumulates a weighted mean; empty when nothing with positive weight was added.
class WeightedMean
{
public:
    void add(double value, double weight)
    {
        if (weight <= 0)
            return;
        m_sum += value * weight;
        m_weight += weight;
    }
    std::optional<double> value() const
    {
        if (m_weight <= 0)
            return std::nullopt;
        return m_sum / m_weight;
    }

private:
    double m_sum = 0;
    double m_weight = 0;
};

CriterionResult scoreCriterion(const Criterion &criterion, const Scale &scale, const Score *score)
{
    CriterionResult result;
    result.criterionId = criterion.id;
    result.weight = criterion.weight;
    if (!score)
        return result;
    result.notApplicable = score->notApplicable;
    result.unverified = score->isUnverified();
    result.confidence = score->confidence;
    // Unverified has no level, so it never reaches the mean or a red flag.
    if (score->notApplicable || !score->level)
        return result;
    result.level = score->level;
    result.percent = levelPercent(scale, *score->level);
    result.redFlag = criterion.critical && *score->level < criterion.critical->below;
    return result;
}

void countGate(const CriterionResult &criterion, const Scale &scale, GateResult &gate)
{
    if (criterion.notApplicable)
        ++gate.notApplicable;
    else if (criterion.unverified)
        ++gate.unverified;
    else if (!criterion.level)
        ++gate.unscored;
    else if (*criterion.level >= scale.maxLevel())
        ++gate.passed;
    else
        ++gate.failed;
}

DimensionResult scoreDimension(const Dimension &dimension, const Framework &framework,
                               const CriterionScores *scores, std::vector<RedFlag> &redFlags)
{
    DimensionResult result;
    result.dimensionId = dimension.id;
    result.weight = dimension.weight;

    WeightedMean mean;
    std::optional<double> cap;
    for (const auto &criterion : dimension.criteria) {
        const Score *score = nullptr;
        if (scores) {
            const auto found = scores->find(criterion.id);
            if (found != scores->end())
                score = &found->second;
        }
        CriterionResult criterionResult = scoreCriterion(criterion, framework.scale, score);
        if (framework.isGates() && criterionResult.level)
            criterionResult.gatePassed = *criterionResult.level >= framework.scale.maxLevel();

        ++result.coverage.total;
        if (criterionResult.notApplicable) {
            ++result.coverage.notApplicable;
        } else if (criterionResult.unverified) {
            ++result.coverage.unverified;
        } else if (criterionResult.percent) {
            ++result.coverage.scored;
            result.confidence.add(criterionResult.confidence);
            mean.add(*criterionResult.percent, criterion.weight);
        }
        if (criterionResult.redFlag) {
            redFlags.push_back({framework.id, dimension.id, criterion.id, *criterionResult.level,
                                criterion.critical->below});
            if (criterion.critical->capPercent && !framework.isGates())
                cap = std::min(cap.value_or(100.0), *criterion.critical->capPercent);
        }
        if (framework.isGates())
            countGate(criterionResult, framework.scale, result.gate);
        result.criteria.push_back(std::move(criterionResult));
    }

    // Gates are counted, never averaged: no dimension score.
    result.uncappedPercent = framework.isGates() ? std::nullopt : mean.value();
    result.percent = result.uncappedPercent;
    if (result.percent && cap && *result.percent > *cap) {
        result.percent = cap;
        result.capped = true;
    }
    return result;
}

FrameworkResult scoreFramework(const ProjectFramework &entry, const Sector &sector)
{
    const Framework &framework = entry.framework;
    FrameworkResult result;
    result.frameworkId = entry.id;
    result.weight = entry.weight;
    result.gates = framework.isGates();

    const auto found = sector.scores.find(entry.id);
    const CriterionScores *scores = found == sector.scores.end() ? nullptr : &found->second;

    WeightedMean mean;
    for (const auto &dimension : framework.dimensions) {
        DimensionResult dimensionResult = scoreDimension(dimension, framework, scores, result.redFlags);
        result.coverage.add(dimensionResult.coverage);
        result.confidence.add(dimensionResult.confidence);
        if (dimensionResult.percent)
            mean.add(*dimensionResult.percent, dimension.weight);
        result.gate.add(dimensionResult.gate);
        result.dimensions.push_back(std::move(dimensionResult));
    }
    result.percent = mean.value();
    return result;
}

} // namespace

void ConfidenceMix::add(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High: ++high; break;
    case Confidence::Medium: ++medium; break;
    case Confidence::Low: ++low; break;
    case Confidence::Unset: ++unset; break;
    }
}

void ConfidenceMix::add(const ConfidenceMix &other)
{
    high += other.high;
    medium += other.medium;
    low += other.low;
    unset += other.unset;
}

GateResult::Status GateResult::status() const
{
    if (failed > 0)
        return Status::DoesNotMeet;
    return meets() ? Status::Meets : Status::Undetermined;
}

void GateResult::add(const GateResult &other)
{
    passed += other.passed;
    failed += other.failed;
    unverified += other.unverified;
    unscored += other.unscored;
    notApplicable += other.notApplicable;
}

QString gateStatusName(GateResult::Status status)
{
    switch (status) {
    case GateResult::Status::Meets: return QStringLiteral("meets");
    case GateResult::Status::DoesNotMeet: return QStringLiteral("does-not-meet");
    case GateResult::Status::Undetermined: break;
    }
    return QStringLiteral("undetermined");
}

double Coverage::percent() const
{
    if (applicable() <= 0)
        return 100.0;
    return 100.0 * scored / applicable();
}

void Coverage::add(const Coverage &other)
{
    total += other.total;
    scored += other.scored;
    notApplicable += other.notApplicable;
    unverified += other.unverified;
}

std::optional<double> levelPercent(const Scale &scale, int level)
{
    if (!scale.contains(level))
        return std::nullopt;
    const int span = scale.maxLevel() - scale.minLevel();
    if (span <= 0)
        return std::nullopt;
    return 100.0 * (level - scale.minLevel()) / span;
}

const DimensionResult *FrameworkResult::dimension(const QString &dimensionId) const
{
    for (const auto &d : dimensions) {
        if (d.dimensionId == dimensionId)
            return &d;
    }
    return nullptr;
}

const FrameworkResult *SectorResult::framework(const QString &frameworkId) const
{
    for (const auto &f : frameworks) {
        if (f.frameworkId == frameworkId)
            return &f;
    }
    return nullptr;
}

const SectorResult *ProjectResult::sector(const QString &sectorId) const
{
    for (const auto &s : sectors) {
        if (s.sectorId == sectorId)
            return &s;
    }
    return nullptr;
}

ProjectResult scoreProject(const Project &project)
{
    ProjectResult result;
    for (const auto &sector : project.sectors) {
        SectorResult sectorResult;
        sectorResult.sectorId = sector.id;
        WeightedMean overall;
        for (const auto &framework : project.frameworks) {
            FrameworkResult frameworkResult = scoreFramework(framework, sector);
            // Coverage and confidence describe the criteria behind overall readiness.
            if (!frameworkResult.gates) {
                sectorResult.coverage.add(frameworkResult.coverage);
                sectorResult.confidence.add(frameworkResult.confidence);
            }
            sectorResult.redFlags.insert(sectorResult.redFlags.end(), frameworkResult.redFlags.begin(),
                                         frameworkResult.redFlags.end());
            if (frameworkResult.percent)
                overall.add(*frameworkResult.percent, framework.weight);
            sectorResult.frameworks.push_back(std::move(frameworkResult));
        }
        sectorResult.overall = overall.value();
        result.sectors.push_back(std::move(sectorResult));
    }
    return result;
}

} // namespace dpi
