#pragma once

// Projects built in code for chart and dashboard tests. makeMiniProject()
// mirrors tests/data/valid/mini.dpi.yaml; makeRadarProject() adds a third
// dimension and a second framework so that radars have enough spokes.

#include "project.h"

namespace dpitest {

inline dpi::Criterion makeCriterion(const QString &id, const QString &title, double weight = 1.0)
{
    dpi::Criterion c;
    c.id = id;
    c.title = dpi::LocalizedText(title);
    c.weight = weight;
    return c;
}

inline dpi::Scale makeScale()
{
    dpi::Scale scale;
    const char *labels[] = {"Absent", "Initial", "Developing", "Established", "Optimised"};
    for (int v = 0; v <= 4; ++v)
        scale.levels.push_back({v, dpi::LocalizedText(QString::fromLatin1(labels[v])), {}});
    return scale;
}

inline dpi::Score makeScore(std::optional<int> level, dpi::Confidence confidence = dpi::Confidence::Unset)
{
    dpi::Score s;
    if (level)
        s.level = level;
    else
        s.notApplicable = true;
    s.confidence = confidence;
    return s;
}

inline dpi::Project makeMiniProject()
{
    dpi::Framework f;
    f.id = QStringLiteral("mini-interop");
    f.version = QStringLiteral("1.0.0");
    f.title.set(QStringLiteral("en"), QStringLiteral("Mini interoperability check"));
    f.title.set(QStringLiteral("ru"), QString::fromUtf8("Мини-проверка совместимости"));
    f.scale = makeScale();

    dpi::Dimension exchange;
    exchange.id = QStringLiteral("exchange");
    exchange.title.set(QStringLiteral("en"), QStringLiteral("Data exchange"));
    exchange.title.set(QStringLiteral("ru"), QString::fromUtf8("Обмен данными"));
    exchange.weight = 2;
    dpi::Criterion membership = makeCriterion(QStringLiteral("exchange.membership"),
                                              QStringLiteral("Sector systems on the exchange layer"), 2);
    membership.title.set(QStringLiteral("ru"), QString::fromUtf8("Отраслевые системы в слое обмена"));
    membership.critical = dpi::CriticalRule{1, 50.0};
    exchange.criteria.push_back(membership);
    exchange.criteria.push_back(makeCriterion(QStringLiteral("exchange.logs"), QStringLiteral("Message logs kept")));

    dpi::Dimension capacity;
    capacity.id = QStringLiteral("capacity");
    capacity.title = dpi::LocalizedText(QStringLiteral("Capacity"));
    capacity.criteria.push_back(makeCriterion(QStringLiteral("capacity.staff"), QStringLiteral("ICT staff")));
    f.dimensions = {exchange, capacity};

    dpi::Project p;
    p.metadata.title.set(QStringLiteral("en"), QStringLiteral("Mini assessment"));
    p.metadata.title.set(QStringLiteral("ru"), QString::fromUtf8("Мини-оценка"));
    p.metadata.country = QStringLiteral("KG");
    p.metadata.period = QStringLiteral("2024");
    p.frameworks.push_back({f.id, f.version, 1.0, f});

    dpi::Sector education;
    education.id = QStringLiteral("education");
    education.title.set(QStringLiteral("en"), QStringLiteral("Education"));
    education.title.set(QStringLiteral("ru"), QString::fromUtf8("Образование"));
    auto &edu = education.scores[f.id];
    edu[QStringLiteral("exchange.membership")] = makeScore(2, dpi::Confidence::Medium);
    edu[QStringLiteral("exchange.membership")].evidence.push_back(
        {QStringLiteral("E-Kundoluk is listed as a member in the catalogue."), QStringLiteral("https://tunduk.kg/"),
         QStringLiteral("2024-05-01")});
    edu[QStringLiteral("exchange.membership")].notes = QStringLiteral("Consumes identity look-ups only.");
    edu[QStringLiteral("exchange.membership")].recommendation = QStringLiteral("Publish enrolment data as a service.");
    edu[QStringLiteral("exchange.membership")].analyst = QStringLiteral("A. Analyst");
    edu[QStringLiteral("exchange.membership")].scoredAt = QStringLiteral("2024-05-10T12:00:00Z");
    edu[QStringLiteral("exchange.logs")] = makeScore(3, dpi::Confidence::High);
    edu[QStringLiteral("capacity.staff")] = makeScore(std::nullopt);
    edu[QStringLiteral("capacity.staff")].notes = QStringLiteral("Staff are counted at ministry level only.");

    dpi::Sector health;
    health.id = QStringLiteral("healthcare");
    health.title.set(QStringLiteral("en"), QStringLiteral("Healthcare"));
    health.title.set(QStringLiteral("ru"), QString::fromUtf8("Здравоохранение"));
    auto &hl = health.scores[f.id];
    hl[QStringLiteral("exchange.membership")] = makeScore(0, dpi::Confidence::Low);
    hl[QStringLiteral("exchange.logs")] = makeScore(4);
    hl[QStringLiteral("capacity.staff")] = makeScore(2, dpi::Confidence::Medium);

    p.sectors = {education, health};
    return p;
}

inline dpi::Project makeRadarProject()
{
    dpi::Project p = makeMiniProject();
    dpi::Framework &f = p.frameworks.front().framework;
    const QString miniId = f.id;
    dpi::Dimension policy;
    policy.id = QStringLiteral("policy");
    policy.title = dpi::LocalizedText(QStringLiteral("Policy"));
    policy.criteria.push_back(makeCriterion(QStringLiteral("policy.law"), QStringLiteral("Legal basis")));
    policy.criteria.push_back(makeCriterion(QStringLiteral("policy.strategy"), QStringLiteral("Sector strategy")));
    f.dimensions.push_back(policy);

    dpi::Framework g;
    g.id = QStringLiteral("dpg-lite");
    g.version = QStringLiteral("0.2.0");
    g.title = dpi::LocalizedText(QStringLiteral("DPG lite"));
    g.scale = makeScale();
    const char *dims[] = {"openness", "privacy", "standards", "docs"};
    for (const char *d : dims) {
        dpi::Dimension dim;
        dim.id = QString::fromLatin1(d);
        dim.title = dpi::LocalizedText(dim.id);
        dim.criteria.push_back(makeCriterion(dim.id + QStringLiteral(".a"), dim.id + QStringLiteral(" A")));
        g.dimensions.push_back(dim);
    }
    p.frameworks.push_back({g.id, g.version, 2.0, g}); // invalidates f

    auto &edu = p.sectors[0].scores;
    edu[miniId][QStringLiteral("policy.law")] = makeScore(4, dpi::Confidence::High);
    edu[g.id][QStringLiteral("openness.a")] = makeScore(3, dpi::Confidence::High);
    edu[g.id][QStringLiteral("privacy.a")] = makeScore(1, dpi::Confidence::Low);
    auto &health = p.sectors[1].scores;
    health[g.id][QStringLiteral("standards.a")] = makeScore(2);

    dpi::Sector finance;
    finance.id = QStringLiteral("finance");
    finance.title = dpi::LocalizedText(QStringLiteral("Finance"));
    p.sectors.push_back(finance); // nothing scored yet
    return p;
}

} // namespace dpitest
