// The bundled frameworks and the sample assessment are what researchers and
// partners adopt first, so their coverage rules are checked here (issue 3).
#include "frameworkreader.h"
#include "projectreader.h"
#include "scoring.h"
#include "testpaths.h"

#include <QDir>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("ru")};

QString assessment(const QString &name)
{
    return dpitest::sourcePath(QStringLiteral("assessments/") + name);
}

void expectBilingual(const dpi::LocalizedText &text, const QString &what)
{
    for (const QString &language : kLanguages)
        EXPECT_FALSE(text.exact(language).trimmed().isEmpty()) << what.toStdString() << " lacks " << language.toStdString();
}

dpi::Framework readClean(const QString &path)
{
    const dpi::FrameworkReadResult result = dpi::readFrameworkFile(path);
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    return result.framework.value_or(dpi::Framework());
}

void expectCompleteCriteria(const dpi::Framework &framework)
{
    expectBilingual(framework.title, framework.id + QStringLiteral(" title"));
    expectBilingual(framework.description, framework.id + QStringLiteral(" description"));
    EXPECT_FALSE(framework.sources.empty()) << framework.id.toStdString();
    for (const dpi::ScaleLevel &level : framework.scale.levels)
        expectBilingual(level.label, framework.id + QStringLiteral(" scale label %1").arg(level.value));
    for (const dpi::Dimension &dimension : framework.dimensions) {
        expectBilingual(dimension.title, dimension.id);
        EXPECT_GT(dimension.weight, 0);
        for (const dpi::Criterion &criterion : dimension.criteria) {
            const QString id = criterion.id;
            expectBilingual(criterion.title, id + QStringLiteral(" title"));
            expectBilingual(criterion.question, id + QStringLiteral(" question"));
            expectBilingual(criterion.guidance, id + QStringLiteral(" guidance"));
            expectBilingual(criterion.evidence, id + QStringLiteral(" evidence"));
            EXPECT_FALSE(criterion.references.empty()) << id.toStdString() << " has no reference";
            for (const dpi::ScaleLevel &level : framework.scale.levels) {
                const auto rubric = criterion.rubric.find(level.value);
                ASSERT_NE(rubric, criterion.rubric.end()) << id.toStdString() << " has no rubric for level " << level.value;
                expectBilingual(rubric->second, id + QStringLiteral(" rubric %1").arg(level.value));
            }
        }
    }
}

int criticalCount(const dpi::Framework &framework)
{
    int count = 0;
    for (const auto &dimension : framework.dimensions) {
        for (const auto &criterion : dimension.criteria)
            count += criterion.critical ? 1 : 0;
    }
    return count;
}

} // namespace

class ZeroToFourFramework : public ::testing::TestWithParam<const char *> {};

TEST_P(ZeroToFourFramework, MeetsTheCoverageRules)
{
    const QString file = QString::fromLatin1(GetParam());
    const dpi::Framework framework = readClean(assessment(file));
    ASSERT_FALSE(framework.id.isEmpty());
    EXPECT_GE(framework.dimensions.size(), 4u);
    EXPECT_LE(framework.dimensions.size(), 8u);
    EXPECT_GE(framework.criterionCount(), 20);
    EXPECT_EQ(framework.scale.minLevel(), 0);
    EXPECT_EQ(framework.scale.maxLevel(), 4);
    EXPECT_EQ(framework.scale.levels.size(), 5u);
    const int critical = criticalCount(framework);
    EXPECT_GT(critical, 0);
    EXPECT_LT(critical, framework.criterionCount() / 2) << "critical should mark red flags, not everything";
    expectCompleteCriteria(framework);
}

INSTANTIATE_TEST_SUITE_P(Bundled, ZeroToFourFramework,
                         ::testing::Values("technical-feasibility.framework.yaml",
                                           "legal-due-diligence.framework.yaml",
                                           "org-capacity.framework.yaml"));

TEST(BundledContent, DpgStandardIsNinePassFailIndicators)
{
    const dpi::Framework framework = readClean(assessment(QStringLiteral("dpg-standard.framework.yaml")));
    EXPECT_EQ(framework.criterionCount(), 9);
    ASSERT_EQ(framework.scale.levels.size(), 2u);
    EXPECT_EQ(framework.scale.minLevel(), 0);
    EXPECT_EQ(framework.scale.maxLevel(), 1);
    EXPECT_TRUE(framework.isGates()) << "a checklist of gates, never averaged into readiness";
    expectCompleteCriteria(framework);
}

