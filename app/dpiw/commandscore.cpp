#include "cliio.h"
#include "commands.h"

#include "projectreader.h"
#include "scoreformat.h"
#include "scoring.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dpicli {

int runScore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Scores an assessment project: per sector the overall readiness, per framework and\n"
                "dimension the weighted score (0-100 % of the scale), coverage, confidence and red flags.\n"
                "Exit status: 0 ok, 1 the project has errors, 2 bad usage."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("dpiw", "Output format: table, csv or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("dpiw", "Language of titles: en, ru, ky."),
                      QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("dpiw", "The *.dpi.yaml project."));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(QStringLiteral("format"));
    if (positional.size() != 1) {
        writeErr(QStringLiteral("dpiw score: expected exactly one PROJECT (see dpiw score --help)\n"));
        return BadUsage;
    }
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        writeErr(QStringLiteral("dpiw score: unknown format '%1' (use table, csv or json)\n").arg(format));
        return BadUsage;
    }

    const dpi::ProjectReadResult read = dpi::readProjectFile(positional.front());
    writeErr(read.diagnostics.toString());
    if (!read.ok())
        return Failed;

    const QString language = parser.value(QStringLiteral("lang"));
    const dpi::ProjectResult result = dpi::scoreProject(*read.project);
    if (format == QLatin1String("json"))
        writeOut(dpi::scoresAsJson(*read.project, result, language));
    else if (format == QLatin1String("csv"))
        writeOut(dpi::scoresAsCsv(*read.project, result, language));
    else
        writeOut(dpi::scoresAsTable(*read.project, result, language));
    return Ok;
}

} // namespace dpicli
