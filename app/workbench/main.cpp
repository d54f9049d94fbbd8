#include "afterfirstpaint.h"
#include "frameworkeditor/frameworkeditorwindow.h"
#include "language/interfacelanguage.h"
#include "mainwindow.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

// Argument handling and wiring only; the window does the work.
int main(int argc, char **argv)
{
    // The resources live in a static library: register them explicitly.
    Q_INIT_RESOURCE(resources);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DPI Workbench"));
    QApplication::setApplicationName(QStringLiteral("dpi-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("DPI Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(DPIW_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dpi-workbench.svg")));
    // Before any widget exists: every tr() afterwards sees the language.
    dpi::InterfaceLanguage::install(dpi::InterfaceLanguage::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Score digital public infrastructure assessments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A project (*.dpi.yaml) or framework (*.framework.yaml) to open."));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QApplication::translate("main", "The tab to show on start: scoring or map."),
                                       QStringLiteral("name"));
    parser.addOption(tabOption);
    const QCommandLineOption editFrameworkOption(QStringLiteral("edit-framework"),
                                                 QApplication::translate("main", "Open a framework file in the framework editor only."),
                                                 QStringLiteral("file"));
    parser.addOption(editFrameworkOption);
    parser.process(app);
    if (parser.isSet(editFrameworkOption)) {
        dpi::FrameworkEditorWindow::launch(parser.value(editFrameworkOption), nullptr);
        return app.exec();
    }

    dpi::MainWindow window;
    const QStringList files = parser.positionalArguments();
    // The bundled frameworks serve "new project" and upgrade actions, not the
    // first screen: reading them after the first paint shows the window about
    // 100 ms sooner. A framework file named here still comes after them, so
    // that it replaces a bundled one of the same id@version as before.
    const bool openingFramework = !files.isEmpty()
        && (files.constFirst().endsWith(QLatin1String(".framework.yaml"), Qt::CaseInsensitive)
            || files.constFirst().endsWith(QLatin1String(".framework.yml"), Qt::CaseInsensitive));
    if (openingFramework)
        window.loadBundledFrameworks();
    else
        dpi::AfterFirstPaint::run(&window, [&window] { window.loadBundledFrameworks(); });
    // bench/startup.sh: print the first-paint time and quit. Installed after
    // the hook above, so that it reports before that work starts.
    dpi::StartupProbe *probe = dpi::StartupProbe::requested() ? dpi::StartupProbe::watch(&window) : nullptr;
    window.show();
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    if (probe)
        probe->mark("file opened");
    if (parser.value(tabOption) == QLatin1String("map"))
        window.showMapTab();
    // After the first paint: offer what a crashed session left behind.
    if (!dpi::StartupProbe::requested())
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return app.exec();
}
