#include "pdftools.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace reporttest;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString err;
};

CliRun dpiw(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(DPIW_DPIW_EXE), QStringList{QStringLiteral("report")} + args);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

class ReportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // report_tests does not depend on dpiw; build it first (cmake --build … --target dpiw).
        if (!QFileInfo::exists(QStringLiteral(DPIW_DPIW_EXE)))
            GTEST_SKIP() << "dpiw is not built";
    }
    QTemporaryDir m_dir;
};

TEST_F(ReportCli, WritesTheReportAndReportsUsageAndTemplateErrors)
{
    const QString project = dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml"));
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    CliRun run = dpiw({project, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("ru"),
                    QStringLiteral("--page-size"), QStringLiteral("Letter"), QStringLiteral("--template"),
                    dpitest::sourcePath(QStringLiteral("templates/reports/default"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Содержание")));

    EXPECT_EQ(dpiw({project}).exitCode, 2);
    EXPECT_EQ(dpiw({project, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("de")}).exitCode, 2);
    EXPECT_EQ(dpiw({project, QStringLiteral("-o"), pdf, QStringLiteral("--bogus")}).exitCode, 2);

    // A copy of the default template with an unclosed section on line 3 of keymessages.html.
    const QString folder = m_dir.filePath(QStringLiteral("broken"));
    QDir().mkpath(folder);
    const QDir source(dpitest::sourcePath(QStringLiteral("templates/reports/default")));
    ASSERT_TRUE(source.exists(QStringLiteral("keymessages.html"))) << source.path().toStdString();
    for (const QString &name : source.entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(source.filePath(name), QDir(folder).filePath(name)));
    QFile summary(QDir(folder).filePath(QStringLiteral("keymessages.html")));
    ASSERT_TRUE(summary.open(QIODevice::ReadWrite));
    QStringList lines = QString::fromUtf8(summary.readAll()).split(QLatin1Char('\n'));
    lines[2] = QStringLiteral("<p>  {{#sectors}}</p>");
    summary.resize(0);
    summary.write(lines.join(QLatin1Char('\n')).toUtf8());
    summary.close();
    const QString broken = m_dir.filePath(QStringLiteral("broken.pdf"));
    run = dpiw({project, QStringLiteral("-o"), broken, QStringLiteral("--template"), folder});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QDir(folder).filePath(QStringLiteral("keymessages.html"))
                                 + QStringLiteral(":3:6: error: template syntax: Unclosed section \"sectors\""))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(broken));
}

} // namespace
