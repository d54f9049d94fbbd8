#include "templatesourceset.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace dpi {

namespace {

constexpr int kMaxFiles = 256;
constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024;

} // namespace

bool TemplateSourceSet::read(const QString &folder, QString *error)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        if (error)
            *error = QStringLiteral("%1: not a folder").arg(folder);
        return false;
    }
    std::map<QString, QByteArray> files;
    const QDir root(info.absoluteFilePath());
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (int(files.size()) >= kMaxFiles) {
            if (error)
                *error = QStringLiteral("%1: more than %2 files in the template folder").arg(folder).arg(kMaxFiles);
            return false;
        }
        QFile file(path);
        if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: cannot read (%2)").arg(path, file.size() > kMaxFileBytes ? QStringLiteral("larger than 2 MB") : file.errorString());
            return false;
        }
        files[root.relativeFilePath(path)] = file.readAll();
    }
    m_folder = root.absolutePath();
    m_files = std::move(files);
    return true;
}

QStringList TemplateSourceSet::files() const
{
    QStringList names;
    for (const auto &entry : m_files)
        names << entry.first;
    return names;
}

QByteArray TemplateSourceSet::bytes(const QString &file) const
{
    const auto it = m_files.find(file);
    return it == m_files.end() ? QByteArray() : it->second;
}

void TemplateSourceSet::setBytes(const QString &file, const QByteArray &bytes)
{
    m_files[file] = bytes;
}

bool TemplateSourceSet::isTextFile(const QString &file)
{
    static const QStringList suffixes{QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("css"),
                                      QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("mustache"),
                                      QStringLiteral("txt"), QStringLiteral("md")};
    return suffixes.contains(QFileInfo(file).suffix().toLower());
}

QStringList TemplateSourceSet::editableFiles(const QString &mainFile) const
{
    QStringList names;
    if (contains(mainFile))
        names << mainFile;
    // The stylesheet and the manifest next, then the partials in name order.
    for (const QString &file : files()) {
        if (file != mainFile && file.endsWith(QLatin1String(".css")) && isTextFile(file))
            names << file;
    }
    if (contains(QStringLiteral("manifest.yaml")) && !names.contains(QStringLiteral("manifest.yaml")))
        names << QStringLiteral("manifest.yaml");
    for (const QString &file : files()) {
        if (!names.contains(file) && isTextFile(file) && !QFileInfo(file).fileName().startsWith(QLatin1Char('.')))
            names << file;
    }
    return names;
}

bool TemplateSourceSet::writeTo(const QString &folder, QString *error) const
{
    const QDir root(folder);
    if (!root.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(folder);
        return false;
    }
    for (const auto &[name, content] : m_files) {
        const QString path = root.absoluteFilePath(name);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            if (error)
                *error = QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
            if (error)
                *error = QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace dpi
