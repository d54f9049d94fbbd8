// `dpiw report --lang ky` on the bundled sample: a PDF whose text has the
// template's Kyrgyz headings and locale numbers, with every font embedded.
// The command's own messages stay English.
#include "dpiwrunner.h"
#include "testpaths.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST(DpiwKyrgyzReport, SampleReportHasKyrgyzHeadingsAndEmbeddedFonts)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("ky.pdf"));
    const DpiwRun run = runDpiw({QStringLiteral("report"),
                                 dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")),
                                 QStringLiteral("--lang"), QStringLiteral("ky"), QStringLiteral("-o"), pdf,
                                 QStringLiteral("--date"), QStringLiteral("2026-12-07")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const char *heading : {"Негизги тыянактар", "Мазмуну", "Тармактар боюнча тыянактар", "Иш-аракеттер планы",
                                "Д тиркемеси. Булактар"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    // The cover date in the Kyrgyz form and a page footer.
    EXPECT_TRUE(text.contains(QString::fromUtf8("2026-ж., 7-декабрь"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QString::fromUtf8("Бет 2 /")));
    // Percentages with a decimal comma, as Kyrgyz writes them ("24,1 %").
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\d+,\\d\\s%")).match(text).hasMatch());
    EXPECT_FALSE(QRegularExpression(QStringLiteral("\\b\\d+\\.\\d\\s%")).match(text).hasMatch());
    // Kyrgyz letters, not look-alikes.
    EXPECT_TRUE(text.contains(QChar(0x04A3)) && text.contains(QChar(0x04E9)) && text.contains(QChar(0x04AF)));

    const QStringList fonts = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString &line : fonts) {
        // name type encoding emb sub uni object ID: "emb" is the 4th field from the right.
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        ASSERT_GE(fields.size(), 7) << line.toStdString();
        EXPECT_EQ(fields.at(fields.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
}

TEST(DpiwKyrgyzReport, UnknownLanguageIsAnEnglishUsageError)
{
    const DpiwRun run = runDpiw({QStringLiteral("report"),
                                 dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")),
                                 QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("-o"), QStringLiteral("x.pdf")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--lang must be en, ru or ky"))) << run.err.toStdString();
}
