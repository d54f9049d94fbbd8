#include "csvscores.h"
#include "projectreader.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dpi;

namespace {

Project readMini()
{
    const ProjectReadResult read = readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(Project());
}

Project withoutScores(Project project)
{
    for (Sector &sector : project.sectors)
        sector.scores.clear();
    return project;
}

QString diagnosticsText(const CsvScores::ImportResult &result)
{
    return result.diagnostics.toString();
}

// The header of files written before `to_verify` existed: import still reads them.
const QByteArray kHeader = "sector,framework,dimension,criterion,title,level,confidence,evidence,notes,recommendation,analyst,scored_at\r\n";
const QByteArray kExportHeader = "sector,framework,dimension,criterion,title,level,confidence,evidence,notes,recommendation,analyst,scored_at,to_verify\r\n";

} // namespace

TEST(CsvScores, ExportWritesOneRowPerSectorAndCriterion)
{
    const Project project = readMini();
    const QByteArray csv = CsvScores::exportScores(project);
    ASSERT_TRUE(csv.startsWith(kExportHeader));
    const QList<QByteArray> lines = csv.split('\n');
    // 2 sectors x 3 criteria + header, every record ends in CRLF; no field holds a line break here.
    EXPECT_EQ(lines.size(), 1 + 6 + 1);
    EXPECT_TRUE(lines.last().isEmpty());
    EXPECT_TRUE(csv.contains("education,mini-interop,exchange,exchange.membership,Sector systems on the exchange layer,2,medium,"
                             "E-Kundoluk is listed as a member in the catalogue. | https://tunduk.kg/ | 2024-05-01,"
                             "Consumes identity look-ups only.,Publish enrolment data as a service.,A. Analyst,2024-05-10T12:00:00Z,\r\n"));
    EXPECT_TRUE(csv.contains("education,mini-interop,capacity,capacity.staff,ICT staff,n/a,,,Staff are counted at ministry level only.,,,,\r\n"));
    EXPECT_TRUE(csv.contains("healthcare,mini-interop,exchange,exchange.logs,Message logs kept,4,,,,,,,\r\n"));
    EXPECT_FALSE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(CsvScores::exportScores(project, {true}).startsWith("\xEF\xBB\xBF"));
}

TEST(CsvScores, ExportThenImportIsIdentity)
{
    Project project = readMini();
    ASSERT_FALSE(project.sectors.empty());
    // Make every awkward character appear once: separators, quotes, line
    // breaks, the evidence escapes, Cyrillic.
    Score &score = project.sectors[1].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")];
    score.notes = QString::fromUtf8("Журналы хранятся 6 месяцев, \"по приказу\";\nвторая строка");
    score.evidence = {{QStringLiteral("Log policy | section 3, a\\b"), QStringLiteral("https://example.org/a?b=1,2"), QString()},
                      {QStringLiteral("Interview\nwith the ministry"), QString(), QStringLiteral("2024-04-02")},
                      {QString(), QStringLiteral("https://x-road.global/"), QString()}};
    score.recommendation = QStringLiteral(" leading and trailing space ");

    const QByteArray csv = CsvScores::exportScores(project);

    const CsvScores::ImportResult same = importScoresCsv(project, csv, QStringLiteral("scores.csv"));
    EXPECT_TRUE(same.diagnostics.isEmpty()) << diagnosticsText(same).toStdString();
    EXPECT_TRUE(same.conflicts.empty());
    EXPECT_EQ(same.changedCells, 0);
    EXPECT_EQ(same.project, project);

    const Project empty = withoutScores(project);
    const CsvScores::ImportResult restored = importScoresCsv(empty, csv, QStringLiteral("scores.csv"));
    EXPECT_TRUE(restored.diagnostics.isEmpty()) << diagnosticsText(restored).toStdString();
    EXPECT_TRUE(restored.conflicts.empty());
    EXPECT_EQ(restored.changedCells, 6);
    EXPECT_EQ(restored.project, project);
    EXPECT_FALSE(empty == project); // the import returned a new value; its input is untouched
}

TEST(CsvScores, EvidenceCellRoundTrips)
{
    const std::vector<EvidenceItem> items = {{QStringLiteral("a | b"), QStringLiteral("u"), QStringLiteral("d")},
                                             {QStringLiteral("back\\slash"), QString(), QString()},
                                             {QStringLiteral("t"), QString(), QStringLiteral("2024-01-01")}};
    const QString text = CsvScores::formatEvidence(items);
    EXPECT_EQ(text, QStringLiteral("a \\| b | u | d\nback\\\\slash\nt |  | 2024-01-01"));
    EXPECT_EQ(CsvScores::parseEvidence(text), items);
    QString error;
    CsvScores::parseEvidence(QStringLiteral("a | b | c | d"), &error);
    EXPECT_FALSE(error.isEmpty());
}

