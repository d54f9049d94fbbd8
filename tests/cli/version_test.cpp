#include <QProcess>

#include <gtest/gtest.h>

TEST(DpiwCli, VersionPrintsProjectVersion)
{
    QProcess process;
    process.start(QStringLiteral(DPIW_DPIW_EXE), {QStringLiteral("--version")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral(DPIW_VERSION)));
}
