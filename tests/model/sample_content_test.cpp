// Content checks on the bundled sample assessment (issue 15): its evidence must bear on
// each criterion rather than be one text recycled across many scores, "not found in a
// desk review" must be an unverified score and never level 0, every judgement must point
// to a source, and no evidence may be dated after the sample's cut-off. The checks are
// functions over a parsed Project, so they are first shown to catch each defect on a
// small project built here, then run on the real sample read by the model's reader.
#include "projectreader.h"
#include "testpaths.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

#include <map>
#include <set>

namespace {

const QString kDefaultCutOff = QStringLiteral("2024-12-31");

// Every agreed score of the project with where it sits; ratings are analysts' drafts and
// are left out, as the report leaves them out.
template <typename Visit>
void forEachScore(const dpi::Project &project, Visit visit)
{
    for (const dpi::Sector &sector : project.sectors)
        for (const auto &[frameworkId, scores] : sector.scores)
            for (const auto &[criterionId, score] : scores)
                visit(sector, frameworkId, criterionId, score);
}

struct EvidenceCounts
{
    int items = 0;
    int distinct = 0;
};

EvidenceCounts countEvidence(const dpi::Project &project)
{
    EvidenceCounts counts;
    std::set<QString> texts;
    forEachScore(project, [&](const dpi::Sector &, const QString &, const QString &, const dpi::Score &score) {
        for (const dpi::EvidenceItem &item : score.evidence) {
            ++counts.items;
            texts.insert(item.text.simplified());
        }
    });
    counts.distinct = static_cast<int>(texts.size());
    return counts;
}

// "sector: text" for every evidence text used more than twice within one sector.
QStringList textsUsedMoreThanTwicePerSector(const dpi::Project &project)
{
    std::map<QString, std::map<QString, int>> uses; // sector -> text -> uses
    forEachScore(project, [&](const dpi::Sector &sector, const QString &, const QString &, const dpi::Score &score) {
        for (const dpi::EvidenceItem &item : score.evidence)
            ++uses[sector.id][item.text.simplified()];
    });
    QStringList overused;
    for (const auto &[sectorId, counts] : uses)
        for (const auto &[text, count] : counts)
            if (count > 2)
                overused << sectorId + QStringLiteral(": ") + QString::number(count) + QStringLiteral("x ") + text.left(80);
    return overused;
}

// Level 0 claims the thing is absent; a note saying the analyst did not find it means it
// was not checked, which is what `unverified` is for.
QStringList zeroScoresFromNotFinding(const dpi::Project &project)
{
    static const QRegularExpression notFound(
        QStringLiteral("not found|nothing (was )?found|\\bno\\b[^.]*\\b(was|were) found|found no|did not find|could not (be )?(find|found|identif)|no information"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    forEachScore(project, [&](const dpi::Sector &sector, const QString &frameworkId, const QString &criterionId, const dpi::Score &score) {
        if (score.level == 0 && notFound.match(score.notes).hasMatch())
            problems << sector.id + QLatin1Char('/') + frameworkId + QLatin1Char('/') + criterionId;
    });
    return problems;
}

// Scored or unverified criteria whose evidence has no URL and whose framework criterion
// names none among its references either: nothing a reader could follow.
QStringList judgementsWithoutUrl(const dpi::Project &project)
{
    QStringList problems;
    forEachScore(project, [&](const dpi::Sector &sector, const QString &frameworkId, const QString &criterionId, const dpi::Score &score) {
        if (!score.isScored() && !score.isUnverified())
            return;
        for (const dpi::EvidenceItem &item : score.evidence)
            if (!item.url.trimmed().isEmpty())
                return;
        if (const dpi::ProjectFramework *framework = project.findFramework(frameworkId))
            if (const dpi::Criterion *criterion = framework->framework.findCriterion(criterionId))
                for (const dpi::Reference &reference : criterion->references)
                    if (!reference.value(QStringLiteral("url")).trimmed().isEmpty())
                        return;
        problems << sector.id + QLatin1Char('/') + frameworkId + QLatin1Char('/') + criterionId;
    });
    return problems;
}

// Evidence dated after the cut-off ("yyyy-mm-dd" compares as text).
QStringList evidenceAfter(const dpi::Project &project, const QString &cutOff)
{
    QStringList problems;
    forEachScore(project, [&](const dpi::Sector &sector, const QString &frameworkId, const QString &criterionId, const dpi::Score &score) {
        for (const dpi::EvidenceItem &item : score.evidence)
            if (!item.date.isEmpty() && item.date.left(10) > cutOff)
                problems << sector.id + QLatin1Char('/') + frameworkId + QLatin1Char('/') + criterionId + QLatin1Char(' ') + item.date;
    });
    return problems;
}

// The sample's own cut-off when the file states one at the top level, else the date the
// sample has always claimed (facts up to December 2024).
QString cutOffOf(const QString &path)
{
    const YAML::Node root = YAML::LoadFile(path.toStdString());
    for (const char *key : {"cut_off", "cutoff", "cut-off"})
        if (root[key] && root[key].IsScalar())
            return QString::fromStdString(root[key].as<std::string>()).left(10);
    return kDefaultCutOff;
}

dpi::EvidenceItem item(const char *text, const char *url = "", const char *date = "")
{
    return {QString::fromUtf8(text), QString::fromUtf8(url), QString::fromUtf8(date)};
}

// A one-sector project whose criterion "c" has a reference only when asked.
dpi::Project smallProject(bool criterionHasUrl)
{
    dpi::Criterion criterion;
    criterion.id = QStringLiteral("c");
    if (criterionHasUrl)
        criterion.references.push_back(dpi::Reference{{{QStringLiteral("url"), QStringLiteral("https://example.org/law")}}});
    dpi::Dimension dimension;
    dimension.id = QStringLiteral("d");
    dimension.criteria.push_back(criterion);
    dpi::ProjectFramework framework;
    framework.id = QStringLiteral("f");
    framework.framework.id = QStringLiteral("f");
    framework.framework.dimensions.push_back(dimension);
    dpi::Project project;
    project.frameworks.push_back(framework);
    dpi::Sector sector;
    sector.id = QStringLiteral("s");
    project.sectors.push_back(sector);
    return project;
}

dpi::Score &scoreOf(dpi::Project &project, const char *criterion = "c")
{
    return project.sectors.front().scores[QStringLiteral("f")][QString::fromLatin1(criterion)];
}

TEST(SampleContentChecks, CatchEachDefectOnASmallProject)
{
    dpi::Project project = smallProject(false);
    dpi::Score &recycled = scoreOf(project, "c");
    recycled.level = 0;
    recycled.notes = QStringLiteral("Not found in a desk review.");
    recycled.evidence = {item("Same radio quote."), item("Same radio quote."), item("Same radio quote.", "", "2025-03-01")};

    const EvidenceCounts counts = countEvidence(project);
    EXPECT_EQ(counts.items, 3);
    EXPECT_EQ(counts.distinct, 1);
    EXPECT_EQ(textsUsedMoreThanTwicePerSector(project).size(), 1);
    EXPECT_EQ(zeroScoresFromNotFinding(project), QStringList{QStringLiteral("s/f/c")});
    EXPECT_EQ(judgementsWithoutUrl(project), QStringList{QStringLiteral("s/f/c")});
    EXPECT_EQ(evidenceAfter(project, kDefaultCutOff).size(), 1);

    // The same score written as the format intends passes every check.
    recycled.level.reset();
    recycled.unverified = true;
    recycled.toVerify = QStringLiteral("The ministry's incident plan.");
    recycled.evidence = {item("A national CERT exists.", "https://cert.gov.kg/ru/legislation/", "2024-07-17")};
    EXPECT_TRUE(textsUsedMoreThanTwicePerSector(project).isEmpty());
    EXPECT_TRUE(zeroScoresFromNotFinding(project).isEmpty());
    EXPECT_TRUE(judgementsWithoutUrl(project).isEmpty());
    EXPECT_TRUE(evidenceAfter(project, kDefaultCutOff).isEmpty());

    // A URL among the criterion's references is enough for a score without evidence;
    // a level 0 whose note gives a reason other than not finding anything is kept.
    dpi::Project referenced = smallProject(true);
    dpi::Score &absent = scoreOf(referenced, "c");
    absent.level = 0;
    absent.notes = QStringLiteral("The ministry confirmed in writing that no plan exists.");
    EXPECT_TRUE(judgementsWithoutUrl(referenced).isEmpty());
    EXPECT_TRUE(zeroScoresFromNotFinding(referenced).isEmpty());
}

class BundledSample : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const dpi::ProjectReadResult read = dpi::readProjectFile(path);
        ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
        ASSERT_TRUE(read.project.has_value());
        project = *read.project;
    }

    const QString path = dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml"));
    dpi::Project project;
};

TEST_F(BundledSample, EvidenceTextsAreMostlyDistinct)
{
    const EvidenceCounts counts = countEvidence(project);
    ASSERT_GT(counts.items, 150) << "the sample should carry its evidence";
    EXPECT_GE(counts.distinct * 10, counts.items * 9)
        << counts.distinct << " distinct texts for " << counts.items << " evidence items (at least 90 % must be distinct)";
}

TEST_F(BundledSample, NoEvidenceTextIsUsedMoreThanTwiceInASector)
{
    const QStringList overused = textsUsedMoreThanTwicePerSector(project);
    EXPECT_TRUE(overused.isEmpty()) << overused.join(QLatin1Char('\n')).toStdString();
}

TEST_F(BundledSample, NothingFoundIsUnverifiedNotLevelZero)
{
    const QStringList zeros = zeroScoresFromNotFinding(project);
    EXPECT_TRUE(zeros.isEmpty()) << zeros.join(QLatin1Char('\n')).toStdString();
}

TEST_F(BundledSample, EveryJudgementPointsToASource)
{
    const QStringList missing = judgementsWithoutUrl(project);
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
}

TEST_F(BundledSample, NoEvidenceIsDatedAfterTheCutOff)
{
    const QString cutOff = cutOffOf(path);
    ASSERT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(cutOff).hasMatch()) << cutOff.toStdString();
    const QStringList late = evidenceAfter(project, cutOff);
    EXPECT_TRUE(late.isEmpty()) << "after " << cutOff.toStdString() << ":\n" << late.join(QLatin1Char('\n')).toStdString();
}

TEST_F(BundledSample, AnalystsAreRolePlaceholders)
{
    forEachScore(project, [](const dpi::Sector &sector, const QString &frameworkId, const QString &criterionId, const dpi::Score &score) {
        if (!score.analyst.isEmpty()) {
            EXPECT_TRUE(score.analyst.startsWith(QStringLiteral("Sample analyst ")))
                << sector.id.toStdString() << '/' << frameworkId.toStdString() << '/' << criterionId.toStdString() << ": "
                << score.analyst.toStdString();
        }
    });
}

} // namespace
