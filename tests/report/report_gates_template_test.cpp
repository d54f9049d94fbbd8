// The default template with a gate framework and an unverified score: the
// summary lists each sector's gate result, the gate framework's results are a
// checklist (no percentage, no chart), and an annex lists what to verify.

#include "projectreader.h"
#include "reportcontext.h"
#include "reporttemplate.h"
#include "scoring.h"
#include "testpaths.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

QString renderDefault(const Project &project, const QString &language)
{
    Diagnostics diagnostics;
    const auto tpl = ReportTemplate::load(dpitest::sourcePath(QStringLiteral("templates/reports/default")), diagnostics);
    EXPECT_TRUE(tpl) << diagnostics.toString().toStdString();
    if (!tpl)
        return {};
    ReportContextOptions options;
    options.language = language;
    options.labels = tpl->manifest().labelsFor(language);
    options.date = QStringLiteral("2024-06-01");
    const auto html = tpl->render(buildReportContext(project, scoreProject(project), options), diagnostics);
    EXPECT_TRUE(html) << diagnostics.toString().toStdString();
    return html.value_or(QString());
}

Project readGates()
{
    const ProjectReadResult read = readProjectFile(dpitest::dataPath(QStringLiteral("valid/gates.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(Project());
}

} // namespace

TEST(DefaultTemplateGates, SummaryChecklistAndToVerifyAnnex)
{
    const QString html = renderDefault(readGates(), QStringLiteral("en"));
    // Key messages: one row per sector and gate framework.
    const int summary = html.indexOf(QStringLiteral("Standards met (gate frameworks)"));
    ASSERT_GE(summary, 0) << html.toStdString();
    EXPECT_GE(html.indexOf(QStringLiteral("does not meet"), summary), 0);
    EXPECT_GE(html.indexOf(QStringLiteral("not determined"), summary), 0);
    EXPECT_GE(html.indexOf(QStringLiteral("1 / 2 passed; 0 failed; 1 unverified"), summary), 0);

    // Each sector's findings: the gate framework's checklist, each gate's state, no percentage or chart.
    QString gateResults;
    const QString heading = QStringLiteral("<h3>Mini gate check</h3>");
    for (int at = html.indexOf(heading); at >= 0; at = html.indexOf(heading, at + 1)) {
        const int next = html.indexOf(QRegularExpression(QStringLiteral("<h[1-3][ >]")), at + 1);
        gateResults += html.mid(at, next < 0 ? -1 : next - at);
    }
    ASSERT_FALSE(gateResults.isEmpty()) << html.toStdString();
    EXPECT_TRUE(gateResults.contains(QStringLiteral("Open licence")));
    EXPECT_TRUE(gateResults.contains(QStringLiteral("<span class=\"flag-text\">failed</span>"))) << gateResults.toStdString();
    EXPECT_TRUE(gateResults.contains(QStringLiteral("unverified")));
    EXPECT_FALSE(gateResults.contains(QStringLiteral(" %"))) << gateResults.toStdString();
    EXPECT_FALSE(gateResults.contains(QStringLiteral("<img"))) << gateResults.toStdString();

    // The annex of what to verify, with what would settle each.
    const int annex = html.indexOf(QStringLiteral("Looked for, not found (unverified)"));
    ASSERT_GE(annex, 0);
    EXPECT_GE(html.indexOf(QStringLiteral("The deployment guide, from the vendor."), annex), 0);
    EXPECT_GE(html.indexOf(QStringLiteral("Documentation"), annex), 0);
}

TEST(DefaultTemplateGates, RussianLabels)
{
    const QString html = renderDefault(readGates(), QStringLiteral("ru"));
    EXPECT_TRUE(html.contains(QString::fromUtf8("Соответствие стандартам"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QString::fromUtf8("не соответствует")));
    EXPECT_TRUE(html.contains(QString::fromUtf8("Искали, но не нашли (не подтверждено)")));
}

// A project without gates or unverified scores renders none of it.
TEST(DefaultTemplateGates, AbsentWithoutGatesOrUnverified)
{
    const ProjectReadResult read = readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    ASSERT_TRUE(read.ok());
    const QString html = renderDefault(*read.project, QStringLiteral("en"));
    EXPECT_FALSE(html.contains(QStringLiteral("Standards met")));
    EXPECT_FALSE(html.contains(QStringLiteral("Looked for, not found")));
}
