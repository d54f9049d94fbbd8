#include "cliio.h"
#include "commandmap.h"
#include "commandreport.h"
#include "commands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

#include <memory>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    bool needsGui;   // drawing (charts, maps, PDF) needs a QApplication
    int (*run)(const QStringList &args);
};

const Command kCommands[] = {
    {"validate", "check frameworks and projects, print FILE:LINE:COL diagnostics", false, &dpicli::runValidate},
    {"score", "score a project: overall, per framework and dimension, coverage, flags", false, &dpicli::runScore},
    {"diff", "compare two versions of a framework (text or JSON)", false, &dpicli::runDiff},
    {"compare", "compare two rounds of an assessment: changed scores, deltas, red flags", false, &dpicli::runCompare},
    {"upgrade", "move a project to a newer framework version, or recommendations into actions", false, &dpicli::runUpgrade},
    {"merge", "merge analysts' files into a team file; differences become disagreements", false, &dpicli::runMerge},
    {"split", "split a team file into one file per analyst (the inverse of merge)", false, &dpicli::runSplit},
    {"agree", "measure agreement between analysts (alpha, kappa, percent agreement)", false, &dpicli::runAgree},
    {"merge-driver", "git merge driver for *.dpi.yaml: differing scores become disagreements", false, &dpicli::runMergeDriver},
    {"report", "export a PDF report from a template (en or ru)", true,
     [](const QStringList &args) { return dpi::runReportCommand(args.mid(1)); }},
    {"map", "render, import and export Wardley maps (OWM text, SVG, PNG)", true, &dpicli::runMap},
};

QString usage()
{
    QString text = QStringLiteral("Usage: dpiw COMMAND [OPTIONS] [ARGS]\n\n"
                                  "DPI Workbench on the command line.\n\nCommands:\n");
    for (const Command &command : kCommands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(command.name).leftJustified(12), QString::fromLatin1(command.summary));
    text += QStringLiteral("\nRun 'dpiw COMMAND --help' for a command's options.\n"
                           "Exit status: 0 success, 1 errors found, 2 bad usage.\n");
    return text;
}

// A headless machine has no display: draw offscreen rather than fail.
void preferOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Without a session (cron, CI, ssh) Qt warns about XDG_RUNTIME_DIR on every
// run; give it the private folder it would pick anyway, quietly.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
    if (!QDir().mkpath(path))
        return;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")
        || args[1] == QLatin1String("help")) {
        QCoreApplication app(argc, argv);
        dpicli::writeOut(usage());
        return args.size() < 2 ? dpicli::BadUsage : dpicli::Ok;
    }
    if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
        dpicli::writeOut(QStringLiteral("dpiw %1\n").arg(QStringLiteral(DPIW_VERSION)));
        return dpicli::Ok;
    }

    for (const Command &command : kCommands) {
        if (args[1] != QLatin1String(command.name))
            continue;
        std::unique_ptr<QCoreApplication> app;
        if (command.needsGui) {
            preferOffscreenWithoutDisplay();
            ensureRuntimeDir();
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("dpiw"));
        QCoreApplication::setApplicationVersion(QStringLiteral(DPIW_VERSION));
        return command.run(args.mid(1));
    }

    QCoreApplication app(argc, argv);
    dpicli::writeErr(QStringLiteral("dpiw: unknown command '%1'\n\n").arg(args[1]) + usage());
    return dpicli::BadUsage;
}
