#pragma once

#include "project.h"

namespace dpitest {

// A small project built in code: one framework (scale 0-4, N/A allowed),
// two dimensions, three criteria (one critical), two sectors, no scores.
inline dpi::Project makeTestProject()
{
    using namespace dpi;
    Framework framework;
    framework.id = QStringLiteral("fw");
    framework.version = QStringLiteral("1.0.0");
    framework.title = LocalizedText(QStringLiteral("Test framework"));
    for (int value = 0; value <= 4; ++value) {
        ScaleLevel level;
        level.value = value;
        level.label = LocalizedText(QStringLiteral("Level %1").arg(value));
        framework.scale.levels.push_back(level);
    }
    Dimension exchange;
    exchange.id = QStringLiteral("exchange");
    exchange.title = LocalizedText(QStringLiteral("Exchange"));
    Criterion membership;
    membership.id = QStringLiteral("exchange.membership");
    membership.title = LocalizedText(QStringLiteral("Membership"));
    membership.critical = CriticalRule{1, 50.0};
    Criterion logs;
    logs.id = QStringLiteral("exchange.logs");
    logs.title = LocalizedText(QStringLiteral("Logs"));
    exchange.criteria = {membership, logs};
    Dimension capacity;
    capacity.id = QStringLiteral("capacity");
    capacity.title = LocalizedText(QStringLiteral("Capacity"));
    Criterion staff;
    staff.id = QStringLiteral("capacity.staff");
    staff.title = LocalizedText(QStringLiteral("Staff"));
    capacity.criteria = {staff};
    framework.dimensions = {exchange, capacity};

    Project project;
    project.metadata.title = LocalizedText(QStringLiteral("Test project"));
    ProjectFramework used;
    used.id = framework.id;
    used.version = framework.version;
    used.framework = framework;
    project.frameworks.push_back(used);
    Sector education;
    education.id = QStringLiteral("education");
    education.title = LocalizedText(QStringLiteral("Education"));
    Sector health;
    health.id = QStringLiteral("health");
    health.title = LocalizedText(QStringLiteral("Health"));
    project.sectors = {education, health};
    return project;
}

} // namespace dpitest
