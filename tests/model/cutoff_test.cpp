// The evidence cut-off (issue 15): a project states up to which day it uses
// facts, and every evidence item dated later is pointed out as a warning.
#include "projectreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

#include <QFile>

#include <ostream>

static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

// The mini fixture with `cutoff: VALUE` after its period (line 8).
QByteArray miniWithCutoff(const QByteArray &value)
{
    QFile file(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    const QByteArray period = "period: \"2024\"\n";
    EXPECT_TRUE(text.contains(period));
    return text.replace(period, period + "cutoff: " + value + '\n');
}

// 1-based line and column of the first occurrence of `needle`.
std::pair<int, int> positionOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    EXPECT_GE(at, 0) << needle.toStdString();
    const QByteArray before = text.left(at);
    return {int(before.count('\n')) + 1, int(at - before.lastIndexOf('\n'))};
}

TEST(Cutoff, IsReadAndEvidenceUpToItRaisesNothing)
{
    // The fixture's one dated item is from 2024-05-01: on the cut-off day itself is not "after".
    const auto result = dpi::readProjectText(miniWithCutoff("2024-05-01"), QStringLiteral("c.dpi.yaml"));
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.project->metadata.cutoff, QStringLiteral("2024-05-01"));
}

TEST(Cutoff, ANonDateIsAPositionedError)
{
    const auto result = dpi::readProjectText(miniWithCutoff("2024-02-30"), QStringLiteral("c.dpi.yaml"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.diagnostics.toString().contains(
        QStringLiteral("c.dpi.yaml:8:9: error: '2024-02-30' is not a valid date (expected YYYY-MM-DD)")))
        << result.diagnostics.toString().toStdString();
}

TEST(Cutoff, EvidenceDatedLaterIsAWarningAtItsDate)
{
    const QByteArray text = miniWithCutoff("2024-04-30");
    const auto result = dpi::readProjectText(text, QStringLiteral("c.dpi.yaml"));
    ASSERT_TRUE(result.ok()) << result.diagnostics.toString().toStdString(); // a warning keeps the file usable
    ASSERT_EQ(result.diagnostics.items().size(), 1u) << result.diagnostics.toString().toStdString();
    const dpi::Diagnostic &warning = result.diagnostics.items().front();
    EXPECT_EQ(warning.severity, dpi::Severity::Warning);
    // The evidence date (the embedded framework also has an `accessed: 2024-05-01`).
    auto [line, column] = positionOf(text, "date: 2024-05-01\n");
    column += int(qstrlen("date: "));
    EXPECT_EQ(warning.line, line);
    EXPECT_EQ(warning.column, column);
    EXPECT_EQ(warning.message, QStringLiteral("evidence dated 2024-05-01 is after the assessment's cut-off 2024-04-30"));
    // The evidence itself is kept as written.
    const dpi::Score *score = result.project->sectors[0].score(QStringLiteral("mini-interop"),
                                                               QStringLiteral("exchange.membership"));
    ASSERT_NE(score, nullptr);
    ASSERT_EQ(score->evidence.size(), 1u);
    EXPECT_EQ(score->evidence[0].date, QStringLiteral("2024-05-01"));
}

TEST(Cutoff, WithoutACutoffNothingIsWarned)
{
    const auto result = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.project->metadata.cutoff.isEmpty());
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
}

TEST(Cutoff, TheWriterKeepsItAfterThePeriodAndReadsBackTheSame)
{
    const auto original = dpi::readProjectText(miniWithCutoff("2024-12-31"), QStringLiteral("c.dpi.yaml"));
    ASSERT_TRUE(original.ok());
    const QByteArray written = dpi::projectToYaml(*original.project);
    EXPECT_TRUE(written.contains("\nperiod: \"2024\"\ncutoff: 2024-12-31\n")) << written.toStdString();
    const auto reread = dpi::readProjectText(written, QStringLiteral("w.dpi.yaml"));
    ASSERT_TRUE(reread.ok());
    EXPECT_TRUE(reread.diagnostics.isEmpty()) << reread.diagnostics.toString().toStdString();
    EXPECT_EQ(*reread.project, *original.project);
    EXPECT_EQ(dpi::projectToYaml(*reread.project), written);

    // No cut-off, no key: older files keep their bytes.
    dpi::Project without = *original.project;
    without.metadata.cutoff.clear();
    EXPECT_FALSE(dpi::projectToYaml(without).contains("cutoff"));
}

} // namespace
