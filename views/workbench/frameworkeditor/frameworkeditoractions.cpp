#include "frameworkeditoractions.h"

#include "bundleddata.h"
#include "document.h"
#include "editorhost.h"
#include "frameworkeditorwindow.h"
#include "yamlwriter.h"

#include <QCoreApplication>
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

void fillProjectFrameworksMenu(EditorHost &host, QMenu *menu)
{
    menu->clear();
    const std::vector<ProjectFramework> &frameworks = host.hostDocument()->project().frameworks;
    for (const ProjectFramework &used : frameworks) {
        QAction *action = menu->addAction(
            QCoreApplication::translate("dpi::FrameworkEditorActions", "%1 (%2)").arg(frameworkTitle(used.framework), used.framework.pin()));
        QObject::connect(action, &QAction::triggered, host.hostWindow(), [&host, used] {
            // The bundled file of the same id@version keeps its comments; otherwise the
            // project's embedded copy is written out and saved as a new file.
            const QString bundled = host.bundledFrameworkFile(used.id, used.framework.version);
            if (!bundled.isEmpty()) {
                FrameworkEditorWindow::launch(bundled, host.hostWindow());
                return;
            }
            FrameworkEditorWindow::launchWithText(QString::fromUtf8(frameworkToYaml(used.framework)),
                                                  host.hostWindow());
        });
    }
    if (frameworks.empty())
        menu->addAction(QCoreApplication::translate("dpi::FrameworkEditorActions", "The project uses no framework"))->setEnabled(false);
}

} // namespace

void openFrameworkEditor(EditorHost &host, const QString &path)
{
    FrameworkEditorWindow::launch(path, host.hostWindow());
}

void addFrameworkEditorActions(EditorHost &host, QMenu *toolsMenu)
{
    QWidget *window = host.hostWindow();
    QAction *edit = toolsMenu->addAction(QCoreApplication::translate("dpi::FrameworkEditorActions", "Edit &Framework…"));
    edit->setObjectName(QStringLiteral("editFrameworkAction"));
    QObject::connect(edit, &QAction::triggered, window, [&host, window] {
        QString directory = QSettings().value(kLastFrameworkDirectoryKey).toString();
        if (directory.isEmpty())
            directory = bundleddata::assessmentsFolder();
        const QString path = QFileDialog::getOpenFileName(
            window, QCoreApplication::translate("dpi::FrameworkEditorActions", "Edit framework"), directory,
            QCoreApplication::translate("dpi::FrameworkEditorActions", "Framework files (*.framework.yaml *.framework.yml);;All files (*)"));
        if (!path.isEmpty())
            openFrameworkEditor(host, path);
    });
    QAction *create = toolsMenu->addAction(QCoreApplication::translate("dpi::FrameworkEditorActions", "&New Framework"));
    create->setObjectName(QStringLiteral("newFrameworkAction"));
    QObject::connect(create, &QAction::triggered, window, [&host] { openFrameworkEditor(host, QString()); });

    QMenu *projectFrameworks = toolsMenu->addMenu(QCoreApplication::translate("dpi::FrameworkEditorActions", "Edit Framework of This &Project"));
    projectFrameworks->setObjectName(QStringLiteral("projectFrameworksMenu"));
    QObject::connect(projectFrameworks, &QMenu::aboutToShow, window,
                     [&host, projectFrameworks] { fillProjectFrameworksMenu(host, projectFrameworks); });
    toolsMenu->addSeparator();
}

} // namespace dpi
