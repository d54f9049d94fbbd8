// The data a report template sees for unverified scores, gate frameworks and
// the confidence beside each headline figure.

#include "projectreader.h"
#include "reportcontext.h"
#include "scoring.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dpi;

namespace {

Project readValid(const char *name)
{
    const ProjectReadResult read = readProjectFile(dpitest::dataPath(QStringLiteral("valid/") + QLatin1String(name)));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(Project());
}

QVariantMap contextOf(const Project &project, const QString &language = QStringLiteral("en"))
{
    ReportContextOptions options;
    options.language = language;
    options.date = QStringLiteral("2024-06-01");
    return buildReportContext(project, scoreProject(project), options);
}

QVariantMap sectorOf(const QVariantMap &context, const QString &id)
{
    for (const QVariant &sector : context.value(QStringLiteral("sectors")).toList()) {
        if (sector.toMap().value(QStringLiteral("id")) == id)
            return sector.toMap();
    }
    return {};
}

} // namespace

TEST(ReportContext, UnverifiedScoresAreListedToVerifyAndNeverAsALevel)
{
    const QVariantMap context = contextOf(readValid("full.dpi.yaml"));
    const QVariantMap education = sectorOf(context, QStringLiteral("education"));
    const QVariantList toVerify = education.value(QStringLiteral("to_verify")).toList();
    ASSERT_EQ(toVerify.size(), 1);
    const QVariantMap item = toVerify[0].toMap();
    EXPECT_EQ(item.value(QStringLiteral("id")).toString(), QStringLiteral("exchange.logs"));
    EXPECT_TRUE(item.value(QStringLiteral("unverified")).toBool());
    EXPECT_FALSE(item.value(QStringLiteral("unscored")).toBool());
    EXPECT_FALSE(item.value(QStringLiteral("scored")).toBool());
    EXPECT_FALSE(item.value(QStringLiteral("red_flag")).toBool());
    EXPECT_EQ(item.value(QStringLiteral("level")).toString(), QStringLiteral("unverified"));
    EXPECT_EQ(item.value(QStringLiteral("to_verify")).toString(),
              QStringLiteral("The operator's log retention order; not published."));
    EXPECT_TRUE(item.value(QStringLiteral("has_to_verify")).toBool());
    EXPECT_TRUE(education.value(QStringLiteral("has_to_verify")).toBool());
    EXPECT_EQ(education.value(QStringLiteral("coverage")).toMap().value(QStringLiteral("unverified")).toString(),
              QStringLiteral("1"));

    const QVariantList all = context.value(QStringLiteral("to_verify")).toList();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].toMap().value(QStringLiteral("sector_title")).toString(), QStringLiteral("Education"));
    EXPECT_TRUE(context.value(QStringLiteral("has_to_verify")).toBool());

    // The unverified criterion is not a gap either: it has no percent.
    for (const QVariant &gap : education.value(QStringLiteral("gaps")).toList())
        EXPECT_NE(gap.toMap().value(QStringLiteral("id")).toString(), QStringLiteral("exchange.logs"));
}

