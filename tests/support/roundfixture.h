#pragma once

#include "project.h"
#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <QDir>
#include <QString>

#include <gtest/gtest.h>

namespace dpitest {

// Two rounds of the mini fixture (tests/data/valid/mini.dpi.yaml, scale 0-4,
// so level L is 25*L %; exchange weighs 2, capacity 1; in exchange,
// membership weighs 2 and logs 1; membership below 1 is a red flag).
//
// before.dpi.yaml: mini as it is, plus the map "platform" (Exchange layer at
// evolution 0.40, Portal at 0.70, Paper forms at 0.20).
// after.dpi.yaml (previous_round: before.dpi.yaml) changes four cells:
//   education  exchange.membership 2 -> 3   (up)
//              exchange.logs       3 -> 2   (down)
//   healthcare exchange.membership 0 -> 1   (up; its red flag is resolved)
//              exchange.logs       4 -> unverified (no direction: left out of the percentages)
// and on the map Exchange layer moves to evolution 0.55, Paper forms is
// removed and Mobile app added.
//
// Hand-computed percentages:
//   education  exchange before (50*2 + 75*1)/3 = 58.33, after (75*2 + 50*1)/3 = 66.67  -> +8.33 pp
//              capacity N/A in both rounds, so overall = exchange: 58.33 -> 66.67      -> +8.33 pp
//   healthcare exchange before (0*2 + 100*1)/3 = 33.33, after 25 (logs unverified)     -> -8.33 pp
//              capacity 50 in both rounds
//              overall before (33.33*2 + 50)/3 = 38.89, after (25*2 + 50)/3 = 33.33    -> -5.56 pp
struct RoundFixture
{
    QString beforePath;
    QString afterPath;
};

inline dpi::WardleyMap platformMap(bool after)
{
    dpi::WardleyMap map;
    map.id = QStringLiteral("platform");
    map.title = dpi::LocalizedText(QStringLiteral("Platform"));
    const auto add = [&map](const char *id, const char *name, double visibility, double maturity) {
        dpi::WardleyComponent component;
        component.id = QString::fromLatin1(id);
        component.name = QString::fromLatin1(name);
        component.position = {visibility, maturity};
        map.components.push_back(component);
    };
    add("portal", "Portal", 0.80, 0.70);
    add("exchange", "Exchange layer", 0.50, after ? 0.55 : 0.40);
    if (after)
        add("mobile", "Mobile app", 0.85, 0.35);
    else
        add("paper", "Paper forms", 0.60, 0.20);
    return map;
}

inline dpi::Score &miniScore(dpi::Project &project, const char *sector, const char *criterion)
{
    for (dpi::Sector &s : project.sectors) {
        if (s.id == QLatin1String(sector))
            return s.scores[QStringLiteral("mini-interop")][QString::fromLatin1(criterion)];
    }
    ADD_FAILURE() << "no sector " << sector;
    static dpi::Score none;
    return none;
}

// Writes both rounds into `folder`.
inline RoundFixture writeRoundFixture(const QString &folder)
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    dpi::Project before = read.project.value_or(dpi::Project());
    before.maps.push_back(platformMap(false));
    dpi::Project after = before;
    after.metadata.period = QStringLiteral("2025");
    after.metadata.previousRound = QStringLiteral("before.dpi.yaml");
    after.maps.front() = platformMap(true);
    miniScore(after, "education", "exchange.membership").level = 3;
    miniScore(after, "education", "exchange.logs").level = 2;
    miniScore(after, "healthcare", "exchange.membership").level = 1;
    dpi::Score &logs = miniScore(after, "healthcare", "exchange.logs");
    logs.level.reset();
    logs.unverified = true;
    logs.toVerify = QStringLiteral("Ask the operator for a log extract.");

    RoundFixture fixture{QDir(folder).filePath(QStringLiteral("before.dpi.yaml")),
                         QDir(folder).filePath(QStringLiteral("after.dpi.yaml"))};
    QString error;
    EXPECT_TRUE(dpi::saveProject(before, fixture.beforePath, &error)) << error.toStdString();
    EXPECT_TRUE(dpi::saveProject(after, fixture.afterPath, &error)) << error.toStdString();
    return fixture;
}

} // namespace dpitest
