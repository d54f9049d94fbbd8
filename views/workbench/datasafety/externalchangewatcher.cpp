#include "externalchangewatcher.h"

#include <QCryptographicHash>
#include <QFile>

namespace dpi {

ExternalChangeWatcher::ExternalChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(200);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ExternalChangeWatcher::onFileChanged);
    connect(&m_settle, &QTimer::timeout, this, &ExternalChangeWatcher::check);
}

void ExternalChangeWatcher::watch(const QString &path)
{
    stop();
    m_path = path;
    m_knownHash = currentHash();
    ensureWatched();
}

void ExternalChangeWatcher::stop()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_settle.stop();
    m_path.clear();
    m_knownHash.clear();
}

void ExternalChangeWatcher::acceptCurrentContent()
{
    if (m_path.isEmpty())
        return;
    m_knownHash = currentHash();
    ensureWatched();
}

void ExternalChangeWatcher::ensureWatched()
{
    if (!m_path.isEmpty() && QFile::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

QByteArray ExternalChangeWatcher::currentHash() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&file);
    return hash.result();
}

void ExternalChangeWatcher::onFileChanged()
{
    // Editors write in several steps (truncate, write, rename): wait until quiet.
    m_settle.start();
}

void ExternalChangeWatcher::check()
{
    if (m_path.isEmpty())
        return;
    ensureWatched();
    if (!QFile::exists(m_path)) {
        // Removed (or mid-rename). The watch went with the file, so no event
        // will announce it coming back: look again until it does.
        m_settle.start();
        return;
    }
    const QByteArray hash = currentHash();
    if (hash == m_knownHash)
        return;
    m_knownHash = hash;
    Q_EMIT changedOnDisk(m_path);
}

} // namespace dpi
