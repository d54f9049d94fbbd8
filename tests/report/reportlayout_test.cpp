#include "pdftools.h"
#include "testpaths.h"

#include "projectreader.h"
#include "reportexporter.h"
#include "miniproject.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;
using namespace reporttest;

namespace {

// A template with 6 chapters of 12 sections each: 78 contents entries, more
// than one page holds. `number` is how a contents line shows its page.
QByteArray longReport(const QByteArray &number, const QByteArray &extraHeading = {}, const QByteArray &head = {})
{
    QByteArray html = "<html><head>" + head + "</head><body><p>Cover page</p>\n"
                      "<p style=\"page-break-before: always;\">Contents</p>\n"
                      "<table width=\"100%\">{{#toc}}<tr><td>{{title}}</td><td align=\"right\">"
        + number + "</td></tr>{{/toc}}</table>\n";
    const QByteArray paragraph = QByteArray("Text that fills the page. ").repeated(60);
    for (int chapter = 1; chapter <= 6; ++chapter) {
        html += "<h1 style=\"page-break-before: always;\">Chapter " + QByteArray::number(chapter) + "</h1>\n";
        if (chapter == 2)
            html += extraHeading;
        for (int section = 1; section <= 12; ++section) {
            html += "<h2>Section " + QByteArray::number(chapter) + "." + QByteArray::number(section).rightJustified(2, '0')
                + "</h2>\n<p>" + paragraph + "</p>\n";
        }
    }
    return html + "</body></html>\n";
}

class ReportLayout : public ::testing::Test
{
protected:
    QString writeTemplate(const QByteArray &body)
    {
        const QString folder = m_dir.filePath(QStringLiteral("tpl"));
        QDir().mkpath(folder);
        QFile manifest(QDir(folder).filePath(QStringLiteral("manifest.yaml")));
        EXPECT_TRUE(manifest.open(QIODevice::WriteOnly));
        manifest.write("schema: dpi-workbench/report-template/1\nname: long\nmain: report.html\n"
                       "languages: [en]\ntoc_levels: 2\nheader_from_page: 2\n");
        manifest.close();
        QFile main(QDir(folder).filePath(QStringLiteral("report.html")));
        EXPECT_TRUE(main.open(QIODevice::WriteOnly));
        main.write(body);
        return folder;
    }

    ReportExportResult exportWith(const QString &folder, const QString &pdf, const ReportProgress &progress = {})
    {
        ReportExportOptions options;
        options.templateName = folder;
        options.language = QStringLiteral("en");
        options.date = QStringLiteral("2024-06-01");
        return exportReportPdf(loadMini(), pdf, options, progress);
    }

    QString pdfPath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

struct ContentsCheck
{
    int entries = 0;
    int contentsPages = 0;
};

// Every contents line "TITLE  N" must name the page on which TITLE stands
// alone on a line (the heading itself; the running header has the chapter
// on the same line as the report title).
ContentsCheck expectContentsMatchPages(const QString &pdf, const QStringList &titles)
{
    const QStringList pages = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                  .out.split(QLatin1Char('\f'));
    ContentsCheck check;
    for (const QString &title : titles) {
        const QString escaped = QRegularExpression::escape(title);
        const QRegularExpression entry(escaped + QStringLiteral(R"(\s+(\d+)\s*$)"), QRegularExpression::MultilineOption);
        const QRegularExpression heading(QStringLiteral(R"(^\s*)") + escaped + QStringLiteral(R"(\s*$)"),
                                         QRegularExpression::MultilineOption);
        int listed = 0;
        int actual = 0;
        for (int i = 0; i < pages.size(); ++i) {
            if (const auto match = entry.match(pages[i]); match.hasMatch() && listed == 0) {
                listed = match.captured(1).toInt();
                check.contentsPages = std::max(check.contentsPages, i + 1);
            } else if (heading.match(pages[i]).hasMatch()) {
                actual = i + 1;
            }
        }
        EXPECT_GT(listed, 0) << title.toStdString() << " not in the contents";
        EXPECT_EQ(listed, actual) << title.toStdString();
        if (listed > 0)
            ++check.entries;
    }
    return check;
}

QStringList longReportTitles()
{
    QStringList titles;
    for (int chapter = 1; chapter <= 6; ++chapter) {
        titles << QStringLiteral("Chapter %1").arg(chapter);
        for (int section = 1; section <= 12; ++section)
            titles << QStringLiteral("Section %1.%2").arg(chapter).arg(section, 2, 10, QLatin1Char('0'));
    }
    return titles;
}

// Numbers drawn by page: objects never change the HTML, so one layout is all.
TEST_F(ReportLayout, ContentsOverTwoPagesNeedOneLayout)
{
    const QString pdf = pdfPath(QStringLiteral("objects.pdf"));
    const ReportExportResult result = exportWith(writeTemplate(longReport("<img src=\"{{page_ref}}\">")), pdf);
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.layoutPasses, 1);
    EXPECT_GT(result.pageCount, 20);
    const ContentsCheck check = expectContentsMatchPages(pdf, longReportTitles());
    EXPECT_EQ(check.entries, 78);
    EXPECT_EQ(check.contentsPages, 3); // cover, then contents on pages 2 and 3
}

// Numbers written as text change the HTML once the real numbers are known.
TEST_F(ReportLayout, ContentsNumbersAsTextSettleInTwoLayouts)
{
    const QString pdf = pdfPath(QStringLiteral("text.pdf"));
    const ReportExportResult result = exportWith(writeTemplate(longReport("{{page}}")), pdf);
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.layoutPasses, 2);
    const ContentsCheck check = expectContentsMatchPages(pdf, longReportTitles());
    EXPECT_EQ(check.entries, 78);
    EXPECT_EQ(check.contentsPages, 3);
}

