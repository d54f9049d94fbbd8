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

FrameworkDiffDialog *showDiff(FrameworkEditorWindow &window, const QString &path, const QString &otherName,
                              QString *error)
{
    const FrameworkDocument *document = window.document();
    if (!document->isInSync() || !document->framework()) {
        *error = QCoreApplication::translate("dpi::frameworkcompare", "The YAML has errors. Fix them (Edit > Next Problem) before comparing.");
        return nullptr;
    }
    const FrameworkReadResult other = readFrameworkFile(path);
    if (!other.ok()) {
        *error = other.diagnostics.toString();
        return nullptr;
    }
    auto *dialog = new FrameworkDiffDialog(*other.framework, *document->framework(), otherName,
                                           QCoreApplication::translate("dpi::frameworkcompare", "being edited"), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace

FrameworkDiffDialog *withSavedVersion(FrameworkEditorWindow &window, QString *error)
{
    const QString path = window.document()->filePath();
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("dpi::frameworkcompare", "This framework has not been saved yet, so there is no saved version to compare with.");
        return nullptr;
    }
    return showDiff(window, path, QCoreApplication::translate("dpi::frameworkcompare", "saved"), error);
}

FrameworkDiffDialog *withFile(FrameworkEditorWindow &window, const QString &path, QString *error)
{
    return showDiff(window, path, QFileInfo(path).fileName(), error);
}

void addActions(FrameworkEditorWindow &window, QMenu *menu)
{
    const auto report = [&window](const QString &error) {
        QMessageBox::warning(&window, QCoreApplication::translate("dpi::frameworkcompare", "Compare Frameworks"), error);
    };
    menu->addAction(QCoreApplication::translate("dpi::frameworkcompare", "With &Saved Version"), &window, [&window, report] {
        QString error;
        if (!withSavedVersion(window, &error))
            report(error);
    });
    menu->addAction(QCoreApplication::translate("dpi::frameworkcompare", "With &File…"), &window, [&window, report] {
        const QString start = QFileInfo(window.document()->filePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(&window, QCoreApplication::translate("dpi::frameworkcompare", "Compare with Framework"), start,
                                                          QCoreApplication::translate("dpi::frameworkcompare", "Frameworks (*.framework.yaml *.yaml)"));
        QString error;
        if (!path.isEmpty() && !withFile(window, path, &error))
            report(error);
    });
}

} // namespace dpi::frameworkcompare
