#include "pdftools.h"
#include "testpaths.h"

#include "projectreader.h"
#include "reportcontext.h"
#include "reportexporter.h"
#include "scoring.h"
#include "miniproject.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;
using namespace reporttest;

namespace {

ReportExportOptions optionsFor(const QString &language)
{
    ReportExportOptions options;
    options.templateName = dpitest::sourcePath(QStringLiteral("templates/reports/default"));
    options.language = language;
    options.date = QStringLiteral("2024-06-01");
    return options;
}

class ReportExport : public ::testing::Test
{
protected:
    // DPIW_REPORT_TEST_OUT=DIR keeps the PDFs there for looking at them.
    QString exportTo(const Project &project, const ReportExportOptions &options, const QString &name)
    {
        const QString keep = qEnvironmentVariable("DPIW_REPORT_TEST_OUT");
        const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
        const ReportExportResult result = exportReportPdf(project, path, options);
        EXPECT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
        EXPECT_FALSE(result.diagnostics.hasErrors()) << result.diagnostics.toString().toStdString();
        EXPECT_EQ(pdfPageCount(path), result.pageCount);
        return path;
    }
    QTemporaryDir m_dir;
};

TEST_F(ReportExport, EnglishReportHasEverySectorFrameworkAndScore)
{
    const Project project = loadMini();
    const QString pdf = exportTo(project, optionsFor(QStringLiteral("en")), QStringLiteral("en.pdf"));
    const int pages = pdfPageCount(pdf);
    EXPECT_GE(pages, 6);   // cover, contents, summary, methodology, results, gaps, annex
    EXPECT_LE(pages, 20);

    const QString text = pdfText(pdf);
    const ProjectResult result = scoreProject(project);
    for (const Sector &sector : project.sectors)
        EXPECT_TRUE(text.contains(sector.title.text(QStringLiteral("en")))) << sector.id.toStdString();
    for (const ProjectFramework &framework : project.frameworks)
        EXPECT_TRUE(text.contains(framework.framework.title.text(QStringLiteral("en")))) << framework.id.toStdString();
    for (const SectorResult &sector : result.sectors) {
        ASSERT_TRUE(sector.overall.has_value());
        const QString overall = QString::number(*sector.overall, 'f', 1);
        EXPECT_TRUE(text.contains(overall)) << "overall " << overall.toStdString() << " of " << sector.sectorId.toStdString();
        for (const FrameworkResult &framework : sector.frameworks) {
            for (const DimensionResult &dimension : framework.dimensions) {
                if (dimension.percent) {
                    EXPECT_TRUE(text.contains(QString::number(*dimension.percent, 'f', 1)));
                }
            }
        }
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Key messages")));
    EXPECT_TRUE(text.contains(QStringLiteral("Illustrative data")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));
    // Evidence with its source is in the annex.
    EXPECT_TRUE(text.contains(QStringLiteral("E-Kundoluk is listed as a member")));
    EXPECT_TRUE(text.contains(QStringLiteral("https://tunduk.kg/")));
}

TEST_F(ReportExport, ContentsListsChaptersWithTheirPages)
{
    const Project project = loadMini();
    const QString pdf = exportTo(project, optionsFor(QStringLiteral("en")), QStringLiteral("toc.pdf"));
    // Page by page text: the contents line "Action plan .. N" must match the page that starts with it.
    // The contents follow the cover and the key messages (page 3).
    const int pages = pdfPageCount(pdf);
    int chapterPage = 0;
    const QRegularExpression aloneOnALine(QStringLiteral(R"((^|\n)\s*Action plan\s*(\n|$))"));
    for (int page = 4; page <= pages && chapterPage == 0; ++page) {
        const QString text = runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                      QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
        if (aloneOnALine.match(text).hasMatch())
            chapterPage = page;
    }
    ASSERT_GT(chapterPage, 3);
    const QString contents = runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"),
                                      QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
    EXPECT_TRUE(contents.contains(QStringLiteral("Contents")));
    const auto line = QRegularExpression(QStringLiteral(R"(Action plan\s+(\d+))")).match(contents);
    ASSERT_TRUE(line.hasMatch()) << contents.toStdString();
    EXPECT_EQ(line.captured(1).toInt(), chapterPage);
}

TEST_F(ReportExport, RussianReportHasRussianTitles)
{
    const Project project = loadMini();
    const QString pdf = exportTo(project, optionsFor(QStringLiteral("ru")), QStringLiteral("ru.pdf"));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Ключевые выводы")));
    EXPECT_TRUE(text.contains(QStringLiteral("Предмет, методика и ограничения")));
    EXPECT_TRUE(text.contains(QStringLiteral("Содержание")));
    EXPECT_TRUE(text.contains(QStringLiteral("Мини-оценка")));
    EXPECT_TRUE(text.contains(QStringLiteral("Образование")));
    EXPECT_TRUE(text.contains(QStringLiteral("Здравоохранение")));
    EXPECT_TRUE(text.contains(QStringLiteral("Мини-проверка совместимости")));
    EXPECT_TRUE(text.contains(QStringLiteral("Страница 2 из")));
    const ProjectResult result = scoreProject(project);
    // Russian writes a decimal comma: "62,5 %".
    for (const SectorResult &sector : result.sectors)
        EXPECT_TRUE(text.contains(QString::number(*sector.overall, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))));
}

TEST_F(ReportExport, ChartsAreVectorsAndFontsAreEmbedded)
{
    const Project project = loadMini();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("ky")}) {
        const QString pdf = exportTo(project, optionsFor(language), language + QStringLiteral("-vec.pdf"));
        EXPECT_TRUE(pdfImages(pdf).isEmpty()) << pdfImages(pdf).join(QLatin1Char('\n')).toStdString();
        const QStringList fonts = pdfFontLines(pdf);
        ASSERT_FALSE(fonts.isEmpty());
        for (const QString &line : fonts) {
            // name type encoding emb sub uni object ID: "emb" is the 4th column from the right end group.
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            ASSERT_GE(columns.size(), 7);
            EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
            EXPECT_TRUE(line.contains(QStringLiteral("DejaVu"))) << line.toStdString();
        }
    }
}