TEST(BundledContent, EveryBundledFrameworkReadsWithoutDiagnostics)
{
    const QStringList files = QDir(dpitest::sourcePath(QStringLiteral("assessments")))
                                  .entryList({QStringLiteral("*.framework.yaml")}, QDir::Files);
    ASSERT_GE(files.size(), 4);
    for (const QString &file : files) {
        const dpi::FrameworkReadResult result = dpi::readFrameworkFile(assessment(file));
        EXPECT_TRUE(result.ok()) << file.toStdString();
        EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    }
}

TEST(BundledContent, SampleAssessmentIsCompleteAndIllustrative)
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(assessment(QStringLiteral("kyrgyzstan-dpi-2024.dpi.yaml")));
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    EXPECT_TRUE(read.diagnostics.isEmpty()) << read.diagnostics.toString().toStdString();
    const dpi::Project &project = *read.project;

    EXPECT_TRUE(project.metadata.illustrative);
    EXPECT_TRUE(project.metadata.notice.text().contains(QStringLiteral("illustrative"), Qt::CaseInsensitive));
    EXPECT_EQ(project.metadata.country, QStringLiteral("KG"));
    EXPECT_EQ(project.frameworks.size(), 4u);
    ASSERT_NE(project.findSector(QStringLiteral("education")), nullptr);
    ASSERT_NE(project.findSector(QStringLiteral("healthcare")), nullptr);

    // Every criterion is judged: a level, N/A with a reason, or unverified with what would
    // settle it (issue 15: "not found in a desk review" is never level 0). Levels rest on
    // evidence with a source URL; low levels carry a recommendation.
    for (const dpi::Sector &sector : project.sectors) {
        for (const dpi::ProjectFramework &entry : project.frameworks) {
            const dpi::Framework &framework = entry.framework;
            for (const auto &dimension : framework.dimensions) {
                for (const auto &criterion : dimension.criteria) {
                    const std::string where = (sector.id + QLatin1Char('/') + criterion.id).toStdString();
                    const dpi::Score *score = sector.score(entry.id, criterion.id);
                    ASSERT_NE(score, nullptr) << where << " is not scored";
                    ASSERT_TRUE(score->hasJudgement()) << where;
                    if (score->isUnverified()) {
                        EXPECT_FALSE(score->toVerify.trimmed().isEmpty()) << where << ": unverified without to_verify";
                        continue;
                    }
                    if (score->notApplicable) {
                        EXPECT_FALSE(score->notes.trimmed().isEmpty()) << where << ": N/A without a reason";
                        continue;
                    }
                    EXPECT_FALSE(score->evidence.empty()) << where << " has no evidence";
                    for (const dpi::EvidenceItem &item : score->evidence) {
                        EXPECT_TRUE(item.url.startsWith(QStringLiteral("http"))) << where << " evidence without a source URL";
                    }
                    const int span = framework.scale.maxLevel() - framework.scale.minLevel();
                    const bool low = *score->level <= framework.scale.minLevel() + span / 4;
                    if (low) {
                        EXPECT_FALSE(score->recommendation.trimmed().isEmpty()) << where << ": low score without a recommendation";
                    }
                }
            }
        }
    }

    const dpi::ProjectResult result = dpi::scoreProject(project);
    for (const dpi::SectorResult &sector : result.sectors) {
        // Nothing is left unjudged; what was not verified lowers coverage, honestly.
        EXPECT_EQ(sector.coverage.unscored(), 0) << sector.sectorId.toStdString();
        EXPECT_GT(sector.coverage.unverified, 0) << sector.sectorId.toStdString();
        EXPECT_LT(sector.coverage.percent(), 100.0);
        EXPECT_TRUE(sector.overall.has_value());
    }
}

