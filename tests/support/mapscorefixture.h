#pragma once

#include "project.h"
#include "wardleymap.h"

// A scored project and a map linked to its criteria, shared by the map
// score tests of the model (the numbers) and of the map view (the colours).
namespace dpitest {

// A 0-4 scale, one dimension with three criteria; sector "edu" scores c1=4 (100 %) and c2=1 (25 %).
inline dpi::Project scoredProject()
{
    using namespace dpi;
    Framework framework;
    framework.id = QStringLiteral("fw");
    framework.version = QStringLiteral("1.0.0");
    for (int level = 0; level <= 4; ++level)
        framework.scale.levels.push_back({level, LocalizedText(QString::number(level)), {}});
    Dimension dimension;
    dimension.id = QStringLiteral("d");
    for (const char *id : {"c1", "c2", "c3"}) {
        Criterion criterion;
        criterion.id = QString::fromLatin1(id);
        dimension.criteria.push_back(criterion);
    }
    framework.dimensions.push_back(dimension);
    Project project;
    project.frameworks.push_back({framework.id, framework.version, 1.0, framework});
    Sector sector;
    sector.id = QStringLiteral("edu");
    sector.title = LocalizedText(QStringLiteral("Education"));
    Score high;
    high.level = 4;
    Score low;
    low.level = 1;
    sector.scores[QStringLiteral("fw")][QStringLiteral("c1")] = high;
    sector.scores[QStringLiteral("fw")][QStringLiteral("c2")] = low;
    project.sectors.push_back(sector);
    return project;
}

inline dpi::WardleyMap linkedMap()
{
    using namespace dpi;
    WardleyMap map;
    const auto add = [&map](const char *id, QStringList criteria, double maturity) {
        WardleyComponent c;
        c.id = QString::fromLatin1(id);
        c.name = QString::fromLatin1(id).toUpper();
        c.position = {0.5, maturity};
        c.criteria = criteria;
        map.components.push_back(c);
    };
    add("both", {QStringLiteral("fw/c1"), QStringLiteral("fw/c2")}, 0.2);
    add("weak", {QStringLiteral("fw/c2")}, 0.4);
    add("strong", {QStringLiteral("fw/c1")}, 0.6);
    add("unscored", {QStringLiteral("fw/c3"), QStringLiteral("fw/missing")}, 0.8);
    add("plain", {}, 0.9);
    return map;
}

} // namespace dpitest
