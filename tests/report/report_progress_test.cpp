// "Progress since the last round": in the report after the key messages when
// the project names its previous round, in English and Russian, with the
// deltas of compareRounds(); absent without one; a note (and a warning, never
// an error) when the named round cannot be read.
#include "pdftools.h"
#include "previousround.h"
#include "projectreader.h"
#include "reportcontext.h"
#include "reportexporter.h"
#include "roundcomparison.h"
#include "roundfixture.h"
#include "scoring.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace dpi;

namespace {

const QString kFollowUp = QStringLiteral("assessments/examples/follow-up-2025/kyrgyzstan-dpi-2025.dpi.yaml");

struct Rounds
{
    Project before;
    Project after;
    ProjectResult beforeResult;
};

Rounds followUpRounds()
{
    const QString path = dpitest::sourcePath(kFollowUp);
    const ProjectReadResult after = readProjectFile(path);
    EXPECT_TRUE(after.ok()) << after.diagnostics.toString().toStdString();
    Rounds rounds;
    rounds.after = after.project.value_or(Project());
    const PreviousRoundFile before = loadPreviousRound(rounds.after.metadata.previousRound, path);
    EXPECT_TRUE(before.isLoaded()) << before.problem.toStdString();
    rounds.before = before.project.value_or(Project());
    rounds.beforeResult = scoreProject(rounds.before);
    return rounds;
}

ReportExportOptions options(const QString &language)
{
    ReportExportOptions options;
    options.templateName = dpitest::sourcePath(QStringLiteral("templates/reports/default"));
    options.language = language;
    options.date = QStringLiteral("2025-12-31");
    return options;
}

// "+8.3" / "−5.6": how the report prints a change in percentage points.
QString signedPp(double delta)
{
    const double rounded = std::round(delta * 10) / 10;
    const QString number = QString::number(std::abs(rounded), 'f', 1);
    return rounded > 0 ? QLatin1Char('+') + number : rounded < 0 ? QChar(0x2212) + number : number;
}

} // namespace

TEST(ReportProgress, FollowUpReportShowsTheProgressInBothLanguages)
{
    const Rounds rounds = followUpRounds();
    const RoundComparison comparison = compareRounds(rounds.before, rounds.after);
    const SectorChange *health = comparison.sector(QStringLiteral("healthcare"));
    ASSERT_NE(health, nullptr);
    ASSERT_TRUE(health->overall.deltaPp());
    const QString healthDelta = signedPp(*health->overall.deltaPp());

    QTemporaryDir dir;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        SCOPED_TRACE(language.toStdString());
        ReportExportOptions chosen = options(language);
        chosen.previousRound = &rounds.before;
        chosen.previousResult = &rounds.beforeResult;
        const QString pdf = dir.filePath(QStringLiteral("progress-%1.pdf").arg(language));
        const ReportExportResult result = exportReportPdf(rounds.after, pdf, chosen);
        ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
        EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();

        const QString text = reporttest::pdfText(pdf).simplified();
        const bool en = language == QLatin1String("en");
        // After the key messages, before the contents (which list it) and the context.
        const qsizetype keyMessages = text.indexOf(en ? QStringLiteral("Key messages") : QStringLiteral("Ключевые выводы"));
        const QString title = en ? QStringLiteral("Progress since the last round") : QStringLiteral("Изменения с прошлого раунда");
        const qsizetype section = text.indexOf(title, keyMessages);
        const qsizetype contents = text.indexOf(en ? QStringLiteral("Contents") : QStringLiteral("Содержание"), keyMessages);
        ASSERT_GE(keyMessages, 0);
        ASSERT_GT(section, keyMessages);
        EXPECT_LT(section, contents);
        const QString body = text.mid(section, contents - section);

        // The two cells that moved (changes.yaml): e-documents 2 -> 3, the lead 2 -> 1.
        // (pdftotext drops the narrow spaces around the arrow: compared without white space.)
        const QString tight = reporttest::squeezed(body);
        EXPECT_TRUE(tight.contains(QStringLiteral("2→3▲"))) << body.left(3000).toStdString();
        EXPECT_TRUE(tight.contains(QStringLiteral("2→1▼")));
        // Healthcare's overall change, as compareRounds() computes it.
        EXPECT_TRUE(body.contains(healthDelta)) << healthDelta.toStdString();
        // The map's movement: the Tunduk mobile app, evolution 0.36 -> 0.42.
        EXPECT_TRUE(body.contains(en ? QStringLiteral("evolution 0.36 → 0.42") : QStringLiteral("эволюция 0.36 → 0.42")))
            << body.toStdString();
        EXPECT_TRUE(body.contains(en ? QStringLiteral("Improved") : QStringLiteral("Улучшились")));
        EXPECT_TRUE(body.contains(en ? QStringLiteral("Declined") : QStringLiteral("Ухудшились")));
    }
}

