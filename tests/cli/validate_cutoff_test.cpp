// `dpiw validate` on a project with an evidence cut-off: later evidence is a
// warning with its position, which --strict turns into a failure.
#include "dpiwrunner.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

TEST(DpiwValidateCutoff, EvidenceAfterTheCutoffIsAPositionedWarning)
{
    QFile fixture(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    ASSERT_TRUE(fixture.open(QIODevice::ReadOnly));
    QByteArray text = fixture.readAll();
    const QByteArray period = "period: \"2024\"\n";
    ASSERT_TRUE(text.contains(period));
    text.replace(period, period + "cutoff: 2024-04-30\n");
    // The fixture's only dated evidence item: `date: 2024-05-01` (its embedded
    // framework's `accessed: 2024-05-01` is no evidence).
    const qsizetype at = text.indexOf("date: 2024-05-01\n") + qsizetype(qstrlen("date: "));
    ASSERT_GE(at, qsizetype(qstrlen("date: ")));
    const QByteArray before = text.left(at);
    const int line = int(before.count('\n')) + 1;
    const int column = int(at - before.lastIndexOf('\n'));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("late.dpi.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const DpiwRun run = runDpiw({QStringLiteral("validate"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("%1:%2:%3: warning: evidence dated 2024-05-01 is after the "
                                                "assessment's cut-off 2024-04-30")
                                     .arg(path)
                                     .arg(line)
                                     .arg(column)))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("ok (0 errors, 1 warnings)"))) << run.out.toStdString();

    const DpiwRun strict = runDpiw({QStringLiteral("validate"), QStringLiteral("--strict"), path});
    EXPECT_EQ(strict.exitCode, 1);
}

} // namespace