namespace {

// A year after the sample's 2024-12-31 cut-off, as an event date (not the end
// of a plan period such as 2024-2028 or the start of 2025-2028).
const QRegularExpression kLaterYear(QStringLiteral("(?<![-\\x{2013}])\\b202[5-9]\\b(?![-\\x{2013}]\\d)"));

// Nothing after the cut-off is stated as fact: a sentence naming a later year
// must say that it is after the cut-off.
void expectNoLaterFact(const dpi::LocalizedText &text, const std::string &where)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;])\\s+"));
    const std::pair<QString, QString> marks[] = {{QStringLiteral("en"), QStringLiteral("after the cut-off")},
                                                 {QStringLiteral("ru"), QStringLiteral("после даты отсечения")}};
    for (const auto &[language, mark] : marks) {
        for (const QString &sentence : text.exact(language).split(sentenceEnd, Qt::SkipEmptyParts)) {
            if (sentence.contains(kLaterYear))
                EXPECT_TRUE(sentence.contains(mark, Qt::CaseInsensitive)) << where << " (" << language.toStdString() << "): " << sentence.toStdString();
        }
    }
}

void expectLinksResolve(const std::vector<dpi::CriterionLink> &links, const dpi::Project &project, const std::string &where)
{
    for (const dpi::CriterionLink &link : links) {
        const dpi::ProjectFramework *framework = project.findFramework(link.frameworkId);
        ASSERT_NE(framework, nullptr) << where << ": " << link.toString().toStdString();
        EXPECT_NE(framework->framework.findCriterion(link.criterionId), nullptr) << where << ": " << link.toString().toStdString();
    }
}

// Findings and strengths of one level: bilingual, linked to real criteria.
void expectFindings(const std::vector<dpi::Finding> &items, const dpi::Project &project, const std::string &where)
{
    EXPECT_FALSE(items.empty()) << where;
    for (const dpi::Finding &item : items) {
        expectBilingual(item.text, QString::fromStdString(where));
        EXPECT_FALSE(item.links.empty()) << where << ": " << item.text.text().toStdString();
        expectLinksResolve(item.links, project, where);
        expectNoLaterFact(item.text, where);
    }
}

// The action plan of one level: every record has an owner, a priority and a horizon.
void expectActions(const std::vector<dpi::ActionItem> &actions, const dpi::Project &project, const std::string &where)
{
    ASSERT_FALSE(actions.empty()) << where;
    bool high = false;
    for (const dpi::ActionItem &action : actions) {
        const std::string what = where + ": " + action.text.text().toStdString();
        expectBilingual(action.text, QString::fromStdString(what));
        expectBilingual(action.owner, QString::fromStdString(what + " owner"));
        EXPECT_NE(action.horizon, dpi::ActionHorizon::Unset) << what;
        EXPECT_FALSE(action.links.empty()) << what;
        expectLinksResolve(action.links, project, what);
        expectNoLaterFact(action.text, what);
        high = high || action.priority == dpi::ActionPriority::High;
    }
    EXPECT_TRUE(high) << where << " has no high-priority action";
}

} // namespace

// Issue 15: the sample says what it found and what should be done, in both
// languages, for both sectors and the whole assessment, resting on real criteria.
TEST(BundledContent, SampleHasContextFindingsAndAnActionPlan)
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(assessment(QStringLiteral("kyrgyzstan-dpi-2024.dpi.yaml")));
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    const dpi::Project &project = *read.project;

    expectBilingual(project.context.text, QStringLiteral("context text"));
    expectNoLaterFact(project.context.text, "context text");
    for (const char *subject : {"Tunduk", "X-Road", "2024\u20132028", "No. 127", "Personal Data Protection"})
        EXPECT_TRUE(project.context.text.exact(QStringLiteral("en")).contains(QString::fromUtf8(subject))) << subject;
    EXPECT_GE(project.context.sources.size(), 8u);
    for (const dpi::ContextSource &source : project.context.sources) {
        EXPECT_TRUE(source.url.startsWith(QStringLiteral("https://"))) << source.url.toStdString();
        EXPECT_FALSE(source.title.isEmpty()) << source.url.toStdString();
    }

    expectFindings(project.conclusions.findings, project, "assessment findings");
    expectFindings(project.conclusions.strengths, project, "assessment strengths");
    expectActions(project.conclusions.actions, project, "assessment actions");
    for (const char *id : {"education", "healthcare"}) {
        const dpi::Sector *sector = project.findSector(QLatin1String(id));
        ASSERT_NE(sector, nullptr) << id;
        expectFindings(sector->conclusions.findings, project, std::string(id) + " findings");
        expectFindings(sector->conclusions.strengths, project, std::string(id) + " strengths");
        expectActions(sector->conclusions.actions, project, std::string(id) + " actions");
    }
}
