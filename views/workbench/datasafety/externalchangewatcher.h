#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace dpi {

/**
 * Notices when another program changes the open project file.
 *
 * QFileSystemWatcher stops watching a file that is replaced (as every atomic
 * save does), so the path is added again after each event. Our own saves are
 * ignored by comparing a hash of the content with the last known one.
 */
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeWatcher(QObject *parent = nullptr);

    void watch(const QString &path);
    void stop();
    QString path() const { return m_path; }
    /** Takes the file's current content as known (call after our own save). */
    void acceptCurrentContent();
    /** How long to wait for a writer to finish before comparing (ms). */
    void setSettleDelay(int milliseconds) { m_settle.setInterval(milliseconds); }

Q_SIGNALS:
    void changedOnDisk(const QString &path);

private:
    void onFileChanged();
    void check();
    QByteArray currentHash() const;
    void ensureWatched();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_knownHash;
};

} // namespace dpi
