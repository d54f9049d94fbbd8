#include "reporttemplatelocator.h"

#include "bundleddata.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dpi {

QStringList reportTemplateSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("DPIW_TEMPLATE_PATH");
    for (const QString &path : fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        paths << QDir(path).absolutePath();
    if (const QString user = userReportTemplateFolder(); !user.isEmpty())
        paths << user;
    if (const QString bundled = bundleddata::reportTemplatesFolder(); !bundled.isEmpty())
        paths << bundled;
    QStringList unique;
    for (const QString &path : std::as_const(paths)) {
        const QString clean = QDir::cleanPath(path);
        if (!unique.contains(clean))
            unique << clean;
    }
    return unique;
}

QString userReportTemplateFolder()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (data.isEmpty())
        return {};
    return QDir::cleanPath(data + QStringLiteral("/dpi-workbench/templates/reports"));
}

bool isUserReportTemplate(const QString &folder)
{
    const QString user = userReportTemplateFolder();
    if (user.isEmpty() || folder.isEmpty())
        return false;
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    return clean.startsWith(user + QLatin1Char('/'));
}

QString findReportTemplate(const QString &nameOrPath)
{
    if (nameOrPath.isEmpty())
        return {};
    if (nameOrPath.contains(QLatin1Char('/')) || QFileInfo(nameOrPath).isDir())
        return QFileInfo(nameOrPath).isDir() ? QFileInfo(nameOrPath).absoluteFilePath() : QString();
    const QStringList paths = reportTemplateSearchPaths();
    for (const QString &path : paths) {
        const QString folder = QDir(path).absoluteFilePath(nameOrPath);
        if (QFileInfo(QDir(folder).absoluteFilePath(QStringLiteral("manifest.yaml"))).isFile())
            return folder;
    }
    return {};
}

QStringList availableReportTemplates()
{
    QStringList names;
    const QStringList paths = reportTemplateSearchPaths();
    for (const QString &path : paths) {
        const QStringList folders = QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &folder : folders) {
            if (!names.contains(folder) && QFileInfo(QDir(path).absoluteFilePath(folder + QStringLiteral("/manifest.yaml"))).isFile())
                names << folder;
        }
    }
    return names;
}

} // namespace dpi
