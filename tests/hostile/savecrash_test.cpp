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
#include <random>

#include <signal.h>

namespace {

constexpr int kIterations = 30;
constexpr int kSectors = 1500; // a file of several MB: a write takes long enough to be hit

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
    ASSERT_GT(versions[0].size(), 2 * 1024 * 1024) << "the project must be large";

    QString error;
    ASSERT_TRUE(dpi::saveProject(dpitest::largeProject(1, kSectors), path, &error)) << error.toStdString();

    std::mt19937 random(20261128);
    int seen[2] = {0, 0};
    int interruptedWrites = 0; // kills that left QSaveFile's temporary file behind
    for (int i = 0; i < kIterations; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--save-loop"), path, QString::number(kSectors)});
        ASSERT_TRUE(child.waitForStarted(30000)) << child.errorString().toStdString();
        // Wait for the first complete save, so the loop is running, then kill
        // at a random moment within the next few saves.
        ASSERT_TRUE(child.waitForReadyRead(120000)) << "iteration " << i << ": the child never saved";
        QElapsedTimer timer;
        timer.start();
        const int delay = std::uniform_int_distribution<int>(0, 1500)(random);
        while (timer.elapsed() < delay && child.state() == QProcess::Running)
            child.waitForReadyRead(int(delay - timer.elapsed()) + 1);
        ASSERT_EQ(child.state(), QProcess::Running) << "iteration " << i << ": the save loop stopped";
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

        // Leftovers of interrupted saves: proof that kills did land mid-write.
        const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : entries) {
            if (name != QFileInfo(path).fileName()) {
                ++interruptedWrites;
                QFile::remove(dir.filePath(name));
            }
        }
    }
    std::printf("[ info ] %d kills: file was version 1 %d times, version 2 %d times; "
                "%d kills interrupted a write in progress\n",
                kIterations, seen[0], seen[1], interruptedWrites);
    EXPECT_GT(seen[0] + seen[1], 0);
}
