#include "cliio.h"
#include "commands.h"

#include "agreementformat.h"
#include "projectreader.h"
#include "teamagreement.h"
#include "teammerge.h"
#include "teamratings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dpicli {

int runAgree(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Measures how far analysts agree: Krippendorff's alpha (ordinal, interval) with a\n"
                "bootstrap 95 % interval, percent agreement and, for two analysts, Cohen's kappa\n"
                "(unweighted, linear, quadratic), overall and per sector, framework and dimension.\n"
                "Give the analysts' files (they are merged in memory) or one team file.\n"
                "N/A, unverified and unrated criteria are missing values (docs/scoring.md).\n"
                "Exit status: 0 ok, 1 unreadable or unmergeable files, 2 bad usage."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("dpiw", "Output format: table or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("dpiw", "Language of titles: en, ru, ky."),
                      QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addPositionalArgument(QStringLiteral("FILES"), QCoreApplication::translate("dpiw", "Analysts' *.dpi.yaml files, or one team file."),
                                 QStringLiteral("A.dpi.yaml [B.dpi.yaml...]"));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    const QString format = parser.value(QStringLiteral("format"));
    if (files.isEmpty()) {
        writeErr(QStringLiteral("dpiw agree: expected one team file or several analysts' files (see dpiw agree --help)\n"));
        return BadUsage;
    }
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        writeErr(QStringLiteral("dpiw agree: unknown format '%1' (use table or json)\n").arg(format));
        return BadUsage;
    }

    std::vector<dpi::MergeInput> inputs;
    bool readable = true;
    for (const QString &file : files) {
        const dpi::ProjectReadResult read = dpi::readProjectFile(file);
        writeErr(read.diagnostics.toString());
        readable = readable && read.ok();
        if (read.ok())
            inputs.push_back({file, *read.project});
    }
    if (!readable)
        return Failed;

    // A team file is measured as it is; analysts' files are merged first,
    // exactly as dpiw merge would (a single one then counts as one analyst).
    dpi::Project project = inputs.front().project;
    if (inputs.size() > 1 || !dpi::hasRatings(project)) {
        const dpi::TeamMergeResult merged = dpi::mergeAnalystFiles(inputs);
        writeErr(merged.diagnostics.toString());
        if (!merged.ok())
            return Failed;
        project = *merged.project;
    }
    const dpi::TeamAgreement agreement = dpi::computeTeamAgreement(project);
    const QString language = parser.value(QStringLiteral("lang"));
    writeOut(format == QLatin1String("json") ? dpi::agreementAsJson(project, agreement, language)
                                             : dpi::agreementAsTable(project, agreement, language));
    return Ok;
}

} // namespace dpicli
