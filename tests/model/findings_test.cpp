// Findings, strengths, actions and the project context: read from real
// files, written back, and the old recommendations upgraded into actions.

#include "findings.h"
#include "projectreader.h"
#include "recommendationupgrade.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

namespace {

dpi::Project readFull()
{
    const auto result = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/full.dpi.yaml")));
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    return result.project.value_or(dpi::Project());
}

TEST(Findings, FullFixtureReadsSectorAndAssessmentConclusions)
{
    const dpi::Project project = readFull();
    ASSERT_EQ(project.sectors.size(), 2u);
    const dpi::Conclusions &education = project.sectors[0].conclusions;
    ASSERT_EQ(education.findings.size(), 1u);
    EXPECT_EQ(education.findings[0].text.text(), QStringLiteral("Enrolment data stays inside the ministry."));
    ASSERT_EQ(education.findings[0].links.size(), 2u);
    EXPECT_EQ(education.findings[0].links[1].frameworkId, QStringLiteral("full-fixture"));
    EXPECT_EQ(education.findings[0].links[1].criterionId, QStringLiteral("governance.mandate"));
    ASSERT_EQ(education.strengths.size(), 1u);
    ASSERT_EQ(education.actions.size(), 2u);
    const dpi::ActionItem &first = education.actions[0];
    EXPECT_EQ(first.priority, dpi::ActionPriority::High);
    EXPECT_EQ(first.horizon, dpi::ActionHorizon::Short);
    EXPECT_EQ(first.owner.text(), QStringLiteral("Ministry of Education"));
    EXPECT_EQ(education.actions[1].priority, dpi::ActionPriority::Low);
    EXPECT_EQ(education.actions[1].horizon, dpi::ActionHorizon::Long);
    EXPECT_TRUE(project.sectors[1].conclusions.isEmpty());

    const dpi::Conclusions &overall = project.conclusions;
    ASSERT_EQ(overall.actions.size(), 1u);
    EXPECT_EQ(overall.actions[0].owner.text(QStringLiteral("ru")), QStringLiteral("Министерство цифрового развития"));
    EXPECT_EQ(overall.actions[0].horizon, dpi::ActionHorizon::Medium);
    EXPECT_EQ(overall.actions[0].cost.text(), QStringLiteral("Staff time only."));
    EXPECT_EQ(overall.strengths[0].text.text(QStringLiteral("ru")), QStringLiteral("Платформа ведёт журналы."));
    EXPECT_EQ(project.context.text.text(QStringLiteral("ru")),
              QStringLiteral("Национальная платформа обмена данными связывает министерства."));
    ASSERT_EQ(project.context.sources.size(), 2u);
    EXPECT_EQ(project.context.sources[0].title, QStringLiteral("National digital strategy"));
    EXPECT_TRUE(project.context.sources[1].title.isEmpty());
}

TEST(Findings, WrittenInTheDocumentedOrderAndReadBackEqual)
{
    const dpi::Project project = readFull();
    const QByteArray saved = dpi::projectToYaml(project);
    const QByteArray sector = "    findings:\n"
                              "      - text: Enrolment data stays inside the ministry.\n"
                              "        criteria: [mini-interop/exchange.membership, full-fixture/governance.mandate]\n"
                              "    strengths:\n"
                              "      - text: Staff know the exchange.\n"
                              "    actions:\n"
                              "      - text: Publish enrolment data as a service.\n"
                              "        priority: high\n"
                              "        owner: Ministry of Education\n"
                              "        horizon: within-6-months\n"
                              "        criteria: [mini-interop/exchange.membership]\n"
                              "      - text: Write a data governance mandate.\n"
                              "        priority: low\n"
                              "        horizon: later\n"
                              "    scores:\n";
    EXPECT_TRUE(saved.contains(sector)) << saved.toStdString();
    // The context and the assessment's conclusions come after the metadata, before the frameworks.
    EXPECT_LT(saved.indexOf("\ncontext:\n"), saved.indexOf("\nfindings:\n"));
    EXPECT_LT(saved.indexOf("\nactions:\n"), saved.indexOf("\nframeworks:\n"));
    const auto again = dpi::readProjectText(saved, QStringLiteral("saved.dpi.yaml"));
    ASSERT_TRUE(again.ok()) << again.diagnostics.toString().toStdString();
    EXPECT_EQ(*again.project, project);
}

TEST(Findings, OldFilesReadWithNoConclusions)
{
    const auto result = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.diagnostics.isEmpty());
    EXPECT_TRUE(result.project->conclusions.isEmpty());
    EXPECT_TRUE(result.project->context.isEmpty());
    for (const dpi::Sector &sector : result.project->sectors)
        EXPECT_TRUE(sector.conclusions.isEmpty());
    EXPECT_FALSE(dpi::projectToYaml(*result.project).contains("actions:"));
}

