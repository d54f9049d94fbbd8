#include "roundedits.h"

#include "document.h"
#include "previousround.h"
#include "setpreviousroundcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace dpi {

namespace roundedit {

namespace {

QString trEdit(const char *text)
{
    return QCoreApplication::translate("dpi::roundedit", text);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

bool setPreviousRound(Document &document, const QString &relativePath, QString *error)
{
    const QString before = document.project().metadata.previousRound;
    if (relativePath == before)
        return false;
    if (!relativePath.isEmpty()) {
        const QString problem = previousRoundPathProblem(relativePath);
        if (!problem.isEmpty()) {
            setError(error, problem);
            return false;
        }
    }
    const QString text = relativePath.isEmpty() ? trEdit("Remove Previous Round") : trEdit("Set Previous Round");
    document.undoStack()->push(new SetPreviousRoundCommand(&document, before, relativePath, text));
    return true;
}

bool setPreviousRoundFile(Document &document, const QString &absolutePath, QString *error)
{
    if (document.filePath().isEmpty()) {
        setError(error, trEdit("Save the project first: its previous round is stored relative to the project's file."));
        return false;
    }
    const QDir folder = QFileInfo(document.filePath()).absoluteDir();
    return setPreviousRound(document, QDir::fromNativeSeparators(folder.relativeFilePath(absolutePath)), error);
}

} // namespace roundedit

} // namespace dpi
