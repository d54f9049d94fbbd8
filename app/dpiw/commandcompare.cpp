#include "cliio.h"
#include "commands.h"

#include "projectreader.h"
#include "roundcomparison.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dpicli {

int runCompare(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Compares two rounds of an assessment: per criterion the old and new level, per sector,\n"
                "framework and dimension the change in percentage points, red flags raised and resolved,\n"
                "confidence changes, criteria added, removed or renamed between framework versions.\n"
                "Exit status: 0 no differences, 1 differences found, 2 bad usage or unreadable files."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("dpiw", "Output format: table or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
    parser.addPositionalArgument(QStringLiteral("OLD"), QCoreApplication::translate("dpiw", "The earlier round's *.dpi.yaml."));
    parser.addPositionalArgument(QStringLiteral("NEW"), QCoreApplication::translate("dpiw", "The later round's *.dpi.yaml."));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    const QString format = parser.value(QStringLiteral("format"));
    if (files.size() != 2 || (format != QLatin1String("table") && format != QLatin1String("json"))) {
        writeErr(QStringLiteral("dpiw compare: expected OLD NEW and --format table|json (see dpiw compare --help)\n"));
        return BadUsage;
    }
    const dpi::ProjectReadResult before = dpi::readProjectFile(files[0]);
    const dpi::ProjectReadResult after = dpi::readProjectFile(files[1]);
    writeErr(before.diagnostics.toString() + after.diagnostics.toString());
    if (!before.ok() || !after.ok())
        return BadUsage; // like diff(1): trouble is 2, differences are 1

    const dpi::RoundComparison comparison = dpi::compareRounds(*before.project, *after.project);
    if (format == QLatin1String("json"))
        writeOut(dpi::comparisonAsJson(comparison));
    else
        writeOut(dpi::comparisonAsTable(comparison));
    return comparison.isEqual() ? Ok : Failed;
}

} // namespace dpicli
