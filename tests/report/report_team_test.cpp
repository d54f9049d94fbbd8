// The report's methodology of a team assessment says how many analysts
// scored independently, how many criteria two or more rated, and how far
// they agree (the illustrative two-analyst example, read from the PDF).
#include "pdftools.h"
#include "testpaths.h"

#include "projectreader.h"
#include "reportexporter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;
using namespace reporttest;

namespace {

QString exportExample(const QTemporaryDir &dir, const char *file, const QString &language)
{
    const auto read = readProjectFile(dpitest::sourcePath(QStringLiteral("assessments/examples/two-analysts/") + QString::fromLatin1(file)));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    ReportExportOptions options;
    options.templateName = dpitest::sourcePath(QStringLiteral("templates/reports/default"));
    options.language = language;
    options.date = QStringLiteral("2024-12-22");
    const QString keep = qEnvironmentVariable("DPIW_REPORT_TEST_OUT");
    const QString path = (keep.isEmpty() ? QDir(dir.path()) : QDir(keep)).filePath(QString::fromLatin1(file) + QLatin1Char('-') + language + QStringLiteral(".pdf"));
    const ReportExportResult result = exportReportPdf(*read.project, path, options);
    EXPECT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    EXPECT_FALSE(result.diagnostics.hasErrors()) << result.diagnostics.toString().toStdString();
    return path;
}

// pdftotext breaks lines and pads columns: compare with whitespace collapsed.
QString flat(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

TEST(ReportTeam, MethodologyShowsAnalystsItemsAndAlpha)
{
    QTemporaryDir dir;
    const QString text = flat(pdfText(exportExample(dir, "team.dpi.yaml", QStringLiteral("en"))));
    EXPECT_TRUE(text.contains(QStringLiteral("Agreement between analysts"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Analysts who scored independently 2")));
    EXPECT_TRUE(text.contains(QStringLiteral("Criteria rated by two or more analysts 49")));
    EXPECT_TRUE(text.contains(QStringLiteral("alpha, ordinal (95 % interval) 0.755 [0.552, 0.912]")));
    EXPECT_TRUE(text.contains(QStringLiteral("Exact agreement 85.7 %")));
    EXPECT_TRUE(text.contains(QStringLiteral("Disagreements not yet reconciled 8")));
    // After the methodology's framework part, in the methodology chapter.
    EXPECT_LT(text.indexOf(QStringLiteral("Methodology")), text.indexOf(QStringLiteral("Agreement between analysts")));

    const QString russian = flat(pdfText(exportExample(dir, "team.dpi.yaml", QStringLiteral("ru"))));
    EXPECT_TRUE(russian.contains(QStringLiteral("Согласованность аналитиков")));
    EXPECT_TRUE(russian.contains(QStringLiteral("Аналитики, оценивавшие независимо 2")));
}

TEST(ReportTeam, OneAnalystReportsHaveNoAgreementSection)
{
    QTemporaryDir dir;
    const QString text = flat(pdfText(exportExample(dir, "analyst-a.dpi.yaml", QStringLiteral("en"))));
    EXPECT_FALSE(text.contains(QStringLiteral("Agreement between analysts")));
    EXPECT_TRUE(text.contains(QStringLiteral("Scope, method and limitations")));
}

} // namespace
