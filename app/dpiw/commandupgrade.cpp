#include "cliio.h"
#include "commands.h"

#include "frameworkreader.h"
#include "projectreader.h"
#include "projectupgrade.h"
#include "yamlwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace dpicli {

int runUpgrade(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Moves an assessment to a newer version of one of its frameworks. Scores are carried\n"
                "over by criterion id, renamed criteria are followed through `replaces:`, and scores\n"
                "that cannot be carried go to the project's archive (never deleted).\n"
                "Prints the summary; writes the project only with --apply (atomically).\n"
                "Exit status: 0 ok, 1 the upgrade is not possible, 2 bad usage."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("framework"), QCoreApplication::translate("dpiw", "The newer *.framework.yaml."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("apply"), QCoreApplication::translate("dpiw", "Write the upgraded project.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("dpiw", "Write to FILE instead of the project itself (implies --apply)."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("dpiw", "The *.dpi.yaml project."));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("framework"))) {
        writeErr(QStringLiteral("dpiw upgrade: expected PROJECT --framework FILE (see dpiw upgrade --help)\n"));
        return BadUsage;
    }
    const QString projectPath = positional.front();
    const dpi::ProjectReadResult project = dpi::readProjectFile(projectPath);
    const dpi::FrameworkReadResult framework = dpi::readFrameworkFile(parser.value(QStringLiteral("framework")));
    writeErr(project.diagnostics.toString() + framework.diagnostics.toString());
    if (!project.ok() || !framework.ok())
        return Failed;

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const dpi::UpgradeOutcome outcome = dpi::planFrameworkUpgrade(*project.project, *framework.framework, now);
    if (!outcome.plan) {
        writeErr(QStringLiteral("dpiw upgrade: %1\n").arg(outcome.error));
        return Failed;
    }
    writeOut(outcome.plan->summary());

    const QString output = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : projectPath;
    if (!parser.isSet(QStringLiteral("apply")) && !parser.isSet(QStringLiteral("output"))) {
        writeOut(QStringLiteral("(dry run: add --apply to write %1)\n").arg(output));
        return Ok;
    }
    QString error;
    if (!dpi::saveProject(outcome.plan->result, output, &error)) {
        writeErr(QStringLiteral("%1:0:0: error: cannot save: %2\n").arg(output, error));
        return Failed;
    }
    writeOut(QStringLiteral("written %1\n").arg(output));
    return Ok;
}

} // namespace dpicli
