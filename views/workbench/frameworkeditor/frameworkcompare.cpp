#include "frameworkcompare.h"

#include "frameworkdiffdialog.h"
#include "frameworkdocument.h"
#include "frameworkeditorwindow.h"
#include "frameworkreader.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace dpi::frameworkcompare {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dpi::frameworkcompare", text);
}

FrameworkDiffDialog *showDiff(FrameworkEditorWindow &window, const QString &path, const QString &otherName,
                              QString *error)
{
    const FrameworkDocument *document = window.document();
    if (!document->isInSync() || !document->framework()) {
        *error = tr("The YAML has errors. Fix them (Edit > Next Problem) before comparing.");
        return nullptr;
    }
    const FrameworkReadResult other = readFrameworkFile(path);
    if (!other.ok()) {
        *error = other.diagnostics.toString();
        return nullptr;
    }
    auto *dialog = new FrameworkDiffDialog(*other.framework, *document->framework(), otherName,
                                           tr("being edited"), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace

FrameworkDiffDialog *withSavedVersion(FrameworkEditorWindow &window, QString *error)
{
    const QString path = window.document()->filePath();
    if (path.isEmpty()) {
        *error = tr("This framework has not been saved yet, so there is no saved version to compare with.");
        return nullptr;
    }
    return showDiff(window, path, tr("saved"), error);
}

FrameworkDiffDialog *withFile(FrameworkEditorWindow &window, const QString &path, QString *error)
{
    return showDiff(window, path, QFileInfo(path).fileName(), error);
}

void addActions(FrameworkEditorWindow &window, QMenu *menu)
{
    const auto report = [&window](const QString &error) {
        QMessageBox::warning(&window, tr("Compare Frameworks"), error);
    };
    menu->addAction(tr("With &Saved Version"), &window, [&window, report] {
        QString error;
        if (!withSavedVersion(window, &error))
            report(error);
    });
    menu->addAction(tr("With &File…"), &window, [&window, report] {
        const QString start = QFileInfo(window.document()->filePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(&window, tr("Compare with Framework"), start,
                                                          tr("Frameworks (*.framework.yaml *.yaml)"));
        QString error;
        if (!path.isEmpty() && !withFile(window, path, &error))
            report(error);
    });
}

} // namespace dpi::frameworkcompare
