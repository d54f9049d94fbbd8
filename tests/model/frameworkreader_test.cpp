#include "frameworkreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

#include <ostream>

// Readable QString values in assertion failures.
static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

using dpi::readFrameworkFile;
using dpi::readFrameworkText;

dpi::FrameworkReadResult readMini()
{
    return readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
}

TEST(FrameworkReader, ReadsTheMiniFrameworkWithoutAnyDiagnostic)
{
    const auto result = readMini();
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    ASSERT_TRUE(result.ok());
    const dpi::Framework &framework = *result.framework;
    EXPECT_EQ(framework.id, QStringLiteral("mini-interop"));
    EXPECT_EQ(framework.version, QStringLiteral("1.0.0"));
    EXPECT_EQ(framework.pin(), QStringLiteral("mini-interop@1.0.0"));
    EXPECT_EQ(framework.title.exact(QStringLiteral("ru")), QStringLiteral("Мини-проверка совместимости"));
    EXPECT_FALSE(framework.title.isPlain());
    EXPECT_TRUE(framework.description.isPlain());
    EXPECT_EQ(framework.authors, QStringList{QStringLiteral("DPI Workbench tests")});
    EXPECT_EQ(framework.licence, QStringLiteral("CC-BY-4.0"));
    ASSERT_EQ(framework.sources.size(), 1u);
    EXPECT_EQ(framework.sources[0].accessed, QStringLiteral("2024-05-01"));

    EXPECT_TRUE(framework.scale.allowNotApplicable);
    ASSERT_EQ(framework.scale.levels.size(), 5u);
    EXPECT_EQ(framework.scale.minLevel(), 0);
    EXPECT_EQ(framework.scale.maxLevel(), 4);
    EXPECT_EQ(framework.scale.levels[4].label.text(QStringLiteral("ru")), QStringLiteral("Оптимизированный"));
    EXPECT_EQ(framework.scale.levels[0].description.text(), QStringLiteral("Nothing in place."));

    ASSERT_EQ(framework.dimensions.size(), 2u);
    EXPECT_EQ(framework.dimensions[0].weight, 2.0);
    EXPECT_EQ(framework.criterionCount(), 3);

    const dpi::Criterion *membership = framework.findCriterion(QStringLiteral("exchange.membership"));
    ASSERT_NE(membership, nullptr);
    EXPECT_EQ(membership->weight, 2.0);
    ASSERT_TRUE(membership->critical.has_value());
    EXPECT_EQ(membership->critical->below, 1);
    EXPECT_EQ(membership->critical->capPercent, std::optional<double>(50.0));
    EXPECT_EQ(membership->rubric.size(), 5u);
    EXPECT_EQ(membership->rubric.at(3).text(), QStringLiteral("Core systems publish and consume services."));
    ASSERT_EQ(membership->references.size(), 1u);
    EXPECT_EQ(membership->references[0].fields.size(), 2u);
    EXPECT_EQ(membership->references[0].value(QStringLiteral("requirement")), QStringLiteral("Service Access"));
    EXPECT_EQ(membership->references[0].fields[0].first, QStringLiteral("govstack"));

    const dpi::Criterion *staff = framework.findCriterion(QStringLiteral("capacity.staff"));
    ASSERT_NE(staff, nullptr);
    EXPECT_EQ(staff->weight, 1.0); // default
    EXPECT_FALSE(staff->critical.has_value());
}

TEST(FrameworkReader, ReadsEveryOptionalKeyOfTheFullFixture)
{
    const auto result = readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/full.framework.yaml")));
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    ASSERT_TRUE(result.ok());
    const dpi::Framework &framework = *result.framework;
    EXPECT_EQ(framework.version, QStringLiteral("2.1.0-rc.1"));
    EXPECT_EQ(framework.derivedFrom, QStringLiteral("mini-interop@1.0.0"));
    EXPECT_EQ(framework.title.exact(QStringLiteral("ky")), QStringLiteral("Толук тесттик топтом"));
    EXPECT_EQ(framework.authors.size(), 2);
    EXPECT_EQ(framework.authors[1], QStringLiteral("Doe, J."));
    EXPECT_FALSE(framework.scale.allowNotApplicable);
    EXPECT_EQ(framework.dimensions[0].weight, 1.5);
    EXPECT_EQ(framework.dimensions[1].weight, 0.5);
    EXPECT_EQ(framework.dimensions[0].description.text(), QStringLiteral("Who decides, and on what basis."));
    const dpi::Criterion *mandate = framework.findCriterion(QStringLiteral("governance.mandate"));
    ASSERT_NE(mandate, nullptr);
    EXPECT_EQ(mandate->weight, 2.5);
    EXPECT_FALSE(mandate->critical->capPercent.has_value());
    EXPECT_EQ(mandate->replaces, (QStringList{QStringLiteral("governance.legal-basis"), QStringLiteral("gov.mandate")}));
    EXPECT_EQ(mandate->evidence.exact(QStringLiteral("ru")), QStringLiteral("Текст закона или постановления."));
    EXPECT_EQ(mandate->references[0].value(QStringLiteral("law")), QStringLiteral("Law on Electronic Governance, art. 12"));
    EXPECT_EQ(mandate->references[1].value(QStringLiteral("url")), QStringLiteral("https://example.org/a?b=c#d"));
    EXPECT_EQ(framework.findCriterion(QStringLiteral("operations.uptime"))->critical->capPercent,
              std::optional<double>(37.5));
    ASSERT_EQ(framework.changelog.size(), 2u);
    EXPECT_EQ(framework.changelog[1].date, QStringLiteral("2024-06-30"));
    EXPECT_EQ(framework.changelog[1].summary.exact(QStringLiteral("ru")), QStringLiteral("Добавлен критерий доступности."));
    EXPECT_EQ(framework.sources[1].title, QStringLiteral("Internal note: no URL"));
    EXPECT_TRUE(framework.sources[1].url.isEmpty());
}

