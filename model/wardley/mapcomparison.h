#pragma once

#include "wardleymap.h"

#include <QString>

#include <map>
#include <vector>

namespace dpi {

// A component present in both versions of a map whose position changed.
struct MapMovement
{
    QString name;                    // in the newer map
    QString oldName;                 // differs when renamed through the mapping
    WardleyPosition before;
    WardleyPosition after;
    bool evolutionChanged() const;   // moved along the evolution axis (maturity)
    bool visibilityChanged() const;  // moved up or down the value chain
};

struct MapRemoval
{
    QString name;
    WardleyPosition position;        // where it stood in the older map
};

struct MapComparison
{
    std::vector<MapMovement> moved;
    QStringList added;               // names in the newer map only
    std::vector<MapRemoval> removed; // components of the older map only
    bool isEqual() const { return moved.empty() && added.isEmpty() && removed.empty(); }
};

// Components are matched by name (the first declaration of a name, as links
// resolve it); `renames` maps an old name to its new one where a component
// was renamed between the versions. A move of at most 0.005 on both axes
// (coordinates are written with two decimals) is not a movement.
MapComparison compareMaps(const WardleyMap &before, const WardleyMap &after,
                          const std::map<QString, QString> &renames = {});

} // namespace dpi
