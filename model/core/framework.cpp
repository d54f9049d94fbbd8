#include "framework.h"

namespace dpi {

bool Scale::contains(int value) const
{
    return level(value) != nullptr;
}

const ScaleLevel *Scale::level(int value) const
{
    for (const auto &l : levels) {
        if (l.value == value)
            return &l;
    }
    return nullptr;
}

QString Reference::value(const QString &key) const
{
    for (const auto &field : fields) {
        if (field.first == key)
            return field.second;
    }
    return {};
}

bool Criterion::operator==(const Criterion &o) const
{
    return id == o.id && title == o.title && question == o.question && guidance == o.guidance
        && evidence == o.evidence && weight == o.weight && critical == o.critical
        && rubric == o.rubric && references == o.references && replaces == o.replaces;
}

bool Dimension::operator==(const Dimension &o) const
{
    return id == o.id && title == o.title && description == o.description && weight == o.weight
        && criteria == o.criteria;
}

QString frameworkKindName(FrameworkKind kind)
{
    return kind == FrameworkKind::Gates ? QStringLiteral("gates") : QStringLiteral("graded");
}

std::optional<FrameworkKind> frameworkKindFromName(const QString &name)
{
    if (name == QLatin1String("graded"))
        return FrameworkKind::Graded;
    if (name == QLatin1String("gates"))
        return FrameworkKind::Gates;
    return std::nullopt;
}

bool Framework::operator==(const Framework &o) const
{
    return id == o.id && version == o.version && title == o.title && description == o.description
        && authors == o.authors && licence == o.licence && derivedFrom == o.derivedFrom
        && sources == o.sources && kind == o.kind && scale == o.scale && dimensions == o.dimensions
        && changelog == o.changelog;
}

const Criterion *Framework::findCriterion(const QString &criterionId) const
{
    for (const auto &dimension : dimensions) {
        for (const auto &criterion : dimension.criteria) {
            if (criterion.id == criterionId)
                return &criterion;
        }
    }
    return nullptr;
}

const Dimension *Framework::findDimension(const QString &dimensionId) const
{
    for (const auto &dimension : dimensions) {
        if (dimension.id == dimensionId)
            return &dimension;
    }
    return nullptr;
}

const Dimension *Framework::dimensionOf(const QString &criterionId) const
{
    for (const auto &dimension : dimensions) {
        for (const auto &criterion : dimension.criteria) {
            if (criterion.id == criterionId)
                return &dimension;
        }
    }
    return nullptr;
}

int Framework::criterionCount() const
{
    int count = 0;
    for (const auto &dimension : dimensions)
        count += int(dimension.criteria.size());
    return count;
}

} // namespace dpi
