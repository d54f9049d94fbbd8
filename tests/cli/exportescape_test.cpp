#include "dpiwrunner.h"
#include "hostileproject.h"
#include "hostiletext.h"
#include "pdfmetadatacheck.h"
#include "pngchunks.h"
#include "svgcheck.h"
#include "testpaths.h"

#include "owmreader.h"
#include "owmwriter.h"
#include "projectreader.h"
#include "xmltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

// Hostile titles, names and notes through every export dpiw writes, each file
// read back with a real parser (house rule: every text written into an
// exported file is escaped for that format).

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void expectSafeSvg(const QString &path, const QString &title, const std::string &what)
{
    const QByteArray svg = readAll(path);
    ASSERT_FALSE(svg.isEmpty()) << what;
    const dpitest::SvgFacts facts = dpitest::readSvg(svg);
    EXPECT_TRUE(facts.error.isEmpty()) << what << ": " << facts.error.toStdString();
    EXPECT_EQ(facts.titleCount, 1) << what;
    EXPECT_EQ(facts.title.toStdString(), xmlAllowedText(title).toStdString()) << what;
    EXPECT_TRUE(facts.active.isEmpty()) << what << ": " << facts.active.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(facts.texts.join(QLatin1Char('\n')).contains(QStringLiteral("<script>alert(2)</script>"))) << what;
}

void expectPngWithoutText(const QString &path)
{
    const dpitest::PngChunks png = dpitest::readPngChunks(readAll(path));
    ASSERT_TRUE(png.error.isEmpty()) << png.error.toStdString();
    for (const dpitest::PngChunk &chunk : png.chunks) {
        EXPECT_TRUE(chunk.crcOk) << chunk.type.toStdString();
        EXPECT_FALSE(chunk.type == "tEXt" || chunk.type == "zTXt" || chunk.type == "iTXt") << chunk.type.toStdString();
    }
}

class ExportEscaping : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QString error;
        m_project = m_dir.filePath(QStringLiteral("hostile.dpi.yaml"));
        ASSERT_TRUE(dpitest::writeHostileProject(m_project, &error)) << error.toStdString();
        // What dpiw itself will read: the expectations start from there.
        const ProjectReadResult read = readProjectFile(m_project);
        ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
        m_read = *read.project;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_project;
    Project m_read;
};

} // namespace

TEST_F(ExportEscaping, MapRenderWritesSvgAndPngThatStayText)
{
    int index = 0;
    for (const QString &title : dpitest::hostileTexts()) {
        const QString owm = path(QStringLiteral("map%1.owm").arg(index));
        QFile file(owm);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(writeOwm(dpitest::hostileMap(title)).toUtf8());
        file.close();
        const WardleyMap expected = parseOwm(QString::fromUtf8(readAll(owm)), owm).map;

        const QString svg = path(QStringLiteral("map%1.svg").arg(index));
        const DpiwRun run = runDpiw({QStringLiteral("map"), QStringLiteral("render"), owm, QStringLiteral("-o"), svg});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        expectSafeSvg(svg, expected.effectiveTitle(), title.left(60).toStdString());
        if (index == 0) {
            const QString png = path(QStringLiteral("map.png"));
            ASSERT_EQ(runDpiw({QStringLiteral("map"), QStringLiteral("render"), owm, QStringLiteral("-o"), png,
                               QStringLiteral("--width"), QStringLiteral("500")}).exitCode, 0);
            expectPngWithoutText(png);
        }
        ++index;
    }
}

