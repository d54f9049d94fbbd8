// Data safety beyond single saves: autosave recovery after a real crash
// (SIGKILL of a process that autosaved), and external changes to the open
// file noticed every time, however the other program writes.
//
// The autosave and watcher classes live in the desktop app's library
// (views/workbench); without them this file adds no tests.
#if __has_include("autosaver.h") && __has_include("externalchangewatcher.h")

#include "hostilehelpers.h"
#include "saveloop.h"

#include "autosaver.h"
#include "document.h"
#include "externalchangewatcher.h"
#include "projectreader.h"
#include "recoverystore.h"
#include "scoreedits.h"
#include "yamlwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>

using namespace dpitest;

namespace {

void spinUntil(const std::function<bool()> &done, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

TEST(Recovery, AutosaveSurvivesAKilledProcess)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.dpi.yaml"));
    const QString recovery = dir.filePath(QStringLiteral("recovery"));
    QString error;
    ASSERT_TRUE(dpi::saveProject(largeProject(1, 3), project, &error)) << error.toStdString();

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--autosave-and-wait"), project, recovery});
    ASSERT_TRUE(child.waitForStarted(30000));
    ASSERT_TRUE(child.waitForReadyRead(120000)) << "the child never autosaved";
    EXPECT_TRUE(child.readAll().startsWith("autosaved"));
    // The other process still runs: its file is not an orphan.
    EXPECT_TRUE(dpi::RecoveryStore(recovery).orphans().empty());

    ::kill(pid_t(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(30000));

    const dpi::RecoveryStore store(recovery);
    const auto orphan = store.orphanFor(project);
    ASSERT_TRUE(orphan) << "the crash left no recovery file for " << project.toStdString();
    const dpi::ProjectReadResult recovered = dpi::readProjectFile(orphan->recoveryFile);
    ASSERT_TRUE(recovered.ok()) << recovered.diagnostics.toString().toStdString();
    const dpi::Score *score = recovered.project->findSector(QStringLiteral("sector-0"))
                                  ->score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"));
    ASSERT_TRUE(score);
    EXPECT_EQ(score->level, 0) << "the unsaved edit is in the recovery file";
    // The project file itself still holds the last explicit save.
    const dpi::ProjectReadResult saved = dpi::readProjectFile(project);
    ASSERT_TRUE(saved.ok());
    const dpi::Score *onDisk = saved.project->findSector(QStringLiteral("sector-0"))
                                   ->score(QStringLiteral("mini-interop"), QStringLiteral("exchange.logs"));
    ASSERT_TRUE(onDisk);
    EXPECT_NE(onDisk->level, 0);
}

TEST(Recovery, EveryExternalChangeIsNoticedWhateverTheWriter)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("watched.dpi.yaml"));
    ASSERT_TRUE(writeInPlace(path, "version 0\n"));

    dpi::ExternalChangeWatcher watcher;
    watcher.setSettleDelay(30);
    watcher.watch(path);
    int noticed = 0;
    QObject::connect(&watcher, &dpi::ExternalChangeWatcher::changedOnDisk, &watcher, [&noticed] { ++noticed; });

    int expected = 0;
    auto change = [&](const char *how, const std::function<void(const QByteArray &)> &write) {
        const QByteArray content = QByteArray(how) + " " + QByteArray::number(expected + 1) + "\n";
        write(content);
        ++expected;
        spinUntil([&] { return noticed >= expected; }, 10000);
        EXPECT_EQ(noticed, expected) << "change " << expected << " (" << how << ") went unnoticed";
        // Let the watcher settle before the next writer starts.
        spinUntil([] { return false; }, 60);
    };
    for (int round = 0; round < 5; ++round) {
        change("atomic save", [&](const QByteArray &bytes) {
            QSaveFile file(path);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            ASSERT_TRUE(file.commit());
        });
        change("in place", [&](const QByteArray &bytes) { ASSERT_TRUE(writeInPlace(path, bytes)); });
        change("rename over", [&](const QByteArray &bytes) {
            const QString other = dir.filePath(QStringLiteral("other.tmp"));
            ASSERT_TRUE(writeInPlace(other, bytes));
            ASSERT_EQ(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()), 0);
        });
        change("delete, pause, recreate", [&](const QByteArray &bytes) {
            ASSERT_TRUE(QFile::remove(path));
            spinUntil([] { return false; }, 300); // longer than the settle delay
            ASSERT_TRUE(writeInPlace(path, bytes));
        });
    }
    EXPECT_EQ(noticed, expected);

    // Our own save, announced with acceptCurrentContent(), is not reported.
    const int before = noticed;
    ASSERT_TRUE(writeInPlace(path, "our own save\n"));
    watcher.acceptCurrentContent();
    spinUntil([] { return false; }, 500);
    EXPECT_EQ(noticed, before);
}

#endif