TEST_F(ReportExport, MetadataPageSizeAndPdfA)
{
    const Project project = loadMini();
    ReportExportOptions options = optionsFor(QStringLiteral("en"));
    options.pageSize = QStringLiteral("Letter");
    options.pdfA = true;
    const QString pdf = exportTo(project, options, QStringLiteral("letter.pdf"));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(Title:\s+Mini assessment\n)")).match(info).hasMatch()) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("612 x 792 pts (letter)"))) << info.toStdString();
    const QString meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}).out;
    EXPECT_TRUE(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    EXPECT_TRUE(meta.contains(QStringLiteral("<rdf:li>A. Analyst</rdf:li>")));
    EXPECT_TRUE(meta.contains(QStringLiteral("Digital public infrastructure readiness assessment")));

    const QString a4 = exportTo(project, optionsFor(QStringLiteral("en")), QStringLiteral("a4.pdf"));
    EXPECT_TRUE(runTool(QStringLiteral("pdfinfo"), {a4}).out.contains(QStringLiteral("(A4)")));
}

TEST_F(ReportExport, ProjectTextIsEscaped)
{
    Project project = loadMini();
    project.sectors.front().title = LocalizedText(QStringLiteral("<b>Schools</b> & <img src=\"/etc/passwd\">"));
    const QString pdf = exportTo(project, optionsFor(QStringLiteral("en")), QStringLiteral("escaped.pdf"));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("<b>Schools</b> & <img")));
    EXPECT_TRUE(pdfImages(pdf).isEmpty());
}

