#include "frameworkeditoractions.h"

#include "bundleddata.h"
#include "document.h"
#include "frameworkdocument.h"
#include "frameworkeditorwindow.h"
#include "frameworklibrary.h"
#include "mainwindow.h"
#include "yamlwriter.h"

#include <QFileDialog>
#include <QMenu>
#include <QSettings>

namespace dpi {

namespace {

const QString kLastFrameworkDirectoryKey = QStringLiteral("frameworkEditor/lastDirectory");

QString frameworkTitle(const Framework &framework)
{
    const QString title = framework.title.text();
    return title.isEmpty() ? framework.id : title;
}

void fillProjectFrameworksMenu(MainWindow &window, QMenu *menu)
{
    menu->clear();
    const std::vector<ProjectFramework> &frameworks = window.document()->project().frameworks;
    for (const ProjectFramework &used : frameworks) {
        QAction *action = menu->addAction(
            MainWindow::tr("%1 (%2)").arg(frameworkTitle(used.framework), used.framework.pin()));
        QObject::connect(action, &QAction::triggered, &window, [&window, used] {
            // The bundled file of the same id@version keeps its comments; otherwise the
            // project's embedded copy is written out and saved as a new file.
            const LibraryFramework *bundled = window.frameworkLibrary().find(used.id);
            if (bundled && bundled->framework.version == used.framework.version) {
                FrameworkEditorWindow::launch(bundled->path, &window);
                return;
            }
            FrameworkEditorWindow::launchWithText(QString::fromUtf8(frameworkToYaml(used.framework)), &window);
        });
    }
    if (frameworks.empty())
        menu->addAction(MainWindow::tr("The project uses no framework"))->setEnabled(false);
}

} // namespace

void openFrameworkEditor(MainWindow &window, const QString &path)
{
    FrameworkEditorWindow::launch(path, &window);
}

void addFrameworkEditorActions(MainWindow &window, QMenu *toolsMenu)
{
    QAction *edit = toolsMenu->addAction(MainWindow::tr("Edit &Framework…"));
    edit->setObjectName(QStringLiteral("editFrameworkAction"));
    QObject::connect(edit, &QAction::triggered, &window, [&window] {
        QString directory = QSettings().value(kLastFrameworkDirectoryKey).toString();
        if (directory.isEmpty())
            directory = bundleddata::assessmentsFolder();
        const QString path = QFileDialog::getOpenFileName(
            &window, MainWindow::tr("Edit framework"), directory,
            MainWindow::tr("Framework files (*.framework.yaml *.framework.yml);;All files (*)"));
        if (!path.isEmpty())
            openFrameworkEditor(window, path);
    });
    QAction *create = toolsMenu->addAction(MainWindow::tr("&New Framework"));
    create->setObjectName(QStringLiteral("newFrameworkAction"));
    QObject::connect(create, &QAction::triggered, &window, [&window] { openFrameworkEditor(window, QString()); });

    QMenu *projectFrameworks = toolsMenu->addMenu(MainWindow::tr("Edit Framework of This &Project"));
    projectFrameworks->setObjectName(QStringLiteral("projectFrameworksMenu"));
    QObject::connect(projectFrameworks, &QMenu::aboutToShow, &window,
                     [&window, projectFrameworks] { fillProjectFrameworksMenu(window, projectFrameworks); });
    toolsMenu->addSeparator();
}

} // namespace dpi
