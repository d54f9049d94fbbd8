#include "bundleddata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

// Set for this file only by model/CMakeLists.txt.
#ifndef DPIW_DATADIR_FROM_BINDIR
#error "DPIW_DATADIR_FROM_BINDIR must be defined by the build"
#endif

namespace dpi::bundleddata {

namespace {

QString inFolder(const QString &relative)
{
    const QString base = root();
    return base.isEmpty() ? QString() : QDir(base).filePath(relative);
}

// True when `path` is `folder` or lies below it (both made canonical, so
// that a symlinked checkout compares equal).
bool isInside(const QString &path, const QString &folder)
{
    const QString canonicalPath = QFileInfo(path).canonicalFilePath();
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    if (canonicalPath.isEmpty() || canonicalFolder.isEmpty())
        return false;
    return canonicalPath == canonicalFolder || canonicalPath.startsWith(canonicalFolder + QLatin1Char('/'));
}

} // namespace

QString root()
{
    if (!QCoreApplication::instance())
        return {};
    const QString binDir = QCoreApplication::applicationDirPath();
    const QString installed = QDir::cleanPath(binDir + QStringLiteral("/" DPIW_DATADIR_FROM_BINDIR));
    if (QFileInfo(installed + QStringLiteral("/assessments")).isDir())
        return installed;
    if (isInside(binDir, QStringLiteral(DPIW_BUILD_TREE)))
        return QDir::cleanPath(QStringLiteral(DPIW_SOURCE_TREE));
    return {};
}

QString assessmentsFolder()
{
    return inFolder(QStringLiteral("assessments"));
}

QString reportTemplatesFolder()
{
    return inFolder(QStringLiteral("templates/reports"));
}

QString starterMapsFolder()
{
    return inFolder(QStringLiteral("templates/maps"));
}

QString sampleProject()
{
    return inFolder(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml"));
}

} // namespace dpi::bundleddata
