#include "previousround.h"

#include "projectreader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace dpi {

QString previousRoundPathProblem(const QString &path)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (path.trimmed().isEmpty())
        return QStringLiteral("'previous_round' must name a file, not nothing");
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("'previous_round' must be one line of text without control characters");
    }
    if (path.contains(QLatin1String("://")))
        return QStringLiteral("'previous_round' must be a path relative to this file, not a URL ('%1')").arg(path);
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')) || drive.match(path).hasMatch())
        return QStringLiteral("'previous_round' must be a path relative to this file, not an absolute path ('%1')")
            .arg(path);
    if (path.contains(QLatin1Char('\\')))
        return QStringLiteral("'previous_round' must use '/' between folders, not '\\' ('%1')").arg(path);
    if (!path.endsWith(QLatin1String(".dpi.yaml")))
        return QStringLiteral("'previous_round' must name a project file ending in .dpi.yaml, not '%1'").arg(path);
    return {};
}

PreviousRoundFile loadPreviousRound(const QString &relativePath, const QString &projectFilePath)
{
    PreviousRoundFile file;
    const QString pathProblem = previousRoundPathProblem(relativePath);
    if (!pathProblem.isEmpty()) {
        file.problem = pathProblem;
        return file;
    }
    if (projectFilePath.isEmpty()) {
        file.problem = QStringLiteral("the previous round '%1' is relative to the project's file, and the "
                                      "project has not been saved yet")
                           .arg(relativePath);
        return file;
    }
    const QFileInfo self(projectFilePath);
    file.path = QDir::cleanPath(self.absoluteDir().absoluteFilePath(relativePath));
    const QFileInfo info(file.path);
    if (!info.exists()) {
        file.problem = QStringLiteral("the previous round '%1' was not found (looked for %2)").arg(relativePath, file.path);
        return file;
    }
    if (info.canonicalFilePath() == self.canonicalFilePath()) {
        file.problem = QStringLiteral("the previous round '%1' is this project itself").arg(relativePath);
        return file;
    }
    ProjectReadResult read = readProjectFile(file.path);
    if (!read.ok()) {
        QString first;
        for (const Diagnostic &diagnostic : read.diagnostics.items()) {
            if (diagnostic.severity == Severity::Error) {
                first = diagnostic.toString();
                break;
            }
        }
        file.problem = QStringLiteral("the previous round '%1' cannot be read: %2")
                           .arg(relativePath, first.isEmpty() ? QStringLiteral("the file is unusable") : first);
        return file;
    }
    file.project = std::move(read.project);
    return file;
}

} // namespace dpi