TEST_F(ReportExport, UnknownTemplateAndLanguageAreErrors)
{
    const Project project = loadMini();
    ReportExportOptions options = optionsFor(QStringLiteral("en"));
    options.templateName = QStringLiteral("no-such-template");
    ReportExportResult result = exportReportPdf(project, m_dir.filePath(QStringLiteral("x.pdf")), options);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("report template not found")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));

    options = optionsFor(QStringLiteral("de"));
    result = exportReportPdf(project, m_dir.filePath(QStringLiteral("y.pdf")), options);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.diagnostics.toString().contains(QStringLiteral("no language 'de'")));
}

TEST_F(ReportExport, KyrgyzReportHasKyrgyzTitlesAndFallsBackToRussianContent)
{
    // The bundled template has Kyrgyz labels; the mini project's texts have
    // en and ru only, so they show in Russian (ky -> ru -> en).
    const Project project = loadMini();
    const QString pdf = exportTo(project, optionsFor(QStringLiteral("ky")), QStringLiteral("ky.pdf"));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QString::fromUtf8("Негизги тыянактар")));
    EXPECT_TRUE(text.contains(QString::fromUtf8("Баалоонун предмети, ыкмасы жана чектөөлөрү")));
    EXPECT_TRUE(text.contains(QString::fromUtf8("Бет 2 /")));
    EXPECT_TRUE(text.contains(QStringLiteral("Мини-оценка")));
    EXPECT_TRUE(text.contains(QStringLiteral("Образование")));
    const ProjectResult result = scoreProject(project);
    for (const SectorResult &sector : result.sectors)
        EXPECT_TRUE(text.contains(QString::number(*sector.overall, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))));
}

TEST_F(ReportExport, ProgressReachesTheEndAndCanCancel)
{
    const Project project = loadMini();
    std::vector<int> seen;
    const QString path = m_dir.filePath(QStringLiteral("progress.pdf"));
    ReportExportResult result = exportReportPdf(project, path, optionsFor(QStringLiteral("en")), [&seen](int percent, const QString &) {
        seen.push_back(percent);
        return true;
    });
    ASSERT_TRUE(result.ok);
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.back(), 100);

    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    result = exportReportPdf(project, cancelled, optionsFor(QStringLiteral("en")), [](int percent, const QString &) { return percent < 50; });
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(QFile::exists(cancelled));
}

// The action plan in the body lists the recommendations of the weakest
// criteria; the full gap table in the annex has every gap.
TEST_F(ReportExport, ActionPlanListsTheRecommendationsOfGaps)
{
    Project project = loadMini();
    // Healthcare's membership (level 0, a red flag) is its only gap.
    Sector &healthcare = project.sectors.at(1);
    healthcare.scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.membership")].recommendation =
        QStringLiteral("Connect the hospital information system to the exchange layer.");
    const QString pdf = exportTo(project, optionsFor(QStringLiteral("en")), QStringLiteral("actions.pdf"));
    const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    int planPage = -1;
    int gapsPage = -1;
    const QRegularExpression plan(QStringLiteral(R"((^|\n)\s*Action plan\s*\n)"));
    const QRegularExpression gaps(QStringLiteral(R"((^|\n)\s*Annex C\. Full gap table\s*\n)"));
    for (int i = 3; i < pages.size(); ++i) {
        if (planPage < 0 && plan.match(pages[i]).hasMatch())
            planPage = i;
        if (gapsPage < 0 && gaps.match(pages[i]).hasMatch())
            gapsPage = i;
    }
    ASSERT_GE(planPage, 0);
    ASSERT_GT(gapsPage, planPage);
    const QString planText = pages[planPage].simplified();
    EXPECT_TRUE(planText.contains(QStringLiteral("Connect the hospital information system to the exchange layer.")));
    // Education's membership (level 2 of 0-4, 50 %) is no gap, so its recommendation is not an action.
    EXPECT_FALSE(planText.contains(QStringLiteral("Publish enrolment data as a service")));
    EXPECT_TRUE(planText.contains(QStringLiteral("Education No gaps in this sector.")));
    EXPECT_TRUE(pages[gapsPage].simplified().contains(QStringLiteral("Connect the hospital information system to the exchange layer.")));
}

} // namespace
