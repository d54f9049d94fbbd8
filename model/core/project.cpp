#include "project.h"

namespace dpi {

bool Score::operator==(const Score &o) const
{
    return level == o.level && notApplicable == o.notApplicable && unverified == o.unverified
        && toVerify == o.toVerify && confidence == o.confidence
        && evidence == o.evidence && notes == o.notes && recommendation == o.recommendation
        && analyst == o.analyst && scoredAt == o.scoredAt && reconciledBy == o.reconciledBy
        && reconciledAt == o.reconciledAt && ratings == o.ratings;
}

const Score *Sector::score(const QString &frameworkId, const QString &criterionId) const
{
    const auto framework = scores.find(frameworkId);
    if (framework == scores.end())
        return nullptr;
    const auto found = framework->second.find(criterionId);
    return found == framework->second.end() ? nullptr : &found->second;
}

const ProjectFramework *Project::findFramework(const QString &frameworkId) const
{
    for (const auto &framework : frameworks) {
        if (framework.id == frameworkId)
            return &framework;
    }
    return nullptr;
}

const Sector *Project::findSector(const QString &sectorId) const
{
    for (const auto &sector : sectors) {
        if (sector.id == sectorId)
            return &sector;
    }
    return nullptr;
}

bool Project::operator==(const Project &o) const
{
    return metadata == o.metadata && frameworks == o.frameworks && sectors == o.sectors
        && maps == o.maps && report == o.report && archive == o.archive && context == o.context
        && conclusions == o.conclusions;
}

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low: return QStringLiteral("low");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::High: return QStringLiteral("high");
    case Confidence::Unset: break;
    }
    return {};
}

std::optional<Confidence> confidenceFromName(const QString &name)
{
    if (name == QLatin1String("low"))
        return Confidence::Low;
    if (name == QLatin1String("medium"))
        return Confidence::Medium;
    if (name == QLatin1String("high"))
        return Confidence::High;
    return std::nullopt;
}

} // namespace dpi
