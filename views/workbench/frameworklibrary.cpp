#include "frameworklibrary.h"

#include "frameworkreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dpi {

QString FrameworkLibrary::findBundledDirectory()
{
    QDir directory(QCoreApplication::applicationDirPath());
    // Build trees put the executable a few levels below the source root
    // (build/app/dpi-workbench); installs put it in <prefix>/bin.
    for (int level = 0; level < 5; ++level) {
        const QString candidate = directory.filePath(QStringLiteral("assessments"));
        if (!QDir(candidate).entryList({QStringLiteral("*.framework.yaml")}, QDir::Files).isEmpty())
            return QDir(candidate).absolutePath();
        const QString installed = directory.filePath(QStringLiteral("share/dpi-workbench/assessments"));
        if (QFileInfo(installed).isDir())
            return QDir(installed).absolutePath();
        if (!directory.cdUp())
            break;
    }
    return {};
}

void FrameworkLibrary::loadDirectory(const QString &directory, Diagnostics *diagnostics)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.framework.yaml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        loadFile(dir.filePath(name), diagnostics);
}

bool FrameworkLibrary::loadFile(const QString &path, Diagnostics *diagnostics)
{
    FrameworkReadResult result = readFrameworkFile(path);
    if (diagnostics)
        diagnostics->append(result.diagnostics);
    if (!result.ok())
        return false;
    for (auto &known : m_frameworks) {
        if (known.framework.pin() == result.framework->pin()) {
            known = {path, *result.framework};
            return true;
        }
    }
    m_frameworks.push_back({path, *result.framework});
    return true;
}

const LibraryFramework *FrameworkLibrary::find(const QString &frameworkId) const
{
    for (const auto &known : m_frameworks) {
        if (known.framework.id == frameworkId)
            return &known;
    }
    return nullptr;
}

} // namespace dpi