// A heading the scan of the HTML cannot read (an entity it does not know):
// the titles come from the parsed document, still with one layout.
TEST_F(ReportLayout, HeadingsTheScanCannotReadStillListed)
{
    const QString pdf = pdfPath(QStringLiteral("entity.pdf"));
    const ReportExportResult result
        = exportWith(writeTemplate(longReport("<img src=\"{{page_ref}}\">", "<h2>Caf&eacute; section</h2>\n<p>x</p>\n")), pdf);
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.layoutPasses, 1);
    QStringList titles = longReportTitles();
    titles << QStringLiteral("Café section");
    EXPECT_EQ(expectContentsMatchPages(pdf, titles).entries, 79);
}

// A heading the scan reads but the document drops (one written inside
// <head>): the scan's titles do not match the laid-out document, so the
// titles are read from the parsed HTML and the report is laid out once more;
// the contents are still right.
TEST_F(ReportLayout, HeadingsTheScanMisreadsAreCorrected)
{
    const QString pdf = pdfPath(QStringLiteral("head.pdf"));
    const ReportExportResult result
        = exportWith(writeTemplate(longReport("<img src=\"{{page_ref}}\">", {}, "<h1>Heading in the head</h1>")), pdf);
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.layoutPasses, 2);
    EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("Heading in the head")));
    const ContentsCheck check = expectContentsMatchPages(pdf, longReportTitles());
    EXPECT_EQ(check.entries, 78);
}

TEST_F(ReportLayout, BundledTemplateNeedsOneLayout)
{
    ReportExportOptions options;
    options.templateName = dpitest::sourcePath(QStringLiteral("templates/reports/default"));
    options.date = QStringLiteral("2024-06-01");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        options.language = language;
        const ReportExportResult result = exportReportPdf(loadMini(), pdfPath(language + QStringLiteral(".pdf")), options);
        ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
        EXPECT_EQ(result.layoutPasses, 1) << language.toStdString();
    }
}

// A cancel is seen before the next pass: nothing is asked or laid out after it.
TEST_F(ReportLayout, CancelStopsBeforeTheNextPass)
{
    const QString folder = writeTemplate(longReport("{{page}}"));
    for (const int stopAt : {15, 25}) {
        QStringList steps;
        bool cancelled = false;
        const QString pdf = pdfPath(QStringLiteral("cancel-%1.pdf").arg(stopAt));
        const ReportExportResult result = exportWith(folder, pdf, [&](int percent, const QString &step) {
            EXPECT_FALSE(cancelled) << "progress after the cancel: " << percent;
            steps << QStringLiteral("%1 %2").arg(percent).arg(step);
            cancelled = percent >= stopAt;
            return !cancelled;
        });
        EXPECT_TRUE(result.cancelled) << steps.join(QLatin1String(", ")).toStdString();
        EXPECT_FALSE(result.ok);
        EXPECT_EQ(steps.last(), QStringLiteral("%1 contents").arg(stopAt));
        EXPECT_FALSE(QFile::exists(pdf));
    }
}

} // namespace