TEST(FrameworkReader, DiagnosticsUseTheGivenFileNameAndGccFormat)
{
    const QByteArray text = "schema: dpi-workbench/framework/1\nid: x\nversion: 1.0.0\ntitle: X\n"
                            "scale: {levels: [{value: 0, label: a}, {value: 1, label: b}]}\n"
                            "dimensions: []\n";
    const auto result = readFrameworkText(text, QStringLiteral("partner/edit.framework.yaml"));
    ASSERT_EQ(result.diagnostics.items().size(), 1u) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.diagnostics.items()[0].toString(),
              QStringLiteral("partner/edit.framework.yaml:6:13: error: a framework needs at least one dimension"));
}

TEST(FrameworkReader, ColumnsCountCharactersNotBytes)
{
    // "Мини" is eight bytes but four characters: the unknown key after it
    // must be reported at the column an editor shows.
    const QByteArray text = "schema: dpi-workbench/framework/1\nid: x\nversion: 1.0.0\n"
                            "title: {ru: Мини, xx_yy: z}\n";
    const auto result = readFrameworkText(text, QStringLiteral("f.yaml"));
    bool found = false;
    for (const dpi::Diagnostic &d : result.diagnostics.items()) {
        if (d.message.contains(QStringLiteral("'xx_yy' is not a language code"))) {
            found = true;
            EXPECT_EQ(d.line, 4);
            EXPECT_EQ(d.column, 19);
        }
    }
    EXPECT_TRUE(found) << result.diagnostics.toString().toStdString();
}

TEST(FrameworkReader, MissingFileIsAnErrorNotACrash)
{
    const auto result = readFrameworkFile(QStringLiteral("/nonexistent/dir/none.framework.yaml"));
    EXPECT_FALSE(result.framework.has_value());
    ASSERT_EQ(result.diagnostics.errorCount(), 1);
    EXPECT_TRUE(result.diagnostics.items()[0].message.contains(QStringLiteral("not found")));
}

TEST(FrameworkReader, AProjectFileIsNotAFramework)
{
    const auto result = readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_FALSE(result.ok());
    bool found = false;
    for (const dpi::Diagnostic &d : result.diagnostics.items())
        found = found || (d.line == 2 && d.column == 9 && d.message.contains(QStringLiteral("not a framework")));
    EXPECT_TRUE(found) << result.diagnostics.toString().toStdString();
}

TEST(FrameworkReader, QuotedNumbersAreNotNumbers)
{
    const QByteArray text = "schema: dpi-workbench/framework/1\nid: x\nversion: 1.0.0\ntitle: X\n"
                            "scale: {levels: [{value: 0, label: a}, {value: 1, label: b}]}\n"
                            "dimensions:\n  - id: d\n    title: D\n    weight: \"1.5\"\n"
                            "    criteria:\n      - {id: c, title: C, question: Q, rubric: {0: a, 1: b}}\n";
    const auto result = readFrameworkText(text, QStringLiteral("f.yaml"));
    ASSERT_EQ(result.diagnostics.errorCount(), 1) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.diagnostics.items()[0].line, 9);
    EXPECT_EQ(result.diagnostics.items()[0].column, 13);
    EXPECT_TRUE(result.diagnostics.items()[0].message.contains(QStringLiteral("must be a number, not text '1.5'")));
}

TEST(FrameworkReader, WarnsAboutRubricLevelsLeftOut)
{
    const QByteArray text = "schema: dpi-workbench/framework/1\nid: x\nversion: 1.0.0\ntitle: X\n"
                            "scale: {levels: [{value: 0, label: a}, {value: 1, label: b}, {value: 2, label: c}]}\n"
                            "dimensions:\n  - id: d\n    title: D\n"
                            "    criteria:\n      - {id: c, title: C, question: Q, rubric: {0: a, 2: c}}\n";
    const auto result = readFrameworkText(text, QStringLiteral("f.yaml"));
    EXPECT_TRUE(result.ok());
    ASSERT_EQ(result.diagnostics.warningCount(), 1) << result.diagnostics.toString().toStdString();
    EXPECT_TRUE(result.diagnostics.items()[0].message.contains(QStringLiteral("does not describe level 1")));
}

} // namespace

TEST(FrameworkReader, GateFrameworksSayKindGatesAndOthersAreGraded)
{
    const auto gates = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/gates.framework.yaml")));
    ASSERT_TRUE(gates.ok()) << gates.diagnostics.toString().toStdString();
    EXPECT_TRUE(gates.diagnostics.isEmpty()) << gates.diagnostics.toString().toStdString();
    EXPECT_EQ(gates.framework->kind, dpi::FrameworkKind::Gates);
    EXPECT_TRUE(dpi::frameworkToYaml(*gates.framework).contains("\nkind: gates\nscale:\n"));

    // Files without the key (all written before it existed) are graded, and stay without it.
    const auto mini = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    ASSERT_TRUE(mini.ok());
    EXPECT_EQ(mini.framework->kind, dpi::FrameworkKind::Graded);
    EXPECT_FALSE(dpi::frameworkToYaml(*mini.framework).contains("kind:"));

    // The bundled DPG Standard check is one.
    const auto dpg = dpi::readFrameworkFile(dpitest::sourcePath(QStringLiteral("assessments/dpg-standard.framework.yaml")));
    ASSERT_TRUE(dpg.ok());
    EXPECT_TRUE(dpg.framework->isGates());
}
