#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace dpi {

/** One autosaved copy of a project, with where it came from. */
struct RecoveryEntry
{
    QString recoveryFile;   // the autosaved *.dpi.yaml
    QString originalPath;   // the project's file; empty for a never-saved project
    QDateTime savedAt;
    qint64 processId = 0;   // the app instance that wrote it
};

/**
 * Recovery files in one folder (by default AppDataLocation/recovery): a
 * project's YAML plus a small JSON sidecar that names the original file and
 * the process that wrote it. A file left by a process that is gone is what a
 * crash leaves behind.
 */
class RecoveryStore
{
public:
    explicit RecoveryStore(const QString &directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /** Where the copy of `originalPath` goes (empty path: this process's untitled project). */
    QString recoveryFileFor(const QString &originalPath) const;
    /** Writes atomically; false and `error` on failure. */
    bool write(const QString &originalPath, const QByteArray &yaml, QString *error = nullptr) const;
    void remove(const QString &originalPath) const;
    void removeEntry(const RecoveryEntry &entry) const;

    std::vector<RecoveryEntry> entries() const;
    /** Entries whose writer is no longer running: left by a crash. */
    std::vector<RecoveryEntry> orphans() const;
    /** The orphan for `originalPath`, if any. */
    std::optional<RecoveryEntry> orphanFor(const QString &originalPath) const;

private:
    QString keyFor(const QString &originalPath) const;

    QString m_directory;
};

} // namespace dpi
