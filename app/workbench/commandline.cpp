#include "commandline.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace dpi {

WorkbenchCommandLine::WorkbenchCommandLine()
    : tabOption(QStringLiteral("tab"), QCoreApplication::translate("main", "The tab to show on start: scoring, map, results or findings."),
                QStringLiteral("name"))
    , editFrameworkOption(QStringLiteral("edit-framework"),
                          QCoreApplication::translate("main", "Open a framework file in the framework editor only."),
                          QStringLiteral("file"))
    , languageOption(QStringLiteral("lang"),
                     QCoreApplication::translate("main", "The interface language for this run, not stored: en, ru or ky."),
                     QStringLiteral("code"))
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Score digital public infrastructure assessments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A project (*.dpi.yaml) to open, a framework (*.framework.yaml) to edit, "
                                            "or a Wardley map (*.owm) to add to a new project."));
    parser.addOption(tabOption);
    parser.addOption(editFrameworkOption);
    parser.addOption(languageOption);
}

bool WorkbenchCommandLine::onlyAsksForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") // what follows is a file name
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void WorkbenchCommandLine::process(const QCoreApplication &app)
{
    parser.process(app);
    const QString code = parser.value(languageOption);
    if (parser.isSet(languageOption) && code != QLatin1String("en") && code != QLatin1String("ru")
        && code != QLatin1String("ky")) {
        // Like a usage error of QCommandLineParser: English, on stderr, status 1.
        fprintf(stderr, "%s\n", qPrintable(QStringLiteral("--lang must be en, ru or ky, not '%1'").arg(code)));
        ::exit(1);
    }
}

QString WorkbenchCommandLine::language() const
{
    return parser.value(languageOption);
}

QString WorkbenchCommandLine::file() const
{
    return parser.positionalArguments().value(0);
}

bool WorkbenchCommandLine::fileIsFramework() const
{
    const QString path = file();
    return path.endsWith(QLatin1String(".framework.yaml"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".framework.yml"), Qt::CaseInsensitive);
}

QString WorkbenchCommandLine::frameworkToEdit() const
{
    if (parser.isSet(editFrameworkOption))
        return parser.value(editFrameworkOption);
    return fileIsFramework() ? file() : QString();
}

QString WorkbenchCommandLine::startTab() const
{
    return parser.value(tabOption);
}

} // namespace dpi
