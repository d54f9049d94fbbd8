// Crash-safe saving, proven: a child process saves a large project over and
// over and is killed with SIGKILL at random moments. Whatever moment the kill
// hits, the file on disk must be exactly one of the two complete versions.
#include "saveloop.h"

#include "projectreader.h"
#include "yamlwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <algorithm>
#include <random>

#include <signal.h>

namespace {

constexpr int kIterations = 30;
constexpr int kSectors = 800; // a file over 1 MB: a write takes long enough to be hit

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(SaveCrash, KilledAtRandomTheFileIsAlwaysOldOrNew)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.dpi.yaml"));
    const QByteArray versions[2] = {dpi::projectToYaml(dpitest::largeProject(1, kSectors)),
                                    dpi::projectToYaml(dpitest::largeProject(2, kSectors))};
    ASSERT_NE(versions[0], versions[1]);
    ASSERT_GT(versions[0].size(), 1024 * 1024) << "the project must be large";

    QString error;
    ASSERT_TRUE(dpi::saveProject(dpitest::largeProject(1, kSectors), path, &error)) << error.toStdString();

    std::mt19937 random(20261128);
    int seen[2] = {0, 0};
    // On Linux QSaveFile writes into an unnamed O_TMPFILE and names it
    // (NAME.XXXXXX) only at commit, just before the rename: a kill mid-write
    // leaves nothing, a kill between link and rename leaves that name.
    int leftovers = 0;
    for (int i = 0; i < kIterations; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--save-loop"), path, QString::number(kSectors)});
        ASSERT_TRUE(child.waitForStarted(30000)) << child.errorString().toStdString();
        // Time one save cycle (serialise + write + rename) from the child's
        // "saved N" lines, then kill at a random moment within the next two
        // cycles: before, during or after a write, in proportion to the time
        // each takes.
        QElapsedTimer timer;
        int lines = 0;
        qint64 period = 0;
        while (lines < 2) {
            ASSERT_TRUE(child.waitForReadyRead(300000)) << "iteration " << i << ": the child stopped saving";
            while (child.canReadLine()) {
                child.readLine();
                if (++lines == 1)
                    timer.start();
                else if (lines == 2)
                    period = timer.restart();
            }
        }
        const int delay = std::uniform_int_distribution<int>(0, int(2 * std::max<qint64>(period, 1)))(random);
        while (timer.elapsed() < delay && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(delay - timer.elapsed()) + 1);
            child.readAll();
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        ASSERT_TRUE(child.waitForFinished(30000));
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

        const QByteArray onDisk = readAll(path);
        const bool isOld = onDisk == versions[0];
        const bool isNew = onDisk == versions[1];
        ASSERT_TRUE(isOld || isNew) << "iteration " << i << ": after SIGKILL at " << delay
                                    << " ms the file is neither version (" << onDisk.size() << " bytes)";
        ++seen[isOld ? 0 : 1];
        const dpi::ProjectReadResult read = dpi::readProjectText(onDisk, path);
        ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();

        // Such leftovers are garbage, never the project: clear them for the next round.
        const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : entries) {
            if (name != QFileInfo(path).fileName()) {
                ++leftovers;
                QFile::remove(dir.filePath(name));
            }
        }
    }
    std::printf("[ info ] %d kills: file was version 1 %d times, version 2 %d times; "
                "%d left a named temporary file\n",
                kIterations, seen[0], seen[1], leftovers);
    // Kills spread over two cycles land before and after commits alike
    // (the chance of 30 on one side is about 2^-29).
    EXPECT_GT(seen[0], 0);
    EXPECT_GT(seen[1], 0);
}
