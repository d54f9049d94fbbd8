#include "afterfirstpaint.h"
#include "commandline.h"
#include "findingspage.h"
#include "frameworkeditorwindow.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "startupprobe.h"

#include <QApplication>
#include <QIcon>
#include <QTabWidget>
#include <QTimer>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DPI Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("dpi-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DPIW_VERSION));
}

} // namespace

// Argument handling and wiring only; the window does the work.
int main(int argc, char **argv)
{
    if (dpi::WorkbenchCommandLine::onlyAsksForText(argc, argv)) {
        // No QApplication: --version and --help work without a display.
        QCoreApplication app(argc, argv);
        nameApplication();
        dpi::WorkbenchCommandLine commandLine;
        commandLine.process(app); // prints and exits
        return 0;
    }

    // The resources live in a static library: register them explicitly.
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("DPI Workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dpi-workbench.svg")));
    // Wayland and X11 find the installed .desktop file (name, icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral(DPIW_APP_ID));
    dpi::WorkbenchCommandLine commandLine;
    commandLine.process(app);
    // Before any widget exists: every tr() afterwards sees the language.
    // --lang decides for this run only; otherwise the stored choice or the
    // system locale (docs/translations.md).
    const QString language = commandLine.language();
    dpi::InterfaceLanguage::install(language.isEmpty() ? dpi::InterfaceLanguage::chosen() : language);
    // A framework, named with --edit-framework or double-clicked: the editor only.
    if (const QString framework = commandLine.frameworkToEdit(); !framework.isEmpty()) {
        dpi::FrameworkEditorWindow::launch(framework, nullptr);
        return app.exec();
    }

    dpi::MainWindow window;
    const QString file = commandLine.file();
    // The bundled frameworks serve "new project" and upgrade actions, not the
    // first screen: reading them after the first paint shows the window about
    // 100 ms sooner.
    dpi::AfterFirstPaint::run(&window, [&window] { window.loadBundledFrameworks(); });
    // bench/startup.sh: print the first-paint time and quit. Installed after
    // the hook above, so that it reports before that work starts.
    dpi::StartupProbe *probe = dpi::StartupProbe::requested() ? dpi::StartupProbe::watch(&window) : nullptr;
    window.show();
    // A project opens; a map (*.owm) joins the new, untitled project.
    if (!file.isEmpty())
        window.openFile(file);
    if (probe)
        probe->mark("file opened");
    if (commandLine.startTab() == QLatin1String("map"))
        window.showMapTab();
    else if (commandLine.startTab() == QLatin1String("results"))
        window.showResultsTab();
    else if (commandLine.startTab() == QLatin1String("findings"))
        window.centralTabs()->setCurrentWidget(window.findingsPage());
    // After the first paint: offer what a crashed session left behind.
    if (!dpi::StartupProbe::requested())
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}
