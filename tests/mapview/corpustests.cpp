#include "mapexport.h"
#include "owmreader.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

// Every real map of the corpus draws, as SVG with its names as text.
TEST(MapCorpus, EveryCorpusMapRenders)
{
    const QDir corpus(dpitest::sharedPath(QStringLiteral("corpus/wardley-maps")));
    const QStringList files = corpus.entryList({QStringLiteral("*.owm")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        GTEST_SKIP() << "no corpus at " << corpus.path().toStdString();
    int rendered = 0;
    for (const QString &name : files) {
        QFile file(corpus.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const OwmParseResult parsed = parseOwm(QString::fromUtf8(file.readAll()), name);
        const QByteArray svg = mapToSvg(parsed.map);
        EXPECT_TRUE(svg.contains("<text")) << name.toStdString();
        EXPECT_FALSE(svg.contains("<image")) << name.toStdString();
        const QImage image = renderMapImage(parsed.map, MapPaintOptions(), 550);
        EXPECT_EQ(image.width(), 550) << name.toStdString();
        const QString keep = qEnvironmentVariable("DPIW_MAPVIEW_RENDER_DIR");
        if (!keep.isEmpty())
            renderMapImage(parsed.map, MapPaintOptions(), 1600).save(keep + QLatin1Char('/') + name + QStringLiteral(".png"));
        ++rendered;
    }
    EXPECT_GE(rendered, 149);
}

// The command line as users run it: `dpiw map render` on each corpus map.
TEST(MapCorpus, DpiwMapRenderSucceedsOnTheCorpus)
{
    const QDir corpus(dpitest::sharedPath(QStringLiteral("corpus/wardley-maps")));
    const QStringList files = corpus.entryList({QStringLiteral("*.owm")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        GTEST_SKIP() << "no corpus";
    const QString dpiw = QStringLiteral(DPIW_DPIW_EXE);
    if (!QFile::exists(dpiw))
        GTEST_SKIP() << "dpiw is not built at " << dpiw.toStdString();
    QTemporaryDir out;
    int index = 0;
    int drawn = 0;
    for (const QString &name : files) {
        // SVG for all, PNG for every fifth (PNG encoding is the slow part).
        const bool png = index++ % 5 == 0;
        const QString target = out.filePath(QStringLiteral("%1.%2").arg(index).arg(png ? QStringLiteral("png") : QStringLiteral("svg")));
        QProcess process;
        process.start(dpiw, {QStringLiteral("map"), QStringLiteral("render"), corpus.filePath(name), QStringLiteral("-o"), target,
                             QStringLiteral("--width"), QStringLiteral("600")});
        ASSERT_TRUE(process.waitForFinished(30000)) << name.toStdString();
        const QString err = QString::fromUtf8(process.readAllStandardError());
        // Maps whose text has errors exit 1 by design; the rest must draw.
        if (err.contains(QLatin1String(": error:"))) {
            EXPECT_EQ(process.exitCode(), 1) << name.toStdString();
            continue;
        }
        EXPECT_EQ(process.exitCode(), 0) << name.toStdString() << err.toStdString();
        EXPECT_TRUE(QFile::exists(target)) << name.toStdString();
        ++drawn;
    }
    // Most corpus maps have no errors: a run that draws none tested nothing.
    EXPECT_GE(drawn, 100) << "of " << files.size();
}

// The starter map shipped in templates/ reads without errors and draws;
// DPIW_MAPVIEW_RENDER_DIR keeps the PNG for a look.
TEST(MapCorpus, TundukTemplateRenders)
{
    QFile file(dpitest::sourcePath(QStringLiteral("templates/maps/tunduk-value-chain.owm")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "the bundled Tunduk template is missing: " << file.fileName().toStdString();
    const OwmParseResult parsed = parseOwm(QString::fromUtf8(file.readAll()), file.fileName());
    EXPECT_FALSE(parsed.diagnostics.hasErrors()) << parsed.diagnostics.toString().toStdString();
    EXPECT_GE(parsed.map.components.size(), 20u);
    const QImage image = renderMapImage(parsed.map, MapPaintOptions(), 2200);
    EXPECT_EQ(image.width(), 2200);
    const QByteArray svg = mapToSvg(parsed.map);
    for (const WardleyComponent &c : parsed.map.components)
        EXPECT_TRUE(svg.contains(c.name.toHtmlEscaped().toUtf8())) << c.name.toStdString();
    const QString keep = qEnvironmentVariable("DPIW_MAPVIEW_RENDER_DIR");
    if (!keep.isEmpty()) {
        image.save(keep + QStringLiteral("/tunduk.png"));
        QFile out(keep + QStringLiteral("/tunduk.svg"));
        if (out.open(QIODevice::WriteOnly))
            out.write(svg);
    }
}