TEST_F(ExportEscaping, MapExportFromAProjectInEveryFormat)
{
    const WardleyMap *map = nullptr;
    for (const WardleyMap &candidate : m_read.maps) {
        if (candidate.id == QLatin1String("hostile"))
            map = &candidate;
    }
    ASSERT_NE(map, nullptr);
    const auto exportAs = [this](const QString &name) {
        return runDpiw({QStringLiteral("map"), QStringLiteral("export"), m_project, QStringLiteral("--map"),
                        QStringLiteral("hostile"), QStringLiteral("-o"), path(name)});
    };
    DpiwRun run = exportAs(QStringLiteral("export.svg"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    expectSafeSvg(path(QStringLiteral("export.svg")), map->effectiveTitle(), "export.svg");

    run = exportAs(QStringLiteral("export.png"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    expectPngWithoutText(path(QStringLiteral("export.png")));

    // The title holds "\ncomponent Injected [0.5, 0.5]": as OWM text it must
    // stay on the title line, and every real component must come back.
    run = exportAs(QStringLiteral("export.owm"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const OwmParseResult back = parseOwm(QString::fromUtf8(readAll(path(QStringLiteral("export.owm")))), QStringLiteral("export.owm"));
    EXPECT_EQ(back.map.findComponentByName(QStringLiteral("Injected")), nullptr);
    EXPECT_EQ(back.map.components.size(), map->components.size());
    EXPECT_TRUE(back.map.title.text().startsWith(dpitest::scriptTitle()));
    EXPECT_FALSE(back.map.title.text().contains(QLatin1Char('\n')));
    for (const WardleyComponent &c : map->components)
        EXPECT_NE(back.map.findComponentByName(c.name), nullptr) << c.name.left(40).toStdString();
}

TEST_F(ExportEscaping, ReportPdfMetadataIsOneLineAndWellFormedXmp)
{
    const QString pdf = path(QStringLiteral("report.pdf"));
    const DpiwRun run = runDpiw({QStringLiteral("report"), m_project, QStringLiteral("-o"), pdf, QStringLiteral("--template"),
                                 dpitest::sourcePath(QStringLiteral("templates/reports/default"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const dpitest::PdfMetadataFacts facts = dpitest::readPdfMetadata(pdf);
    ASSERT_TRUE(facts.error.isEmpty()) << facts.error.toStdString();
    // "\r\n", "\t" and U+0001 each became one space.
    const QString title = dpitest::scriptTitle() + QStringLiteral(" R&D second line !");
    EXPECT_EQ(m_read.metadata.title.text().toStdString(), dpitest::hostileProjectTitle().toStdString());
    EXPECT_EQ(facts.infoTitle.toStdString(), title.toStdString());
    EXPECT_EQ(facts.infoTitleLines, 1);
    EXPECT_TRUE(facts.xmpError.isEmpty()) << facts.xmpError.toStdString();
    EXPECT_FALSE(facts.xmpScript);
    EXPECT_EQ(facts.xmpTitle.toStdString(), title.toStdString());
    QStringList team;
    for (const QString &member : m_read.metadata.team)
        team << xmlAllowedText(member);
    EXPECT_EQ(facts.xmpCreators, team);
}

TEST_F(ExportEscaping, ScoreCsvDefusesFormulasAndJsonKeepsEveryCharacter)
{
    const DpiwRun csv = runDpiw({QStringLiteral("score"), m_project, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QString sectorId = m_read.sectors.front().id;
    // The title field, quoted because of its quotes and comma, starts with '.
    EXPECT_TRUE(csv.out.contains(QStringLiteral("%1,,,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",").arg(sectorId)))
        << csv.out.toStdString();
    for (const QString &line : csv.out.split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(','));
        for (const QString &field : fields) {
            const QString unquoted = field.startsWith(QLatin1Char('"')) ? field.mid(1) : field;
            EXPECT_FALSE(unquoted.startsWith(QLatin1Char('=')) || unquoted.startsWith(QLatin1Char('@')))
                << line.toStdString();
        }
    }

    const DpiwRun json = runDpiw({QStringLiteral("score"), m_project, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    QStringList titles;
    for (const QJsonValue &sector : doc.object().value(QStringLiteral("sectors")).toArray())
        titles << sector.toObject().value(QStringLiteral("title")).toString();
    EXPECT_TRUE(titles.contains(dpitest::formulaTitle()));
    EXPECT_TRUE(titles.contains(m_read.sectors[1].title.text()));
    EXPECT_EQ(m_read.sectors[1].title.text(), dpitest::jsonHostileTitle());
}
