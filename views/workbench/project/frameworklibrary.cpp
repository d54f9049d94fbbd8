#include "frameworklibrary.h"

#include "frameworkreader.h"

#include <QDir>

namespace dpi {

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
