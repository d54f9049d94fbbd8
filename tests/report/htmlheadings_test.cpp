#include "testpaths.h"

#include "htmlheadings.h"
#include "projectreader.h"
#include "reportcontext.h"
#include "reporttemplate.h"
#include "scoring.h"

#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

// What the report renderer reads from a parsed document: every heading
// block's simplified text, in order.
QList<HtmlHeading> parsedHeadings(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QList<HtmlHeading> headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        const QString title = block.text().simplified();
        if (level >= 1 && level <= 6 && !title.isEmpty())
            headings << HtmlHeading{title, level};
    }
    return headings;
}

std::string describe(const QList<HtmlHeading> &headings)
{
    QStringList lines;
    for (const HtmlHeading &heading : headings)
        lines << QStringLiteral("h%1 [%2]").arg(heading.level).arg(heading.title);
    return lines.join(QLatin1Char('\n')).toStdString();
}

void expectSameAsDocument(const QString &html)
{
    const std::optional<QList<HtmlHeading>> scanned = scanHtmlHeadings(html);
    ASSERT_TRUE(scanned.has_value()) << html.toStdString();
    const QList<HtmlHeading> parsed = parsedHeadings(html);
    EXPECT_EQ(*scanned, parsed) << html.toStdString() << "\nscanned:\n" << describe(*scanned) << "\nparsed:\n" << describe(parsed);
}

TEST(HtmlHeadings, ReadsTitlesAsTheDocumentDoes)
{
    const QStringList cases{
        QStringLiteral("<h1>Plain</h1><p>text</p><h2>Second &amp; third</h2><h3>Third level</h3>"),
        QStringLiteral("<h2>&lt;b&gt; &quot;quoted&quot; &apos;a&apos; &#1046; &#x416; a&nbsp;b</h2>"),
        QStringLiteral("<h2>Bold <b>part</b> and <span style=\"color: red\">span</span><br>next line</h2>"),
        QStringLiteral("<h3>\n   spaced \t  out\n</h3><h4>R & D</h4>"),
        QStringLiteral("<table><tr><td><h2>In a cell</h2></td><td>x</td></tr></table><h2>After</h2>"),
        QStringLiteral("<style>h1 { color: red; }</style><!-- <h1>commented out</h1> --><h1>Real</h1>"),
        QStringLiteral("<H2 class=\"x\" title=\"a>b\">Upper case</H2><h5 id='five'>Five</h5><h6>Six</h6>"),
        QStringLiteral("<h2> </h2><h2></h2><h1>Only this</h1>"),
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not a heading</title></head>"
                       "<body><h1>Body</h1></body></html>"),
        QStringLiteral("<h1 style=\"page-break-before: always;\">Резюме</h1><h2>Методология &#8212; шкала</h2>"),
        QStringLiteral("<p>No headings at all &eacute; <b>bold</b></p>"),
    };
    for (const QString &html : cases)
        expectSameAsDocument(html);
}

TEST(HtmlHeadings, GivesUpOnWhatItDoesNotMirror)
{
    const QStringList cases{
        QStringLiteral("<h2>a<p>block inside</p></h2>"),
        QStringLiteral("<h2>chart <img src=\"chart:overview\"></h2>"),
        QStringLiteral("<h2>caf&eacute;</h2>"),
        QStringLiteral("<script>var h = '<h1>x</h1>';</script><h1>y</h1>"),
        QStringLiteral("<h2>never closed"),
        QStringLiteral("<h2>one</h3>"),
        QStringLiteral("<h2>a < b</h2>"),
        QStringLiteral("<h1><h2>nested</h2></h1>"),
    };
    for (const QString &html : cases)
        EXPECT_FALSE(scanHtmlHeadings(html).has_value()) << html.toStdString();
}

// The HTML the bundled template renders for the sample, in both languages:
// the scan must read the same headings as the document, or every export
// would pay for a second layout.
TEST(HtmlHeadings, DefaultTemplateOnTheSampleMatchesTheDocument)
{
    const ProjectReadResult read = readProjectFile(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")));
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    Diagnostics diagnostics;
    const auto reportTemplate = ReportTemplate::load(dpitest::sourcePath(QStringLiteral("templates/reports/default")), diagnostics);
    ASSERT_TRUE(reportTemplate) << diagnostics.toString().toStdString();
    const ProjectResult result = scoreProject(*read.project);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        ReportContextOptions options = reportContextOptions(reportTemplate->manifest(), language);
        options.date = QStringLiteral("2024-06-01");
        const std::optional<QString> html = reportTemplate->render(buildReportContext(*read.project, result, options), diagnostics);
        ASSERT_TRUE(html);
        const std::optional<QList<HtmlHeading>> scanned = scanHtmlHeadings(*html);
        ASSERT_TRUE(scanned) << language.toStdString();
        EXPECT_GT(scanned->size(), 10);
        EXPECT_EQ(*scanned, parsedHeadings(*html)) << language.toStdString();
    }
}

} // namespace
