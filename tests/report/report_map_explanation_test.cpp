// A map's explanation text reaches the report: in the context as paragraphs,
// and in the PDF under the map, in the report's language.
#include "pdftools.h"
#include "projectreader.h"
#include "reportcontext.h"
#include "reportexporter.h"
#include "scoring.h"
#include "testpaths.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

Project explainedSample()
{
    const ProjectReadResult read = readProjectFile(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")));
    EXPECT_TRUE(read.ok());
    Project project = read.project.value_or(Project());
    if (project.maps.empty())
        return project;
    LocalizedText explanation;
    explanation.set(QStringLiteral("en"), QStringLiteral("Citizens need documents on the phone.\n\nTunduk carries <the> data & more."));
    explanation.set(QStringLiteral("ru"), QStringLiteral("Гражданам нужны документы в телефоне."));
    project.maps[0].explanation = explanation;
    return project;
}

} // namespace

TEST(ReportMapExplanation, ContextHasOneItemPerParagraph)
{
    const Project project = explainedSample();
    ASSERT_FALSE(project.maps.empty());
    const QVariantMap map = buildReportContext(project, scoreProject(project), {}).value(QStringLiteral("maps")).toList().value(0).toMap();
    EXPECT_TRUE(map.value(QStringLiteral("has_explanation")).toBool());
    const QVariantList paragraphs = map.value(QStringLiteral("explanation")).toList();
    ASSERT_EQ(paragraphs.size(), 2);
    EXPECT_EQ(paragraphs[1].toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Tunduk carries <the> data & more."));

    Project plain = project;
    plain.maps[0].explanation = LocalizedText();
    const QVariantMap none = buildReportContext(plain, scoreProject(plain), {}).value(QStringLiteral("maps")).toList().value(0).toMap();
    EXPECT_FALSE(none.value(QStringLiteral("has_explanation")).toBool());
}

TEST(ReportMapExplanation, ThePdfPrintsItUnderTheMapInBothLanguages)
{
    QTemporaryDir dir;
    const Project project = explainedSample();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        SCOPED_TRACE(language.toStdString());
        ReportExportOptions options;
        options.templateName = dpitest::sourcePath(QStringLiteral("templates/reports/default"));
        options.language = language;
        options.date = QStringLiteral("2024-12-20");
        const QString pdf = dir.filePath(QStringLiteral("map-%1.pdf").arg(language));
        const ReportExportResult result = exportReportPdf(project, pdf, options);
        ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
        const QString text = reporttest::pdfText(pdf).simplified();
        const bool en = language == QLatin1String("en");
        const qsizetype heading = text.lastIndexOf(en ? QStringLiteral("What the map shows") : QStringLiteral("Что показывает карта"));
        ASSERT_GE(heading, 0);
        EXPECT_GT(text.indexOf(en ? QStringLiteral("Tunduk carries <the> data & more.")
                                  : QStringLiteral("Гражданам нужны документы в телефоне."),
                               heading),
                  heading);
    }
}

// The legend explains a method marker only when the map uses it.
TEST(ReportMapExplanation, LegendFlagsFollowTheMethodMarkers)
{
    Project project = explainedSample();
    ASSERT_FALSE(project.maps.empty());
    const auto flags = [](const Project &p) {
        return buildReportContext(p, scoreProject(p), {}).value(QStringLiteral("maps")).toList().value(0).toMap();
    };
    const QVariantMap sample = flags(project);
    EXPECT_TRUE(sample.value(QStringLiteral("has_build")).toBool());
    EXPECT_TRUE(sample.value(QStringLiteral("has_buy")).toBool());
    EXPECT_TRUE(sample.value(QStringLiteral("has_outsource")).toBool());

    for (WardleyComponent &component : project.maps[0].components)
        component.decorators.buy = false;
    const QVariantMap withoutBuy = flags(project);
    EXPECT_FALSE(withoutBuy.value(QStringLiteral("has_buy")).toBool());
    EXPECT_TRUE(withoutBuy.value(QStringLiteral("has_build")).toBool());
}
