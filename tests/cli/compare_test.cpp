#include "dpiwrunner.h"
#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString miniPath()
{
    return dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml"));
}

// The mini fixture with healthcare's membership raised from 0 to 2, saved in `dir`.
QString laterRound(const QTemporaryDir &dir)
{
    dpi::ProjectReadResult read = dpi::readProjectFile(miniPath());
    EXPECT_TRUE(read.ok());
    dpi::Project project = *read.project;
    project.sectors[1].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.membership")].level = 2;
    const QString path = dir.filePath(QStringLiteral("later.dpi.yaml"));
    QString error;
    EXPECT_TRUE(dpi::saveProject(project, path, &error)) << error.toStdString();
    return path;
}

} // namespace

TEST(DpiwCompare, EqualRoundsExitZero)
{
    const DpiwRun run = runDpiw({QStringLiteral("compare"), miniPath(), miniPath()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("no differences")));
}

TEST(DpiwCompare, DifferentRoundsExitOneWithJson)
{
    QTemporaryDir dir;
    const QString later = laterRound(dir);
    const DpiwRun run = runDpiw({QStringLiteral("compare"), miniPath(), later, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].toObject().value(QStringLiteral("old")).toString(), QStringLiteral("0"));
    EXPECT_EQ(changes[0].toObject().value(QStringLiteral("new")).toString(), QStringLiteral("2"));
    // healthcare: exchange (0*2 + 100)/3 = 33.33 -> (50*2 + 100)/3 = 66.67; capacity 50;
    // overall (33.33*2 + 50)/3 = 38.89 -> (66.67*2 + 50)/3 = 61.11: +22.22 pp, the red flag resolved.
    const QJsonObject health = root.value(QStringLiteral("sectors")).toArray()[1].toObject();
    EXPECT_EQ(health.value(QStringLiteral("sector")).toString(), QStringLiteral("healthcare"));
    EXPECT_NEAR(health.value(QStringLiteral("delta_pp")).toDouble(), 22.22, 1e-9);
    EXPECT_EQ(health.value(QStringLiteral("red_flags_resolved")).toArray().size(), 1);

    const DpiwRun table = runDpiw({QStringLiteral("compare"), miniPath(), later});
    EXPECT_EQ(table.exitCode, 1);
    EXPECT_TRUE(table.out.contains(QStringLiteral("healthcare mini-interop exchange.membership: 0 -> 2")))
        << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("+22.2 pp"))) << table.out.toStdString();
}

TEST(DpiwCompare, TroubleExitsTwo)
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.dpi.yaml"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("schema: dpi-workbench/project/1\nsectors: [\n");
    file.close();
    const DpiwRun run = runDpiw({QStringLiteral("compare"), miniPath(), broken});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("broken.dpi.yaml:"))) << run.err.toStdString();
    EXPECT_EQ(runDpiw({QStringLiteral("compare"), miniPath()}).exitCode, 2);
    EXPECT_EQ(runDpiw({QStringLiteral("compare"), miniPath(), miniPath(), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
}
