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
    }
}