TEST(ReportContext, GateFrameworksAreChecklistsWithCountsAndNoPercent)
{
    const QVariantMap context = contextOf(readValid("gates.dpi.yaml"));
    EXPECT_TRUE(context.value(QStringLiteral("has_gates")).toBool());
    for (const QVariant &framework : context.value(QStringLiteral("frameworks")).toList()) {
        const QVariantMap map = framework.toMap();
        EXPECT_EQ(map.value(QStringLiteral("gates")).toBool(), map.value(QStringLiteral("id")) == QStringLiteral("mini-gates"));
    }

    const QVariantMap education = sectorOf(context, QStringLiteral("education"));
    const QVariantList gates = education.value(QStringLiteral("gates")).toList();
    ASSERT_EQ(gates.size(), 1);
    const QVariantMap gate = gates[0].toMap();
    EXPECT_EQ(gate.value(QStringLiteral("framework_id")).toString(), QStringLiteral("mini-gates"));
    EXPECT_EQ(gate.value(QStringLiteral("passed")).toString(), QStringLiteral("1"));
    EXPECT_EQ(gate.value(QStringLiteral("unverified")).toString(), QStringLiteral("1"));
    EXPECT_EQ(gate.value(QStringLiteral("total")).toString(), QStringLiteral("2"));
    EXPECT_FALSE(gate.value(QStringLiteral("meets")).toBool());
    EXPECT_EQ(gate.value(QStringLiteral("status")).toString(), QStringLiteral("undetermined"));
    const QVariantList items = gate.value(QStringLiteral("items")).toList();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toMap().value(QStringLiteral("gate_state")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(items[1].toMap().value(QStringLiteral("gate_state")).toString(), QStringLiteral("unverified"));

    const QVariantMap health = sectorOf(context, QStringLiteral("healthcare"));
    const QVariantMap failing = health.value(QStringLiteral("gates")).toList().value(0).toMap();
    EXPECT_EQ(failing.value(QStringLiteral("status")).toString(), QStringLiteral("does-not-meet"));
    EXPECT_TRUE(failing.value(QStringLiteral("does_not_meet")).toBool());
    EXPECT_EQ(failing.value(QStringLiteral("status_label")).toString(), QStringLiteral("does not meet"));

    // The gate framework has no percent anywhere, and overall readiness is the graded one's.
    for (const QVariant &entry : education.value(QStringLiteral("frameworks")).toList()) {
        const QVariantMap framework = entry.toMap();
        if (framework.value(QStringLiteral("gates")).toBool()) {
            EXPECT_FALSE(framework.value(QStringLiteral("has_percent")).toBool());
            EXPECT_TRUE(framework.value(QStringLiteral("gate")).toMap().contains(QStringLiteral("items")));
        } else {
            EXPECT_EQ(framework.value(QStringLiteral("percent")), education.value(QStringLiteral("overall")));
        }
    }
    EXPECT_EQ(context.value(QStringLiteral("gate_results")).toList().size(), 2);
}

// Each headline figure's confidence mix comes with the label it can claim.
TEST(ReportContext, HeadlineFiguresCarryAConfidenceLabel)
{
    const QVariantMap context = contextOf(readValid("gates.dpi.yaml"));
    const QVariantMap education = sectorOf(context, QStringLiteral("education"));
    const QVariantMap confidence = education.value(QStringLiteral("confidence")).toMap();
    EXPECT_EQ(confidence.value(QStringLiteral("level")).toString(), QStringLiteral("medium"));
    EXPECT_EQ(confidence.value(QStringLiteral("label")).toString(), QStringLiteral("medium"));
    const QVariantMap health = sectorOf(context, QStringLiteral("healthcare"));
    EXPECT_EQ(health.value(QStringLiteral("confidence")).toMap().value(QStringLiteral("level")).toString(),
              QStringLiteral("low"));
}

TEST(ReportContext, CountryNameComesFromTheTemplateLabelBeforeQtsName)
{
    Project project = readValid("mini.dpi.yaml");
    project.metadata.country = QStringLiteral("KG");
    ReportContextOptions options;
    options.language = QStringLiteral("ru");
    const ProjectResult result = scoreProject(project);
    const auto countryName = [&](const ReportContextOptions &o) {
        return buildReportContext(project, result, o).value(QStringLiteral("project")).toMap().value(QStringLiteral("country_name")).toString();
    };
    // Without a label: Qt's (CLDR's) Russian name, whatever it is, never the bare code.
    const QString fromQt = countryName(options);
    EXPECT_FALSE(fromQt.isEmpty());
    EXPECT_NE(fromQt, QStringLiteral("KG"));
    options.labels[QStringLiteral("country_KG")] = QStringLiteral("Кыргызстан");
    EXPECT_EQ(countryName(options), QStringLiteral("Кыргызстан"));
    // The label of another country changes nothing.
    options.labels.erase(QStringLiteral("country_KG"));
    options.labels[QStringLiteral("country_KZ")] = QStringLiteral("Казахстан");
    EXPECT_EQ(countryName(options), fromQt);
}
