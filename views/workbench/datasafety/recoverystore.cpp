#include "recoverystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace dpi {

namespace {

const QLatin1String kYamlSuffix(".dpi.yaml");
const QLatin1String kSidecarSuffix(".recovery.json");

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool isProcessRunning(qint64 pid)
{
    if (pid == QCoreApplication::applicationPid())
        return true;
    if (pid <= 0)
        return false;
    // Linux: a running process has a /proc entry. Elsewhere we cannot tell
    // cheaply, and offering a recovery too often is the safe mistake.
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::keyFor(const QString &originalPath) const
{
    if (originalPath.isEmpty())
        return QStringLiteral("untitled-%1").arg(QCoreApplication::applicationPid());
    const QString absolute = QFileInfo(originalPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QFileInfo(originalPath).completeBaseName().left(40) + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString RecoveryStore::recoveryFileFor(const QString &originalPath) const
{
    return m_directory + QLatin1Char('/') + keyFor(originalPath) + kYamlSuffix;
}

bool RecoveryStore::write(const QString &originalPath, const QByteArray &yaml, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("dpi::RecoveryStore", "Cannot create %1").arg(m_directory);
        return false;
    }
    const QString base = m_directory + QLatin1Char('/') + keyFor(originalPath);
    QJsonObject sidecar;
    sidecar.insert(QStringLiteral("original"), originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath());
    sidecar.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    sidecar.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    return writeAtomically(base + kYamlSuffix, yaml, error)
        && writeAtomically(base + kSidecarSuffix, QJsonDocument(sidecar).toJson(), error);
}

void RecoveryStore::remove(const QString &originalPath) const
{
    const QString base = m_directory + QLatin1Char('/') + keyFor(originalPath);
    QFile::remove(base + kYamlSuffix);
    QFile::remove(base + kSidecarSuffix);
}

void RecoveryStore::removeEntry(const RecoveryEntry &entry) const
{
    QFile::remove(entry.recoveryFile);
    QString sidecar = entry.recoveryFile;
    sidecar.chop(kYamlSuffix.size());
    QFile::remove(sidecar + kSidecarSuffix);
}

std::vector<RecoveryEntry> RecoveryStore::entries() const
{
    std::vector<RecoveryEntry> result;
    const QDir directory(m_directory);
    const QStringList sidecars = directory.entryList({QStringLiteral("*") + kSidecarSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : sidecars) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        RecoveryEntry entry;
        entry.recoveryFile = directory.filePath(name.chopped(kSidecarSuffix.size()) + kYamlSuffix);
        if (!QFileInfo::exists(entry.recoveryFile))
            continue;
        entry.originalPath = object.value(QStringLiteral("original")).toString();
        entry.savedAt = QDateTime::fromString(object.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
        entry.processId = qint64(object.value(QStringLiteral("pid")).toDouble());
        result.push_back(entry);
    }
    return result;
}

std::vector<RecoveryEntry> RecoveryStore::orphans() const
{
    std::vector<RecoveryEntry> result;
    for (const RecoveryEntry &entry : entries()) {
        if (!isProcessRunning(entry.processId))
            result.push_back(entry);
    }
    return result;
}

std::optional<RecoveryEntry> RecoveryStore::orphanFor(const QString &originalPath) const
{
    const QString absolute = QFileInfo(originalPath).absoluteFilePath();
    for (const RecoveryEntry &entry : orphans()) {
        if (entry.originalPath == absolute)
            return entry;
    }
    return std::nullopt;
}

} // namespace dpi
