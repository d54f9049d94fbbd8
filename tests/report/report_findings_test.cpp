// Findings, strengths, the action plan and the context in the report: the
// values a template sees, and a real PDF from the default template.

#include "miniproject.h"
#include "pdftools.h"
#include "testpaths.h"

#include "reportcontext.h"
#include "reportexporter.h"
#include "scoring.h"
#include "templatevariablecheck.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;
using namespace reporttest;

namespace {

ActionItem action(const QString &text, ActionPriority priority, ActionHorizon horizon = ActionHorizon::Unset)
{
    ActionItem item;
    item.text = LocalizedText(text);
    item.priority = priority;
    item.horizon = horizon;
    return item;
}

// The mini project with conclusions: twelve actions in education (two more
// than the body shows), written in an order that is not the priority order.
Project miniWithConclusions()
{
    Project project = loadMini();
    Conclusions &education = project.sectors[0].conclusions;
    Finding finding;
    finding.text = LocalizedText(QStringLiteral("Enrolment data stays inside the ministry."));
    finding.text.set(QStringLiteral("ru"), QStringLiteral("Данные о зачислении остаются в министерстве."));
    finding.links.push_back({QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")});
    education.findings.push_back(finding);
    Finding strength;
    strength.text = LocalizedText(QStringLiteral("School staff already use the exchange."));
    education.strengths.push_back(strength);
    Finding markup; // shown as written, never read as HTML
    markup.text = LocalizedText(QStringLiteral("Tags <b>stay</b> & text"));
    education.strengths.push_back(markup);
    education.findings.push_back(Finding()); // no text yet: left out
    for (int i = 1; i <= 10; ++i)
        education.actions.push_back(action(QStringLiteral("Routine step %1").arg(i), ActionPriority::Medium));
    education.actions.push_back(action(QStringLiteral("Archive old registers"), ActionPriority::Low, ActionHorizon::Long));
    education.actions.back().links.push_back({QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")});
    ActionItem urgent = action(QStringLiteral("Publish enrolment data as a service"), ActionPriority::High, ActionHorizon::Short);
    urgent.owner = LocalizedText(QStringLiteral("MoES"));
    urgent.owner.set(QStringLiteral("ru"), QStringLiteral("МОиН"));
    urgent.cost = LocalizedText(QStringLiteral("Two developers"));
    urgent.links.push_back({QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")});
    education.actions.push_back(urgent);

    Finding overall;
    overall.text = LocalizedText(QStringLiteral("Few ministries publish services yet."));
    project.conclusions.findings.push_back(overall);
    project.context.text = LocalizedText(QStringLiteral("Tunduk connects the ministries.\n\nIts operator is a state enterprise."));
    project.context.sources.push_back({QStringLiteral("Tunduk"), QStringLiteral("https://tunduk.kg/about")});
    return project;
}

// pdftotext keeps the font's ligatures (ﬁ, ﬀ...); the tests search plain letters.
QString withoutLigatures(QString text)
{
    const std::pair<const char16_t *, const char *> ligatures[] = {
        {u"\uFB00", "ff"}, {u"\uFB01", "fi"}, {u"\uFB02", "fl"}, {u"\uFB03", "ffi"}, {u"\uFB04", "ffl"}};
    for (const auto &[ligature, letters] : ligatures)
        text.replace(QString::fromUtf16(ligature), QString::fromLatin1(letters));
    return text;
}

QVariantMap sectorContext(const QVariantMap &context, int index)
{
    return context.value(QStringLiteral("sectors")).toList().value(index).toMap();
}

TEST(ReportFindings, ActionsAreSortedHighFirstWithTenInTheBody)
{
    const Project project = miniWithConclusions();
    ReportContextOptions options;
    options.labels = {{QStringLiteral("priority_high"), QStringLiteral("HIGH!")}};
    const QVariantMap context = buildReportContext(project, scoreProject(project), options);
    const QVariantMap education = sectorContext(context, 0);

    const QVariantList findings = education.value(QStringLiteral("findings")).toList();
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].toMap().value(QStringLiteral("criteria_text")).toString(), QStringLiteral("Sector systems on the exchange layer"));
    EXPECT_EQ(education.value(QStringLiteral("strengths")).toList().size(), 2);

    const QVariantList actions = education.value(QStringLiteral("actions")).toList();
    ASSERT_EQ(actions.size(), 12);
    const QVariantMap first = actions[0].toMap();
    EXPECT_EQ(first.value(QStringLiteral("text")).toString(), QStringLiteral("Publish enrolment data as a service"));
    EXPECT_EQ(first.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    EXPECT_EQ(first.value(QStringLiteral("priority_label")).toString(), QStringLiteral("HIGH!"));
    EXPECT_EQ(first.value(QStringLiteral("horizon_label")).toString(), QStringLiteral("Within 6 months"));
    EXPECT_EQ(first.value(QStringLiteral("owner")).toString(), QStringLiteral("MoES"));
    EXPECT_EQ(first.value(QStringLiteral("number")).toString(), QStringLiteral("1"));
    EXPECT_EQ(actions[11].toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Archive old registers"));
    EXPECT_EQ(actions[1].toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Routine step 1"));

    const QVariantList body = education.value(QStringLiteral("body_actions")).toList();
    const QVariantList more = education.value(QStringLiteral("more_actions")).toList();
    ASSERT_EQ(body.size(), 10);
    ASSERT_EQ(more.size(), 2);
    EXPECT_EQ(more[0].toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Routine step 10"));
    EXPECT_EQ(more[1].toMap().value(QStringLiteral("number")).toString(), QStringLiteral("12"));
    EXPECT_TRUE(context.value(QStringLiteral("has_more_actions")).toBool());
    EXPECT_TRUE(context.value(QStringLiteral("has_actions")).toBool());

    const QVariantMap health = sectorContext(context, 1);
    EXPECT_FALSE(health.value(QStringLiteral("has_conclusions")).toBool());
    EXPECT_FALSE(health.value(QStringLiteral("has_actions")).toBool());

    const QVariantMap assessment = context.value(QStringLiteral("assessment")).toMap();
    EXPECT_TRUE(assessment.value(QStringLiteral("has_findings")).toBool());
    EXPECT_FALSE(assessment.value(QStringLiteral("has_actions")).toBool());
    const QVariantMap projectContext = context.value(QStringLiteral("context")).toMap();
    EXPECT_EQ(projectContext.value(QStringLiteral("paragraphs")).toList().size(), 2);
    EXPECT_TRUE(context.value(QStringLiteral("has_context")).toBool());

    // The context's source is numbered with all the others: the chapter cites
    // [n], and entry n of the report's sources holds the address.
    const QVariantMap contextSource = projectContext.value(QStringLiteral("sources")).toList().value(0).toMap();
    const int number = contextSource.value(QStringLiteral("number")).toInt();
    ASSERT_GT(number, 0);
    EXPECT_EQ(contextSource.value(QStringLiteral("cite")).toString(), QStringLiteral("[%1]").arg(number));
    const QVariantMap listed = context.value(QStringLiteral("sources")).toList().value(number - 1).toMap();
    EXPECT_EQ(listed.value(QStringLiteral("url")).toString(), QStringLiteral("https://tunduk.kg/about"));
    EXPECT_EQ(listed.value(QStringLiteral("title")).toString(), QStringLiteral("Tunduk"));
}

TEST(ReportFindings, ACriterionWithoutARecommendationShowsItsLinkedActions)
{
    const Project project = miniWithConclusions();
    const QVariantMap education = sectorContext(buildReportContext(project, scoreProject(project), {}), 0);
    QMap<QString, QString> recommendations;
    for (const QVariant &framework : education.value(QStringLiteral("frameworks")).toList()) {
        for (const QVariant &dimension : framework.toMap().value(QStringLiteral("dimensions")).toList()) {
            for (const QVariant &criterion : dimension.toMap().value(QStringLiteral("criteria")).toList())
                recommendations.insert(criterion.toMap().value(QStringLiteral("id")).toString(),
                                       criterion.toMap().value(QStringLiteral("recommendation")).toString());
        }
    }
    // The score's own recommendation wins; an action linked to a criterion speaks where there is none.
    EXPECT_EQ(recommendations.value(QStringLiteral("exchange.membership")), QStringLiteral("Publish enrolment data as a service."));
    EXPECT_EQ(recommendations.value(QStringLiteral("exchange.logs")), QStringLiteral("Archive old registers"));
    EXPECT_EQ(recommendations.value(QStringLiteral("capacity.staff")), QString());
}

TEST(ReportFindings, RussianTextFallsBackToEnglishWhereMissing)
{
    const Project project = miniWithConclusions();
    ReportContextOptions options;
    options.language = QStringLiteral("ru");
    const QVariantMap education = sectorContext(buildReportContext(project, scoreProject(project), options), 0);
    const QVariantMap first = education.value(QStringLiteral("actions")).toList().value(0).toMap();
    EXPECT_EQ(first.value(QStringLiteral("owner")).toString(), QStringLiteral("МОиН"));
    EXPECT_EQ(first.value(QStringLiteral("text")).toString(), QStringLiteral("Publish enrolment data as a service"));
    EXPECT_EQ(education.value(QStringLiteral("findings")).toList().value(0).toMap().value(QStringLiteral("text")).toString(),
              QStringLiteral("Данные о зачислении остаются в министерстве."));
}

TEST(ReportFindings, ItemKeysAreKnownToTheTemplateCheckEvenWhenTheListsAreEmpty)
{
    const Project project = loadMini();
    const QSet<QString> names = templateVariableNames(buildReportContext(project, scoreProject(project), {}));
    for (const char *name : {"body_actions", "more_actions", "priority_label", "horizon_label", "has_owner",
                             "criteria_text", "assessment.findings", "context.paragraphs", "has_title"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(name))) << name;
}

TEST(ReportFindings, ThePdfShowsFindingsTheActionPlanAndTheAnnex)
{
    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("DPIW_REPORT_TEST_OUT");
    const Project project = miniWithConclusions();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        SCOPED_TRACE(language.toStdString());
        ReportExportOptions options;
        options.templateName = dpitest::sourcePath(QStringLiteral("templates/reports/default"));
        options.language = language;
        options.date = QStringLiteral("2024-06-01");
        const QString pdf = QDir(keep.isEmpty() ? dir.path() : keep).filePath(QStringLiteral("findings-%1.pdf").arg(language));
        const ReportExportResult result = exportReportPdf(project, pdf, options);
        ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
        EXPECT_FALSE(result.diagnostics.hasErrors()) << result.diagnostics.toString().toStdString();
        const QString text = withoutLigatures(pdfText(pdf)).simplified();
        const bool en = language == QLatin1String("en");
        EXPECT_TRUE(text.contains(en ? QStringLiteral("Enrolment data stays inside the ministry.")
                                     : QStringLiteral("Данные о зачислении остаются в министерстве.")));
        EXPECT_TRUE(text.contains(QStringLiteral("School staff already use the exchange.")));
        EXPECT_TRUE(text.contains(QStringLiteral("Tags <b>stay</b> & text")));
        EXPECT_TRUE(text.contains(QStringLiteral("Few ministries publish services yet.")));
        EXPECT_TRUE(text.contains(QStringLiteral("Tunduk connects the ministries.")));
        EXPECT_TRUE(text.contains(QStringLiteral("https://tunduk.kg/about")));

        // The high-priority action opens the sector's plan, before the medium ones.
        // (The plan's heading is also in the contents and a glossary term: find its lead.)
        const qsizetype plan = text.indexOf(en ? QStringLiteral("What should be done, by whom and when")
                                               : QStringLiteral("Что следует сделать, кому и когда"));
        ASSERT_GE(plan, 0) << text.toStdString();
        const qsizetype urgent = text.indexOf(QStringLiteral("Publish enrolment data as a service"), plan);
        ASSERT_GT(urgent, plan);
        EXPECT_LT(urgent, text.indexOf(QStringLiteral("Routine step 1 "), plan));
        EXPECT_TRUE(text.mid(urgent, 200).contains(en ? QStringLiteral("High") : QStringLiteral("Высокий")));
        EXPECT_TRUE(text.mid(urgent, 200).contains(en ? QStringLiteral("MoES") : QStringLiteral("МОиН")));

        // The two actions beyond the body's ten are in the annex, after the evidence annex.
        const qsizetype annex = text.lastIndexOf(en ? QStringLiteral("Annex C (continued). Further actions")
                                                  : QStringLiteral("Приложение В (продолжение). Другие действия"));
        ASSERT_GT(annex, urgent);
        EXPECT_GT(text.indexOf(QStringLiteral("Archive old registers"), annex), annex);
        EXPECT_EQ(text.indexOf(QStringLiteral("Archive old registers"), plan), text.indexOf(QStringLiteral("Archive old registers"), annex));
    }
}

} // namespace
