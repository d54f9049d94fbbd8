#include "installedrun.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace installtest;

namespace {

// cp -a: the copy keeps modes, so the programs stay executable.
bool copyTree(const QString &from, const QString &to)
{
    return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}) == 0;
}

} // namespace

// The prefix moved elsewhere as a whole still finds its data: the programs
// look next to themselves, not at a path fixed at build time.
TEST(RelocatedPrefix, FindsItsDataWhereverItIs)
{
    Sandbox sandbox;
    ASSERT_TRUE(sandbox.isValid());
    const QString moved = sandbox.work(QStringLiteral("moved"));
    ASSERT_TRUE(copyTree(prefix(), moved));
    const QString pdf = sandbox.work(QStringLiteral("moved.pdf"));
    const ProgramRun run = sandbox.run(installed(QStringLiteral("bin/dpiw"), moved),
                                {QStringLiteral("report"), dataFile(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml"), moved),
                                 QStringLiteral("-o"), pdf});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo(pdf).size() > 0);
}

// An installed dpiw without its share/ folder finds no template at all: it
// never falls back to the source tree it was built from (which has one).
TEST(RelocatedPrefix, WithoutItsDataNeverFallsBackToTheSourceTree)
{
    Sandbox sandbox;
    ASSERT_TRUE(sandbox.isValid());
    ASSERT_TRUE(QFileInfo(QStringLiteral(DPIW_SOURCE_DIR "/templates/reports/default/manifest.yaml")).isFile());
    const QString bin = sandbox.work(QStringLiteral("bare/bin"));
    ASSERT_TRUE(QDir().mkpath(bin));
    ASSERT_TRUE(copyTree(installed(QStringLiteral("bin/dpiw")), bin + QStringLiteral("/dpiw")));
    const QString pdf = sandbox.work(QStringLiteral("bare.pdf"));
    const ProgramRun run = sandbox.run(bin + QStringLiteral("/dpiw"),
                                {QStringLiteral("report"), dataFile(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")),
                                 QStringLiteral("-o"), pdf});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("report template not found"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral(DPIW_SOURCE_DIR))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}
