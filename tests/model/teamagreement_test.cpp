#include "agreementformat.h"
#include "projectreader.h"
#include "teamagreement.h"
#include "teammerge.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <ostream>

static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

// "nan" as a word: finance and maintenance are allowed.
bool hasNaN(const QString &text)
{
    static const QRegularExpression nan(QStringLiteral("\\b(nan|inf)\\b"), QRegularExpression::CaseInsensitiveOption);
    return text.contains(nan);
}

dpi::Project readProject(const QString &path)
{
    const auto read = dpi::readProjectFile(path);
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(dpi::Project());
}

dpi::Project exampleTeam()
{
    return readProject(dpitest::sourcePath(QStringLiteral("assessments/examples/two-analysts/team.dpi.yaml")));
}

TEST(TeamAgreement, NotApplicableAndUnratedAreMissing)
{
    // team.dpi.yaml: education has two items both analysts gave a level to
    // (2/2 and 3/2); capacity.staff is n/a against 1, healthcare has one rating.
    const dpi::Project team = readProject(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")));
    const dpi::TeamAgreement agreement = dpi::computeTeamAgreement(team);
    EXPECT_EQ(agreement.analysts, QStringList({QStringLiteral("Sample analyst A"), QStringLiteral("Sample analyst B")}));
    EXPECT_EQ(agreement.overall.items, 2);
    EXPECT_EQ(agreement.overall.values, 4);
    EXPECT_EQ(agreement.overall.analysts, 2);
    EXPECT_EQ(agreement.overall.percentAgreement.value, std::optional<double>(50.0));
    // The one pair that differs is one level apart.
    EXPECT_EQ(agreement.overall.percentWithinOne.value, std::optional<double>(100.0));
    // Capacity holds only the n/a-against-1 item: one analyst gave a level.
    const dpi::AgreementGroup *capacity = agreement.dimension(QStringLiteral("mini-interop"), QStringLiteral("capacity"));
    ASSERT_NE(capacity, nullptr);
    EXPECT_EQ(capacity->summary.items, 0);
    EXPECT_EQ(capacity->summary.analysts, 1);
    EXPECT_FALSE(capacity->summary.alphaOrdinal.isDefined());
    EXPECT_TRUE(capacity->summary.alphaOrdinal.undefinedReason.contains(QStringLiteral("only one analyst")));
}

// The statistics of a group are exactly those of its items' levels: the
// project layer adds the choice of items and nothing else.
TEST(TeamAgreement, GroupsAreTheStatisticsOfTheirItems)
{
    const dpi::Project team = exampleTeam();
    const dpi::TeamAgreement agreement = dpi::computeTeamAgreement(team);
    const QString framework = QStringLiteral("org-capacity");
    const dpi::ReliabilityData all = dpi::teamReliabilityData(team, QString(), framework);
    EXPECT_EQ(agreement.overall.items, all.pairableUnits());
    EXPECT_EQ(agreement.overall.items, 49); // 52 items, B left two unrated and called one n/a
    EXPECT_EQ(agreement.overall.alphaOrdinal.value, dpi::krippendorffAlpha(all, dpi::AlphaMetric::Ordinal).value);
    EXPECT_EQ(agreement.overall.kappaQuadratic.value, dpi::cohenKappa(all, dpi::KappaWeights::Quadratic).value);
    EXPECT_EQ(agreement.framework(framework)->summary.alphaInterval.value, agreement.overall.alphaInterval.value);

    const dpi::ReliabilityData education = dpi::teamReliabilityData(team, QStringLiteral("education"), framework);
    EXPECT_EQ(agreement.sector(QStringLiteral("education"))->summary.alphaInterval.value,
              dpi::krippendorffAlpha(education, dpi::AlphaMetric::Interval).value);
    const dpi::ReliabilityData lead = dpi::teamReliabilityData(team, QString(), framework, QStringLiteral("oc.lead"));
    EXPECT_EQ(lead.pairableUnits(), 6);
    EXPECT_EQ(agreement.dimension(framework, QStringLiteral("oc.lead"))->summary.kappa.value,
              dpi::cohenKappa(lead, dpi::KappaWeights::Unweighted).value);
    // 42 of 49 shared items have the same level; the other 7 are a level apart.
    EXPECT_NEAR(*agreement.overall.percentAgreement.value, 100.0 * 42 / 49, 1e-9);
    EXPECT_EQ(agreement.overall.percentWithinOne.value, std::optional<double>(100.0));
    ASSERT_TRUE(agreement.overall.alphaOrdinalInterval.isDefined());
    EXPECT_LT(*agreement.overall.alphaOrdinalInterval.lower, *agreement.overall.alphaOrdinal.value);
}

// Levels are compared as shares of their scale, so that a pass/fail gate
// and a 0-4 level can be pooled: "1 of 0-1" and "4 of 0-4" are the same value.
TEST(TeamAgreement, LevelsArePooledAsShareOfTheirScale)
{
    dpi::Project team = readProject(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")));
    const dpi::ReliabilityData data = dpi::teamReliabilityData(team, QStringLiteral("education"), QStringLiteral("mini-interop"));
    ASSERT_EQ(data.units.size(), 3u);
    EXPECT_EQ(data.units[0].values[0], std::optional<double>(50.0));  // level 2 of 0-4
    EXPECT_EQ(data.units[1].values[1], std::optional<double>(50.0));
    EXPECT_EQ(data.units[1].values[0], std::optional<double>(75.0));
    EXPECT_FALSE(data.units[2].values[0].has_value());                // n/a
    EXPECT_EQ(data.units[2].oneLevel, 25.0);
}

TEST(TeamAgreement, JsonHasTheDocumentedKeysAndNoNaN)
{
    const dpi::Project team = exampleTeam();
    const QByteArray json = dpi::agreementAsJson(team, dpi::computeTeamAgreement(team), QStringLiteral("en"));
    EXPECT_FALSE(hasNaN(QString::fromUtf8(json)));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QStringList keys{QStringLiteral("items"), QStringLiteral("analysts"), QStringLiteral("alpha_ordinal"),
                           QStringLiteral("alpha_interval"), QStringLiteral("percent_agreement"), QStringLiteral("kappa"),
                           QStringLiteral("kappa_linear"), QStringLiteral("kappa_quadratic"),
                           QStringLiteral("alpha_ordinal_ci95"), QStringLiteral("percent_within_one")};
    const QJsonObject overall = root[QStringLiteral("overall")].toObject();
    for (const QString &key : keys)
        EXPECT_TRUE(overall.contains(key)) << key.toStdString();
    EXPECT_EQ(overall[QStringLiteral("items")].toInt(), 49);
    EXPECT_EQ(overall[QStringLiteral("analysts")].toInt(), 2);
    EXPECT_EQ(overall[QStringLiteral("percent_agreement")].toDouble(), 85.7);
    EXPECT_EQ(overall[QStringLiteral("alpha_ordinal_ci95")].toArray().size(), 2);

    const QJsonArray sectors = root[QStringLiteral("sectors")].toArray();
    ASSERT_EQ(sectors.size(), 2);
    EXPECT_EQ(sectors[0].toObject()[QStringLiteral("id")].toString(), QStringLiteral("education"));
    const QJsonArray frameworks = root[QStringLiteral("frameworks")].toArray();
    ASSERT_EQ(frameworks.size(), 1);
    const QJsonArray dimensions = frameworks[0].toObject()[QStringLiteral("dimensions")].toArray();
    ASSERT_EQ(dimensions.size(), 8);
    for (const QJsonValue &group : {sectors[1], frameworks[0], dimensions[7]}) {
        for (const QString &key : keys)
            EXPECT_TRUE(group.toObject().contains(key)) << key.toStdString();
    }
    EXPECT_EQ(root[QStringLiteral("analysts")].toArray().size(), 2);
    EXPECT_EQ(root[QStringLiteral("method")].toObject()[QStringLiteral("bootstrap")].toObject()[QStringLiteral("draws")].toInt(), 1000);
}

TEST(TeamAgreement, UndefinedIsNullWithAReason)
{
    // One analyst's file, as dpiw agree sees it after merging it alone.
    const dpi::Project single = readProject(dpitest::sourcePath(QStringLiteral("assessments/examples/two-analysts/analyst-a.dpi.yaml")));
    const dpi::TeamMergeResult merged = dpi::mergeAnalystFiles({{QStringLiteral("a.dpi.yaml"), single}});
    ASSERT_TRUE(merged.ok());
    const dpi::TeamAgreement agreement = dpi::computeTeamAgreement(*merged.project);
    EXPECT_EQ(agreement.analysts.size(), 1);
    const QByteArray json = dpi::agreementAsJson(*merged.project, agreement, QStringLiteral("en"));
    EXPECT_FALSE(hasNaN(QString::fromUtf8(json)));
    const QJsonObject overall = QJsonDocument::fromJson(json).object()[QStringLiteral("overall")].toObject();
    EXPECT_TRUE(overall[QStringLiteral("alpha_ordinal")].isNull());
    EXPECT_EQ(overall[QStringLiteral("alpha_ordinal_reason")].toString(), QStringLiteral("only one analyst gave levels here"));
    EXPECT_TRUE(overall[QStringLiteral("alpha_interval_ci95")].isNull());
    EXPECT_TRUE(overall[QStringLiteral("percent_agreement")].isNull());
    EXPECT_FALSE(overall[QStringLiteral("percent_agreement_reason")].toString().isEmpty());
    // Kappa is for two analysts: with one, the keys are absent, not null.
    EXPECT_FALSE(overall.contains(QStringLiteral("kappa")));

    const QString table = QString::fromUtf8(dpi::agreementAsTable(*merged.project, agreement, QStringLiteral("en")));
    EXPECT_FALSE(hasNaN(table));
    EXPECT_TRUE(table.contains(QStringLiteral("alpha undefined: only one analyst gave levels here (every row)"))) << table.toStdString();
}

TEST(TeamAgreement, AllAgreeIsOneAndOneValueOnlyIsUndefined)
{
    dpi::Project team = readProject(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")));
    dpi::Sector &education = team.sectors[0];
    for (auto &entry : education.scores[QStringLiteral("mini-interop")]) {
        for (dpi::Score &rating : entry.second.ratings) {
            rating.notApplicable = false;
            rating.level = 3;
        }
    }
    // Everyone gave 3 everywhere: no variation.
    dpi::TeamAgreement agreement = dpi::computeTeamAgreement(team);
    EXPECT_EQ(agreement.overall.items, 3);
    EXPECT_FALSE(agreement.overall.alphaInterval.isDefined());
    EXPECT_TRUE(agreement.overall.alphaInterval.undefinedReason.contains(QStringLiteral("same value")));
    EXPECT_EQ(agreement.overall.percentAgreement.value, std::optional<double>(100.0));
    EXPECT_EQ(dpi::formatCoefficient(agreement.overall.alphaInterval), QStringLiteral("-"));

    // Agreeing on different levels: alpha 1.
    education.scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")].ratings[0].level = 1;
    education.scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")].ratings[1].level = 1;
    agreement = dpi::computeTeamAgreement(team);
    EXPECT_EQ(agreement.overall.alphaOrdinal.value, std::optional<double>(1.0));
    EXPECT_EQ(agreement.overall.kappa.value, std::optional<double>(1.0));
    EXPECT_EQ(dpi::formatCoefficient(agreement.overall.alphaOrdinal), QStringLiteral("1.000"));
}

TEST(TeamAgreement, ThreeAnalystsHaveAlphaButNoKappa)
{
    dpi::Project team = readProject(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")));
    dpi::Score third;
    third.analyst = QStringLiteral("Sample analyst C");
    third.level = 2;
    team.sectors[0].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")].ratings.push_back(third);
    const dpi::TeamAgreement agreement = dpi::computeTeamAgreement(team);
    EXPECT_EQ(agreement.analysts.size(), 3);
    EXPECT_FALSE(agreement.overall.hasKappa);
    EXPECT_TRUE(agreement.overall.alphaNominal.isDefined());
    const QJsonObject overall = QJsonDocument::fromJson(dpi::agreementAsJson(team, agreement, QStringLiteral("en")))
                                    .object()[QStringLiteral("overall")].toObject();
    EXPECT_FALSE(overall.contains(QStringLiteral("kappa")));
    EXPECT_EQ(overall[QStringLiteral("analysts")].toInt(), 3);
}

TEST(TeamAgreement, CoefficientsPrintWithThreeDecimals)
{
    EXPECT_EQ(dpi::formatCoefficient(dpi::AgreementValue::of(0.74321)), QStringLiteral("0.743"));
    EXPECT_EQ(dpi::formatCoefficient(dpi::AgreementValue::of(-0.0001)), QStringLiteral("0.000"));
    EXPECT_EQ(dpi::formatCoefficient(dpi::AgreementValue::undefined(QStringLiteral("x")), QStringLiteral("n/a")), QStringLiteral("n/a"));
    dpi::AlphaInterval interval;
    interval.lower = -0.375;
    interval.upper = 1.0;
    EXPECT_EQ(dpi::formatInterval(interval), QStringLiteral("[-0.375, 1.000]"));
}

} // namespace

// An unverified rating (looked for, not found) is a missing value, never
// level 0: written to YAML and read back, it leaves the item unpaired.
TEST(TeamAgreement, UnverifiedRatingsAreMissingNotZero)
{
    dpi::Project team = readProject(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")));
    // education's exchange.logs: A rated 3, B rated 2. B now could not find it.
    ASSERT_EQ(team.sectors[0].id, QStringLiteral("education"));
    dpi::Score &logs = team.sectors[0].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")];
    ASSERT_EQ(logs.ratings.size(), 2u);
    logs.ratings[1].level.reset();
    logs.ratings[1].unverified = true;
    logs.ratings[1].toVerify = QStringLiteral("The operator's log retention policy");

    const QByteArray yaml = dpi::projectToYaml(team);
    ASSERT_TRUE(yaml.contains("level: unverified")) << yaml.toStdString();
    const auto reread = dpi::readProjectText(yaml, QStringLiteral("team.dpi.yaml"));
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    const dpi::Score *read = reread.project->sectors[0].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"));
    ASSERT_NE(read, nullptr);
    ASSERT_EQ(read->ratings.size(), 2u);
    EXPECT_TRUE(read->ratings[1].isUnverified());
    EXPECT_EQ(read->ratings[1].toVerify, QStringLiteral("The operator's log retention policy"));

    const dpi::ReliabilityData data =
        dpi::teamReliabilityData(*reread.project, QStringLiteral("education"), QStringLiteral("mini-interop"));
    ASSERT_EQ(data.units.size(), 3u);
    EXPECT_EQ(data.units[1].values[0], std::optional<double>(75.0));
    EXPECT_FALSE(data.units[1].values[1].has_value()) << "an unverified rating must not become level 0";

    // Only the 2/2 item is left rated by both: one item, full agreement.
    const dpi::TeamAgreement agreement = dpi::computeTeamAgreement(*reread.project);
    EXPECT_EQ(agreement.overall.items, 1);
    EXPECT_EQ(agreement.overall.values, 2);
    EXPECT_EQ(agreement.overall.percentAgreement.value, std::optional<double>(100.0));
}
