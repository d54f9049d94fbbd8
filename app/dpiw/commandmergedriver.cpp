#include "cliio.h"
#include "commands.h"

#include "projectreader.h"
#include "teamthreeway.h"
#include "yamlwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace dpicli {

namespace {

// Git hands the driver temporary copies; messages name the real path and
// which version was at fault.
std::optional<dpi::Project> readVersion(const QString &file, const QString &label, bool emptyIsNothing, bool *failed)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        writeErr(QStringLiteral("%1:0:0: error: cannot read: %2\n").arg(label, input.errorString()));
        *failed = true;
        return std::nullopt;
    }
    const QByteArray text = input.readAll();
    if (text.isEmpty() && emptyIsNothing)
        return std::nullopt; // added on both branches: there is no common version
    const dpi::ProjectReadResult read = dpi::readProjectText(text, label);
    writeErr(read.diagnostics.toString());
    if (!read.ok()) {
        *failed = true;
        return std::nullopt;
    }
    return read.project;
}

} // namespace

int runMergeDriver(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Git merge driver for *.dpi.yaml files (see docs/team-assessments.md):\n"
                "  git config merge.dpiw.driver 'dpiw merge-driver %O %A %B %P'\n"
                "  echo '*.dpi.yaml merge=dpiw' >> .gitattributes\n"
                "Merges the two branches' versions against their common one and writes the result over\n"
                "OURS. A criterion both branches scored differently becomes a disagreement with both\n"
                "ratings, never conflict markers.\n"
                "Exit status: 0 merged, 1 not merged (git keeps its conflict; OURS untouched), 2 bad usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BASE"), QCoreApplication::translate("dpiw", "The common version (%O; empty when none)."));
    parser.addPositionalArgument(QStringLiteral("OURS"), QCoreApplication::translate("dpiw", "This branch's version, replaced by the result (%A)."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), QCoreApplication::translate("dpiw", "The other branch's version (%B)."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("dpiw", "The file's path in the repository, for messages (%P)."),
                                 QStringLiteral("[PATH]"));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() < 3 || files.size() > 4) {
        writeErr(QStringLiteral("dpiw merge-driver: expected BASE OURS THEIRS [PATH] (see dpiw merge-driver --help)\n"));
        return BadUsage;
    }
    const QString path = files.size() == 4 ? files[3] : files[1];

    bool failed = false;
    const std::optional<dpi::Project> base = readVersion(files[0], path + QStringLiteral(" (common version)"), true, &failed);
    const std::optional<dpi::Project> ours = readVersion(files[1], path + QStringLiteral(" (ours)"), false, &failed);
    const std::optional<dpi::Project> theirs = readVersion(files[2], path + QStringLiteral(" (theirs)"), false, &failed);
    if (failed || !ours || !theirs) {
        writeErr(QStringLiteral("dpiw merge-driver: %1 not merged; resolve it by hand\n").arg(path));
        return Failed;
    }

    const dpi::ThreeWayResult merged = dpi::mergeThreeWay(base, *ours, *theirs, path);
    writeErr(merged.diagnostics.toString());
    if (!merged.ok()) {
        writeErr(QStringLiteral("dpiw merge-driver: %1 not merged; resolve it by hand\n").arg(path));
        return Failed;
    }
    QString error;
    if (!dpi::saveProject(*merged.project, files[1], &error)) {
        writeErr(QStringLiteral("%1:0:0: error: cannot write the merge: %2\n").arg(path, error));
        return Failed;
    }
    if (merged.disagreements > 0)
        writeErr(QStringLiteral("dpiw merge-driver: %1: %2 criteria scored differently on the two branches are recorded as "
                                "disagreements to reconcile\n")
                     .arg(path)
                     .arg(merged.disagreements));
    return Ok;
}

} // namespace dpicli
