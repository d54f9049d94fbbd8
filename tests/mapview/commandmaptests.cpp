// `dpiw map ...` called in-process: the same code the dpiw binary runs, so the
// commands are tested even before the binary dispatches to them.
#include "../../app/dpiw/cliio.cpp"
#include "../../app/dpiw/commandmap.cpp"

#include "projectreader.h"

#include "testmaps.h"
#include "testpaths.h"

#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString writeText(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text.toUtf8());
    return path;
}

int map(const QStringList &args)
{
    return dpicli::runMap(QStringList{QStringLiteral("map")} + args);
}

} // namespace

TEST(DpiwMap, RenderWritesSvgAndPngOfTheRequestedWidth)
{
    QTemporaryDir dir;
    const QString owm = writeText(dir, QStringLiteral("tea.owm"), teaShopText());
    EXPECT_EQ(map({QStringLiteral("render"), owm, QStringLiteral("-o"), dir.filePath(QStringLiteral("tea.svg"))}), 0);
    EXPECT_EQ(map({QStringLiteral("render"), owm, QStringLiteral("-o"), dir.filePath(QStringLiteral("tea.png")),
                   QStringLiteral("--width"), QStringLiteral("990")}),
              0);
    QFile svg(dir.filePath(QStringLiteral("tea.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("Electric Kettle"));
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("tea.png"))).width(), 990);
}

TEST(DpiwMap, BadUsageAndErrorsHaveTheirExitCodes)
{
    QTemporaryDir dir;
    const QString owm = writeText(dir, QStringLiteral("tea.owm"), teaShopText());
    EXPECT_EQ(map({}), 2);
    EXPECT_EQ(map({QStringLiteral("frobnicate")}), 2);
    EXPECT_EQ(map({QStringLiteral("render"), owm}), 2);                                          // no -o
    EXPECT_EQ(map({QStringLiteral("render"), owm, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gif"))}), 2);
    EXPECT_EQ(map({QStringLiteral("render"), owm, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png")),
                   QStringLiteral("--width"), QStringLiteral("huge")}),
              2);
    EXPECT_EQ(map({QStringLiteral("render"), dir.filePath(QStringLiteral("missing.owm")), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("x.svg"))}),
              1);
    EXPECT_EQ(map({QStringLiteral("render"), QStringLiteral("--help")}), 0);
    EXPECT_EQ(map({QStringLiteral("import"), QStringLiteral("--help")}), 0);
    EXPECT_EQ(map({QStringLiteral("export"), QStringLiteral("--help")}), 0);
}

TEST(DpiwMap, RenderRefusesAMapWithErrors)
{
    QTemporaryDir dir;
    // A stand-alone `market` line is an error in the current reference engine.
    const QString owm = writeText(dir, QStringLiteral("bad.owm"), QStringLiteral("component A [0.5, 0.5]\nmarket X [0.4, 0.4]\n"));
    const dpi::OwmParseResult parsed = dpi::parseOwm(QStringLiteral("component A [0.5, 0.5]\nmarket X [0.4, 0.4]\n"), owm);
    const int rc = map({QStringLiteral("render"), owm, QStringLiteral("-o"), dir.filePath(QStringLiteral("bad.svg"))});
    if (parsed.diagnostics.hasErrors()) {
        EXPECT_EQ(rc, 1);
        EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("bad.svg"))));
    } else {
        EXPECT_EQ(rc, 0);
    }
}

TEST(DpiwMap, ImportThenExportRoundTripsThroughTheProject)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.dpi.yaml"));
    ASSERT_TRUE(QFile::copy(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")), project));
    QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    const QString owm = writeText(dir, QStringLiteral("tea-shop.owm"), teaShopText());

    ASSERT_EQ(map({QStringLiteral("import"), owm, QStringLiteral("--into"), project}), 0);
    dpi::ProjectReadResult read = dpi::readProjectFile(project);
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    const dpi::WardleyMap *imported = nullptr;
    for (const dpi::WardleyMap &m : read.project->maps) {
        if (m.id == QLatin1String("tea-shop"))
            imported = &m;
    }
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->components.size(), teaShop().components.size());

    EXPECT_EQ(map({QStringLiteral("export"), project, QStringLiteral("--map"), QStringLiteral("tea-shop"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("out.owm"))}),
              0);
    QFile text(dir.filePath(QStringLiteral("out.owm")));
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    const dpi::OwmParseResult back = dpi::parseOwm(QString::fromUtf8(text.readAll()), text.fileName());
    EXPECT_EQ(back.map.links.size(), imported->links.size());

    const QString sector = read.project->sectors.front().id;
    EXPECT_EQ(map({QStringLiteral("export"), project, QStringLiteral("--map"), QStringLiteral("tea-shop"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("out.svg")), QStringLiteral("--scores"), sector}),
              0);
    QFile svg(dir.filePath(QStringLiteral("out.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("not scored"));
    EXPECT_EQ(map({QStringLiteral("export"), project, QStringLiteral("--map"), QStringLiteral("nope"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("x.svg"))}),
              1);

    // Importing again under the same id replaces it rather than adding a second map.
    const size_t count = read.project->maps.size();
    ASSERT_EQ(map({QStringLiteral("import"), owm, QStringLiteral("--into"), project, QStringLiteral("--id"), QStringLiteral("tea-shop")}), 0);
    read = dpi::readProjectFile(project);
    EXPECT_EQ(read.project->maps.size(), count);
}