TEST(CsvScores, ConflictsAreListedAndPolicyDecidesTheWinner)
{
    const Project project = readMini();
    QByteArray csv = CsvScores::exportScores(project);
    // healthcare/exchange.logs is level 4 in the project; the sheet says 3.
    csv.replace("healthcare,mini-interop,exchange,exchange.logs,Message logs kept,4,,",
                "healthcare,mini-interop,exchange,exchange.logs,Message logs kept,3,high,");
    // healthcare has no score for... every cell is set in mini; clear one to see an addition.
    Project current = project;
    current.sectors[0].scores[QStringLiteral("mini-interop")].erase(QStringLiteral("exchange.logs"));

    const CsvScores::ImportResult taken = importScoresCsv(current, csv, QStringLiteral("s.csv"));
    ASSERT_TRUE(taken.ok()) << diagnosticsText(taken).toStdString();
    ASSERT_EQ(taken.conflicts.size(), 1u);
    const CsvScores::Conflict &c = taken.conflicts.front();
    EXPECT_EQ(c.sectorId, QStringLiteral("healthcare"));
    EXPECT_EQ(c.criterionId, QStringLiteral("exchange.logs"));
    EXPECT_EQ(c.current.level, 4);
    EXPECT_EQ(c.imported.level, 3);
    EXPECT_EQ(c.line, 6); // header, 3 education rows, healthcare membership, then this
    EXPECT_EQ(taken.changedCells, 2); // the conflict and the re-added education cell
    EXPECT_EQ(taken.project.sectors[1].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"))->level, 3);
    EXPECT_EQ(taken.project.sectors[1].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"))->confidence,
              Confidence::High);
    EXPECT_EQ(*taken.project.sectors[0].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")),
              *project.sectors[0].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")));

    const CsvScores::ImportResult kept = CsvScores::importScores(current, csv, QStringLiteral("s.csv"),
                                                                 CsvScores::ConflictPolicy::KeepCurrent);
    ASSERT_EQ(kept.conflicts.size(), 1u);
    EXPECT_EQ(kept.changedCells, 1);
    EXPECT_EQ(kept.project.sectors[1].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"))->level, 4);
}

TEST(CsvScores, EmptyRowNeverClearsAScore)
{
    const Project project = readMini();
    const QByteArray csv = kHeader + "education,mini-interop,exchange,exchange.membership,,,,,,,,\r\n";
    const CsvScores::ImportResult result = importScoresCsv(project, csv, QStringLiteral("s.csv"));
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.changedCells, 0);
    EXPECT_EQ(result.project, project);
}

TEST(CsvScores, MalformedRowsAreReportedAtTheirLineAndSkipped)
{
    const Project project = withoutScores(readMini());
    const QByteArray csv = kHeader
        // line 2-3: a good row whose notes span two lines
        + "education,mini-interop,exchange,exchange.logs,x,3,high,,\"two\r\nlines\",,,\r\n"
        // line 4: unknown sector
        + "transport,mini-interop,exchange,exchange.logs,x,3,,,,,,\r\n"
        // line 5: level outside the scale
        + "education,mini-interop,capacity,capacity.staff,x,7,,,,,,\r\n"
        // line 6: bad confidence and an unknown criterion
        + "healthcare,mini-interop,exchange,exchange.nope,x,2,sure,,,,,\r\n"
        // line 7: unknown framework
        + "healthcare,dpg,exchange,exchange.logs,x,2,,,,,,\r\n"
        // line 8: too few fields
        + "healthcare,mini-interop,exchange,exchange.logs,x,2\r\n"
        // line 9: level is not a number
        + "healthcare,mini-interop,exchange,exchange.logs,x,two,,,,,,\r\n"
        // line 10: the same cell as line 2
        + "education,mini-interop,exchange,exchange.logs,x,1,,,,,,\r\n"
        // line 11: good
        + "healthcare,mini-interop,capacity,capacity.staff,x,n/a,low,,,,,\r\n";
    const CsvScores::ImportResult result = importScoresCsv(project, csv, QStringLiteral("scores.csv"));
    EXPECT_FALSE(result.ok());
    const QStringList expected = {
        QStringLiteral("scores.csv:4:1: error: unknown sector 'transport'"),
        QStringLiteral("scores.csv:5:50: error: level 7 is outside the scale 0-4 of 'mini-interop'"),
        QStringLiteral("scores.csv:6:34: error: framework 'mini-interop' has no criterion 'exchange.nope'"),
        QStringLiteral("scores.csv:6:52: error: confidence 'sure' is not low, medium, high or empty"),
        QStringLiteral("scores.csv:7:12: error: unknown framework 'dpg'"),
        QStringLiteral("scores.csv:8:50: error: row has 6 fields, the header has 12"),
        QStringLiteral("scores.csv:9:50: error: level 'two' is not a whole number, n/a, unverified or empty"),
        QStringLiteral("scores.csv:10:33: error: 'exchange.logs' is listed twice for sector 'education' (first on line 2)"),
    };
    QStringList actual;
    for (const Diagnostic &d : result.diagnostics.items())
        actual << d.toString();
    EXPECT_EQ(actual.join(QLatin1Char('\n')).toStdString(), expected.join(QLatin1Char('\n')).toStdString());

    // The good rows still landed.
    const Score *logs = result.project.sectors[0].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"));
    ASSERT_TRUE(logs);
    EXPECT_EQ(logs->level, 3);
    EXPECT_EQ(logs->notes, QStringLiteral("two\r\nlines"));
    const Score *staff = result.project.sectors[1].score(QStringLiteral("mini-interop"), QStringLiteral("capacity.staff"));
    ASSERT_TRUE(staff);
    EXPECT_TRUE(staff->notApplicable);
    EXPECT_EQ(staff->confidence, Confidence::Low);
    EXPECT_EQ(result.changedCells, 2);
}

TEST(CsvScores, AcceptsExcelSemicolonsBomAndReorderedColumns)
{
    const Project project = withoutScores(readMini());
    const QByteArray csv = QByteArray("\xEF\xBB\xBF") + "Level;Criterion;Sector;Framework;Notes\n"
                           + "2;exchange.membership;healthcare;mini-interop;\"a; b\"\n";
    const CsvScores::ImportResult result = importScoresCsv(project, csv, QStringLiteral("excel.csv"));
    ASSERT_TRUE(result.ok()) << diagnosticsText(result).toStdString();
    const Score *s = result.project.sectors[1].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.membership"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->level, 2);
    EXPECT_EQ(s->notes, QStringLiteral("a; b"));
}

TEST(CsvScores, StructuralErrorsStopWithAPosition)
{
    const Project project = readMini();
    const CsvScores::ImportResult noColumn = importScoresCsv(project, "sector,level\r\neducation,2\r\n", QStringLiteral("a.csv"));
    EXPECT_EQ(noColumn.diagnostics.toString().toStdString(),
              "a.csv:1:1: error: missing required column 'framework'\n"
              "a.csv:1:1: error: missing required column 'criterion'\n");
    EXPECT_EQ(noColumn.project, project);

    const CsvScores::ImportResult open = importScoresCsv(project, kHeader + "education,mini-interop,e,exchange.logs,x,3,,\"never closed,,,\r\n",
                                                         QStringLiteral("b.csv"));
    ASSERT_EQ(open.diagnostics.items().size(), 1u);
    EXPECT_EQ(open.diagnostics.items().front().toString().toStdString(), "b.csv:2:45: error: quoted field is never closed");

    const CsvScores::ImportResult latin1 = importScoresCsv(project, kHeader + "education,mini-interop,e,exchange.logs,\xe9t\xe9,3,,,,,,\r\n",
                                                           QStringLiteral("c.csv"));
    EXPECT_FALSE(latin1.ok());
    EXPECT_EQ(latin1.project, project);

    const CsvScores::ImportResult empty = importScoresCsv(project, QByteArray(), QStringLiteral("d.csv"));
    EXPECT_FALSE(empty.ok());
}

// A CSV row is the agreed result; the analysts' ratings have no column and
// an import must not drop them.
TEST(CsvScores, ImportKeepsTheAnalystsRatings)
{
    const ProjectReadResult read = readProjectFile(dpitest::dataPath(QStringLiteral("valid/team.dpi.yaml")));
    ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    const QByteArray csv = kHeader + "education,mini-interop,exchange,exchange.logs,Message logs kept,4,high,,,,,\r\n";
    const CsvScores::ImportResult result = importScoresCsv(*read.project, csv, QStringLiteral("s.csv"));
    ASSERT_TRUE(result.ok()) << diagnosticsText(result).toStdString();
    EXPECT_EQ(result.changedCells, 1);
    const Score *logs = result.project.sectors[0].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"));
    ASSERT_NE(logs, nullptr);
    EXPECT_EQ(logs->level, std::optional<int>(4));
    ASSERT_EQ(logs->ratings.size(), 2u);
    EXPECT_EQ(logs->ratings[1].level, std::optional<int>(2));
    EXPECT_EQ(logs->reconciledBy, QStringLiteral("Sample analyst A"));
}

TEST(CsvScores, UnverifiedAndWhatWouldSettleItRoundTrip)
{
    Project project = readMini();
    Score &score = project.sectors[1].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.membership")];
    score = Score();
    score.unverified = true;
    score.toVerify = QStringLiteral("The member catalogue extract, from the operator");

    const QByteArray csv = CsvScores::exportScores(project);
    EXPECT_TRUE(csv.contains("healthcare,mini-interop,exchange,exchange.membership,Sector systems on the exchange layer,"
                             "unverified,,,,,,,\"The member catalogue extract, from the operator\"\r\n"));

    const CsvScores::ImportResult restored = importScoresCsv(withoutScores(project), csv, QStringLiteral("scores.csv"));
    EXPECT_TRUE(restored.diagnostics.isEmpty()) << diagnosticsText(restored).toStdString();
    EXPECT_EQ(restored.project, project);
    const Score *back = restored.project.sectors[1].score(QStringLiteral("mini-interop"), QStringLiteral("exchange.membership"));
    ASSERT_NE(back, nullptr);
    EXPECT_TRUE(back->isUnverified());
    EXPECT_FALSE(back->isScored());
}
