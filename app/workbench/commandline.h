#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

class QCoreApplication;

namespace dpi {

/**
 * The app's command line. A file argument is opened by what it is:
 * *.dpi.yaml opens the project, *.framework.yaml the framework editor,
 * *.owm becomes a map of a new, untitled project (see README "Install").
 */
struct WorkbenchCommandLine
{
    WorkbenchCommandLine();

    /** --help and --version answer without a display: no QApplication needed. */
    static bool onlyAsksForText(int argc, char **argv);
    /** Parses, or prints help/version or a usage error and exits. */
    void process(const QCoreApplication &app);

    QString file() const;
    bool fileIsFramework() const;
    QString frameworkToEdit() const; // --edit-framework, or a framework file argument
    QString startTab() const;        // --tab: scoring, map, results or findings
    // --lang: the interface language for this run only (en, ru or ky), empty
    // when not given; an unknown code is refused by process().
    QString language() const;

    QCommandLineParser parser;
    QCommandLineOption tabOption;
    QCommandLineOption editFrameworkOption;
    QCommandLineOption languageOption;
};

} // namespace dpi