TEST(Findings, AnItemWithoutTextYetIsKeptWithAWarning)
{
    dpi::Project project = readFull();
    project.sectors[1].conclusions.actions.push_back(dpi::ActionItem());
    const QByteArray saved = dpi::projectToYaml(project);
    EXPECT_TRUE(saved.contains("    actions:\n      - text: \"\"\n        priority: medium\n")) << saved.toStdString();
    const auto again = dpi::readProjectText(saved, QStringLiteral("s.dpi.yaml"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.diagnostics.warningCount(), 1) << again.diagnostics.toString().toStdString();
    EXPECT_TRUE(again.diagnostics.toString().contains(QStringLiteral("an action has no text yet")));
    EXPECT_EQ(*again.project, project);
}

TEST(Findings, BadValuesArePositionedErrors)
{
    const QByteArray text = "schema: dpi-workbench/project/1\n"
                            "title: P\n"
                            "actions:\n"
                            "  - text: Do it.\n"
                            "    criteria: [nowhere/c1, bad-form]\n"
                            "  - priority: high\n"
                            "findings:\n"
                            "  - text: {en: X}\n"
                            "    colour: red\n"
                            "context:\n"
                            "  sources:\n"
                            "    - title: No address\n";
    const auto result = dpi::readProjectText(text, QStringLiteral("p.dpi.yaml"));
    const QString all = result.diagnostics.toString();
    EXPECT_TRUE(all.contains(QStringLiteral("p.dpi.yaml:5:16: error: link to unknown framework 'nowhere' (the project uses: none)")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("p.dpi.yaml:5:28: error: 'bad-form' is not framework/criterion")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("p.dpi.yaml:6:5: error: missing required key 'text' in an action")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("p.dpi.yaml:9:5: warning: unknown key 'colour' in a finding")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("p.dpi.yaml:12:7: error: missing required key 'url' in a context source")))
        << all.toStdString();
}

TEST(Findings, ActionsSortHighFirstThenSoonerKeepingTheAnalystsOrder)
{
    std::vector<dpi::ActionItem> actions(5);
    actions[0].priority = dpi::ActionPriority::Low;
    actions[1].priority = dpi::ActionPriority::High; // no horizon: after the high one with a horizon
    actions[2].priority = dpi::ActionPriority::Medium;
    actions[3].priority = dpi::ActionPriority::High;
    actions[3].horizon = dpi::ActionHorizon::Long;
    actions[4].priority = dpi::ActionPriority::Medium;
    EXPECT_EQ(dpi::actionsByPriority(actions), (std::vector<int>{3, 1, 2, 4, 0}));
}

TEST(Findings, CriterionLinksParseOnlyTheTwoPartForm)
{
    const auto link = dpi::CriterionLink::parse(QStringLiteral("dpg-standard/ind.1"));
    ASSERT_TRUE(link.has_value());
    EXPECT_EQ(link->frameworkId, QStringLiteral("dpg-standard"));
    EXPECT_EQ(link->toString(), QStringLiteral("dpg-standard/ind.1"));
    EXPECT_FALSE(dpi::CriterionLink::parse(QStringLiteral("a/b/c")).has_value());
    EXPECT_FALSE(dpi::CriterionLink::parse(QStringLiteral("/b")).has_value());
    EXPECT_FALSE(dpi::CriterionLink::parse(QStringLiteral("a/")).has_value());
}

TEST(RecommendationUpgrade, EachRecommendationBecomesALinkedMediumActionOnce)
{
    const dpi::Project project = readFull();
    const dpi::RecommendationUpgrade upgrade = dpi::upgradeRecommendations(project);
    EXPECT_EQ(upgrade.converted, 1);
    const dpi::Conclusions &education = upgrade.result.sectors[0].conclusions;
    ASSERT_EQ(education.actions.size(), 3u);
    const dpi::ActionItem &action = education.actions[2];
    // The fixture's report language is Russian, so the text goes in as Russian.
    EXPECT_EQ(action.text.exact(QStringLiteral("ru")), QStringLiteral("Publish enrolment data as a service."));
    EXPECT_EQ(action.priority, dpi::ActionPriority::Medium);
    EXPECT_EQ(action.horizon, dpi::ActionHorizon::Unset);
    EXPECT_TRUE(action.owner.isEmpty());
    ASSERT_EQ(action.links.size(), 1u);
    EXPECT_EQ(action.links[0].toString(), QStringLiteral("mini-interop/exchange.membership"));
    const dpi::Score *score = upgrade.result.sectors[0].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.membership"));
    ASSERT_NE(score, nullptr);
    EXPECT_TRUE(score->recommendation.isEmpty());
    EXPECT_EQ(score->level, 2); // the judgement itself is untouched

    EXPECT_EQ(dpi::upgradeRecommendations(upgrade.result).converted, 0);
}

TEST(RecommendationUpgrade, TheBundledSampleConvertsEveryRecommendation)
{
    const auto sample = dpi::readProjectFile(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")));
    ASSERT_TRUE(sample.ok()) << sample.diagnostics.toString().toStdString();
    int recommendations = 0;
    for (const dpi::Sector &sector : sample.project->sectors) {
        for (const auto &framework : sector.scores) {
            for (const auto &entry : framework.second)
                recommendations += entry.second.recommendation.trimmed().isEmpty() ? 0 : 1;
        }
    }
    ASSERT_GT(recommendations, 0);
    const dpi::RecommendationUpgrade upgrade = dpi::upgradeRecommendations(*sample.project);
    EXPECT_EQ(upgrade.converted, recommendations);
    // What it writes reads back as the same project, without a word of complaint.
    const QByteArray saved = dpi::projectToYaml(upgrade.result);
    const auto again = dpi::readProjectText(saved, QStringLiteral("upgraded.dpi.yaml"));
    ASSERT_TRUE(again.ok()) << again.diagnostics.toString().toStdString();
    EXPECT_TRUE(again.diagnostics.isEmpty()) << again.diagnostics.toString().toStdString();
    EXPECT_EQ(*again.project, upgrade.result);
}

} // namespace
