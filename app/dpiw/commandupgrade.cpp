#include "cliio.h"
#include "commands.h"

#include "frameworkreader.h"
#include "projectreader.h"
#include "projectupgrade.h"
#include "recommendationupgrade.h"
#include "yamlwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace dpicli {

namespace {

// Writes `result` to the project or --output, or says what a dry run would write.
int writeResult(const QCommandLineParser &parser, const QString &projectPath, const dpi::Project &result)
{
    const QString output = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : projectPath;
    if (!parser.isSet(QStringLiteral("apply")) && !parser.isSet(QStringLiteral("output"))) {
        writeOut(QStringLiteral("(dry run: add --apply to write %1)\n").arg(output));
        return Ok;
    }
    QString error;
    if (!dpi::saveProject(result, output, &error)) {
        writeErr(QStringLiteral("%1:0:0: error: cannot save: %2\n").arg(output, error));
        return Failed;
    }
    writeOut(QStringLiteral("written %1\n").arg(output));
    return Ok;
}

int upgradeRecommendations(const QCommandLineParser &parser, const QString &projectPath)
{
    const dpi::ProjectReadResult project = dpi::readProjectFile(projectPath);
    writeErr(project.diagnostics.toString());
    if (!project.ok())
        return Failed;
    const dpi::RecommendationUpgrade upgrade = dpi::upgradeRecommendations(*project.project);
    writeOut(upgrade.summary());
    if (upgrade.converted == 0) {
        writeOut(QStringLiteral("nothing to write\n"));
        return Ok;
    }
    return writeResult(parser, projectPath, upgrade.result);
}

} // namespace

int runUpgrade(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Moves an assessment to a newer version of one of its frameworks. Scores are carried\n"
                "over by criterion id, renamed criteria are followed through `replaces:`, and scores\n"
                "that cannot be carried go to the project's archive (never deleted).\n"
                "With --recommendations instead of --framework: turns each score's one-line\n"
                "recommendation into an action of its sector, linked to that criterion (priority\n"
                "medium, no owner, no horizon), and clears the score's recommendation.\n"
                "Prints the summary; writes the project only with --apply (atomically).\n"
                "Exit status: 0 ok, 1 the upgrade is not possible, 2 bad usage."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("framework"), QCoreApplication::translate("dpiw", "The newer *.framework.yaml."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("recommendations"),
                      QCoreApplication::translate("dpiw", "Turn score recommendations into action plan records.")});
    parser.addOption({QStringLiteral("apply"), QCoreApplication::translate("dpiw", "Write the upgraded project.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("dpiw", "Write to FILE instead of the project itself (implies --apply)."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("dpiw", "The *.dpi.yaml project."));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool recommendations = parser.isSet(QStringLiteral("recommendations"));
    if (positional.size() != 1 || recommendations == parser.isSet(QStringLiteral("framework"))) {
        writeErr(QStringLiteral("dpiw upgrade: expected PROJECT with either --framework FILE or --recommendations "
                                "(see dpiw upgrade --help)\n"));
        return BadUsage;
    }
    const QString projectPath = positional.front();
    if (recommendations)
        return upgradeRecommendations(parser, projectPath);
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

    return writeResult(parser, projectPath, outcome.plan->result);
}

} // namespace dpicli
