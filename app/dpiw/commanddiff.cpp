#include "cliio.h"
#include "commands.h"

#include "frameworkdiff.h"
#include "frameworkreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dpicli {

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Shows what changed between two versions of a framework: criteria added, removed,\n"
                "renamed (through `replaces:`) or moved, weight, rubric and translation changes.\n"
                "Exit status: 0 no differences, 1 differences found, 2 bad usage or unreadable files."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("dpiw", "Output format: text or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("OLD"), QCoreApplication::translate("dpiw", "The earlier *.framework.yaml."));
    parser.addPositionalArgument(QStringLiteral("NEW"), QCoreApplication::translate("dpiw", "The later *.framework.yaml."));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    const QString format = parser.value(QStringLiteral("format"));
    if (files.size() != 2 || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        writeErr(QStringLiteral("dpiw diff: expected OLD NEW and --format text|json (see dpiw diff --help)\n"));
        return BadUsage;
    }
    const dpi::FrameworkReadResult before = dpi::readFrameworkFile(files[0]);
    const dpi::FrameworkReadResult after = dpi::readFrameworkFile(files[1]);
    writeErr(before.diagnostics.toString() + after.diagnostics.toString());
    if (!before.ok() || !after.ok())
        return BadUsage; // like diff(1): trouble is 2, differences are 1

    const dpi::FrameworkDiff diff = dpi::diffFrameworks(*before.framework, *after.framework);
    writeOut(format == QLatin1String("json") ? dpi::diffAsJson(diff) : dpi::diffAsText(diff).toUtf8());
    return diff.isEmpty() ? Ok : Failed;
}

} // namespace dpicli
