#include "mapcomparison.h"

#include <QSet>

#include <cmath>

namespace dpi {

namespace {

constexpr double kAxisTolerance = 0.005;

bool differs(double a, double b)
{
    return std::abs(a - b) > kAxisTolerance;
}

// The first component of each name, in declaration order, as links resolve names.
std::vector<const WardleyComponent *> firstOfEachName(const WardleyMap &map)
{
    std::vector<const WardleyComponent *> result;
    QSet<QString> seen;
    for (const WardleyComponent &component : map.components) {
        if (!seen.contains(component.name)) {
            seen.insert(component.name);
            result.push_back(&component);
        }
    }
    return result;
}

} // namespace

bool MapMovement::evolutionChanged() const
{
    return differs(before.maturity, after.maturity);
}

bool MapMovement::visibilityChanged() const
{
    return differs(before.visibility, after.visibility);
}

MapComparison compareMaps(const WardleyMap &before, const WardleyMap &after,
                          const std::map<QString, QString> &renames)
{
    std::map<QString, QString> newToOld;
    for (const auto &[oldName, newName] : renames)
        newToOld[newName] = oldName;

    MapComparison comparison;
    QSet<QString> matchedOld;
    for (const WardleyComponent *component : firstOfEachName(after)) {
        const auto renamed = newToOld.find(component->name);
        const QString oldName = renamed != newToOld.end() ? renamed->second : component->name;
        const WardleyComponent *old = before.findComponentByName(oldName);
        if (!old) {
            comparison.added << component->name;
            continue;
        }
        matchedOld.insert(oldName);
        const WardleyPosition was = before.positionOf(*old);
        const WardleyPosition now = after.positionOf(*component);
        MapMovement movement{component->name, oldName, was, now};
        if (movement.evolutionChanged() || movement.visibilityChanged())
            comparison.moved.push_back(movement);
    }
    for (const WardleyComponent *component : firstOfEachName(before)) {
        if (!matchedOld.contains(component->name))
            comparison.removed.push_back({component->name, before.positionOf(*component)});
    }
    return comparison;
}

} // namespace dpi