TEST(ReportProgress, NoPreviousRoundNoSection)
{
    const ProjectReadResult sample =
        readProjectFile(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")));
    ASSERT_TRUE(sample.ok());
    ASSERT_TRUE(sample.project->metadata.previousRound.isEmpty());
    const QVariantMap context = buildReportContext(*sample.project, scoreProject(*sample.project), {});
    EXPECT_FALSE(context.value(QStringLiteral("has_progress")).toBool());
    EXPECT_FALSE(context.value(QStringLiteral("progress_unavailable")).toBool());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plain.pdf"));
    const ReportExportResult result = exportReportPdf(*sample.project, pdf, options(QStringLiteral("en")));
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    const QString text = reporttest::pdfText(pdf);
    EXPECT_FALSE(text.contains(QStringLiteral("Progress since the last round")));
    EXPECT_FALSE(text.contains(QStringLiteral("previous round")));
}

TEST(ReportProgress, AnUnreadablePreviousRoundIsANoteAndAWarning)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    Project after = *readProjectFile(fixture.afterPath).project;
    after.metadata.previousRound = QStringLiteral("gone.dpi.yaml");
    const PreviousRoundFile missing = loadPreviousRound(after.metadata.previousRound, fixture.afterPath);
    ASSERT_FALSE(missing.isLoaded());

    ReportExportOptions chosen = options(QStringLiteral("en"));
    chosen.previousRoundProblem = missing.problem;
    const QString pdf = dir.filePath(QStringLiteral("missing.pdf"));
    const ReportExportResult result = exportReportPdf(after, pdf, chosen);
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    ASSERT_EQ(result.diagnostics.warningCount(), 1);
    EXPECT_TRUE(result.diagnostics.items()[0].toString().startsWith(
        QStringLiteral("gone.dpi.yaml:0:0: warning: the previous round 'gone.dpi.yaml' was not found")));
    const QString text = reporttest::pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("The previous round could not be compared: the previous round 'gone.dpi.yaml' was not found")))
        << text.left(4000).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Progress since the last round")));
}

// The fixture's hand-computed deltas (roundfixture.h) printed by the report,
// and the changed map drawn through a "mapdiff:" object.
TEST(ReportProgress, FixtureDeltasAndTheDiffMap)
{
    QTemporaryDir dir;
    const dpitest::RoundFixture fixture = dpitest::writeRoundFixture(dir.path());
    const Project before = *readProjectFile(fixture.beforePath).project;
    const Project after = *readProjectFile(fixture.afterPath).project;
    const ProjectResult beforeResult = scoreProject(before);
    ReportExportOptions chosen = options(QStringLiteral("en"));
    chosen.previousRound = &before;
    chosen.previousResult = &beforeResult;
    const QString pdf = dir.filePath(QStringLiteral("fixture.pdf"));
    const ReportExportResult result = exportReportPdf(after, pdf, chosen);
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    EXPECT_TRUE(result.diagnostics.isEmpty()) << result.diagnostics.toString().toStdString();
    const QString text = reporttest::pdfText(pdf).simplified();
    // education 58.3 -> 66.7 (+8.3), healthcare 38.9 -> 33.3 (−5.6).
    EXPECT_TRUE(text.contains(QStringLiteral("Education 58.3 66.7 +8.3"))) << text.left(4000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Healthcare 38.9 33.3 −5.6")));
    EXPECT_TRUE(reporttest::squeezed(text).contains(QStringLiteral("4→unverified")));
    EXPECT_TRUE(text.contains(QStringLiteral("Exchange layer: evolution 0.40 → 0.55")));
    EXPECT_TRUE(text.contains(QStringLiteral("Mobile app: new since the previous round")));
    EXPECT_TRUE(text.contains(QStringLiteral("Paper forms: removed since the previous round")));
}

// dpiw report reads the previous round the project names by itself.
TEST(ReportProgress, DpiwReportReadsThePreviousRound)
{
    if (!QFileInfo::exists(QStringLiteral(DPIW_DPIW_EXE)))
        GTEST_SKIP() << "dpiw is not built";
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cli.pdf"));
    QProcess process;
    process.start(QStringLiteral(DPIW_DPIW_EXE),
                  {QStringLiteral("report"), dpitest::sourcePath(kFollowUp), QStringLiteral("-o"), pdf,
                   QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--date"), QStringLiteral("2025-12-31")});
    ASSERT_TRUE(process.waitForFinished(180000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(reporttest::pdfText(pdf).simplified().contains(QStringLiteral("Изменения с прошлого раунда")));
}
