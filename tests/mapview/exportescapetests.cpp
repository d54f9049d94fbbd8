#include "mapexport.h"
#include "owmreader.h"
#include "xmltext.h"

#include "hostileproject.h"
#include "hostiletext.h"
#include "pngchunks.h"
#include "svgcheck.h"
#include "testmaps.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

// Every text an export writes outside the painter is escaped for its format
// (house rule); these tests read the exports back with real parsers.

namespace {

void expectSafeSvg(const QByteArray &svg, const QString &title, const std::string &what)
{
    const dpitest::SvgFacts facts = dpitest::readSvg(svg);
    EXPECT_TRUE(facts.error.isEmpty()) << what << ": " << facts.error.toStdString();
    EXPECT_EQ(facts.rootName.toStdString(), "svg") << what;
    EXPECT_EQ(facts.titleCount, 1) << what;
    EXPECT_EQ(facts.title.toStdString(), xmlAllowedText(title).toStdString()) << what;
    EXPECT_FALSE(facts.description.isEmpty()) << what;
    EXPECT_TRUE(facts.active.isEmpty()) << what << ": " << facts.active.join(QLatin1Char(' ')).toStdString();
}

} // namespace

// The issue: three corpus maps have '&' in their titles and gave SVG that no
// XML parser accepted.
TEST(MapExportEscaping, EveryCorpusMapGivesWellFormedSvgWithItsTitle)
{
    const QDir corpus(dpitest::sharedPath(QStringLiteral("corpus/wardley-maps")));
    const QStringList files = corpus.entryList({QStringLiteral("*.owm")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        GTEST_SKIP() << "no corpus at " << corpus.path().toStdString();
    int checked = 0;
    int titlesWithMarkupCharacters = 0;
    for (const QString &name : files) {
        QFile file(corpus.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const WardleyMap map = parseOwm(QString::fromUtf8(file.readAll()), name).map;
        expectSafeSvg(mapToSvg(map), map.effectiveTitle(), name.toStdString());
        if (map.effectiveTitle() != map.effectiveTitle().toHtmlEscaped())
            ++titlesWithMarkupCharacters;
        ++checked;
    }
    EXPECT_GE(checked, 149);
    // The corpus holds titles that need escaping, so the loop tests escaping.
    EXPECT_GE(titlesWithMarkupCharacters, 1);
}

TEST(MapExportEscaping, HostileTitlesNamesAndNotesStayText)
{
    const QStringList texts = dpitest::hostileTexts();
    for (const QString &title : texts) {
        const WardleyMap map = dpitest::hostileMap(title);
        MapPaintOptions options;
        options.showScores = true;
        options.scoreLegendTitle = dpitest::scriptTitle();
        options.scoreLegend = {{Qt::red, texts[2]}, {Qt::green, dpitest::controlCharacters()}};
        const QByteArray svg = mapToSvg(map, options);
        expectSafeSvg(svg, title, title.left(60).toStdString());
        // The script texts were drawn as text, not dropped.
        const QString drawn = dpitest::readSvg(svg).texts.join(QLatin1Char('\n'));
        EXPECT_TRUE(drawn.contains(QStringLiteral("<script>alert(2)</script>"))) << title.left(60).toStdString();
    }
}

// Qt 6.4 does not escape the generator's title; we write <title> ourselves.
// Should our text ever be escaped twice, "R&D" reads back as "R&amp;D".
TEST(MapExportEscaping, TitleIsEscapedExactlyOnce)
{
    WardleyMap map = teaShop();
    map.title = LocalizedText(QStringLiteral("R&D <maps>"));
    const QByteArray svg = mapToSvg(map);
    EXPECT_TRUE(svg.contains("<title>R&amp;D &lt;maps&gt;</title>\n<desc>")) << svg.left(600).toStdString();
    EXPECT_EQ(dpitest::readSvg(svg).title, QStringLiteral("R&D <maps>"));
    // Where Qt put it: the first child of <svg>.
    EXPECT_LT(svg.indexOf("<title>"), svg.indexOf("<defs>"));
    EXPECT_GT(svg.indexOf("<title>"), svg.indexOf("<svg"));
}

// Qt writes font-family="..." without escaping; a family is a paint option.
TEST(MapExportEscaping, FontFamilyCannotBreakAnAttribute)
{
    MapPaintOptions options;
    options.fontFamily = QStringLiteral("Evil\"Font<&>' onload=\"alert(1)") + QChar(0x01);
    const WardleyMap map = teaShop();
    const QByteArray svg = mapToSvg(map, options);
    expectSafeSvg(svg, map.effectiveTitle(), "font family");
    const dpitest::SvgFacts facts = dpitest::readSvg(svg);
    // The painter's own families and the paint option's, what is left of it.
    EXPECT_TRUE(facts.fontFamilies.contains(QStringLiteral("EvilFont onload=alert(1)")))
        << facts.fontFamilies.join(QLatin1Char('|')).toStdString();
}

// An ordinary map's SVG has no character our escaping touches.
TEST(MapExportEscaping, PlainMapSvgIsUnchangedByTheCleaning)
{
    const QByteArray svg = mapToSvg(teaShop());
    EXPECT_EQ(xmlWithoutForbiddenCharacters(svg), svg);
    EXPECT_TRUE(svg.contains("<title>Tea Shop</title>\n<desc>Wardley map drawn by DPI Workbench</desc>\n<defs>"));
}

// PNG exports carry no text chunks at all: the title is only painted.
TEST(MapExportEscaping, PngHasNoTextChunks)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.png"));
    QString error;
    ASSERT_TRUE(exportMapPng(dpitest::hostileMap(dpitest::scriptTitle()), MapPaintOptions(), 600, path, &error))
        << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const dpitest::PngChunks png = dpitest::readPngChunks(file.readAll());
    ASSERT_TRUE(png.error.isEmpty()) << png.error.toStdString();
    for (const dpitest::PngChunk &chunk : png.chunks) {
        EXPECT_TRUE(chunk.crcOk) << chunk.type.toStdString();
        EXPECT_NE(chunk.type, QByteArray("tEXt"));
        EXPECT_NE(chunk.type, QByteArray("zTXt"));
        EXPECT_NE(chunk.type, QByteArray("iTXt"));
    }
}
