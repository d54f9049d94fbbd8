#include "cliio.h"
#include "commands.h"

#include "filekind.h"
#include "frameworkreader.h"
#include "projectreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace dpicli {

namespace {

// Reads one file; prints its diagnostics to stderr and a summary to stdout.
// Returns the number of errors (warnings count too with --strict).
int validateFile(const QString &path, bool strict)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        writeErr(QStringLiteral("%1:0:0: error: cannot open file: %2\n").arg(path, file.errorString()));
        return 1;
    }
    // Only the head is needed to tell the kind; the reader re-reads with its own size cap.
    const QByteArray head = file.read(64 * 1024);
    file.close();

    dpi::Diagnostics diagnostics;
    QString summary;
    switch (dpi::detectFileKind(head)) {
    case dpi::FileKind::Framework: {
        const dpi::FrameworkReadResult result = dpi::readFrameworkFile(path);
        diagnostics = result.diagnostics;
        if (result.framework) {
            summary = QStringLiteral("framework %1, %2 dimensions, %3 criteria")
                          .arg(result.framework->pin())
                          .arg(result.framework->dimensions.size())
                          .arg(result.framework->criterionCount());
        }
        break;
    }
    case dpi::FileKind::Project: {
        const dpi::ProjectReadResult result = dpi::readProjectFile(path);
        diagnostics = result.diagnostics;
        if (result.project) {
            summary = QStringLiteral("project, %1 frameworks, %2 sectors, %3 maps")
                          .arg(result.project->frameworks.size())
                          .arg(result.project->sectors.size())
                          .arg(result.project->maps.size());
        }
        break;
    }
    case dpi::FileKind::Unknown:
        writeErr(QStringLiteral("%1:1:1: error: not a DPI Workbench file: expected `schema: %2` or `schema: %3`\n")
                     .arg(path, dpi::kFrameworkSchema, dpi::kProjectSchema));
        return 1;
    }

    writeErr(diagnostics.toString());
    const int problems = diagnostics.errorCount() + (strict ? diagnostics.warningCount() : 0);
    const QString verdict = problems == 0 ? QStringLiteral("ok") : QStringLiteral("FAILED");
    writeOut(QStringLiteral("%1: %2 (%3 errors, %4 warnings)%5\n")
                 .arg(path, verdict)
                 .arg(diagnostics.errorCount())
                 .arg(diagnostics.warningCount())
                 .arg(summary.isEmpty() ? QString() : QStringLiteral("; ") + summary));
    return problems;
}

} // namespace

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Checks frameworks (*.framework.yaml) and assessment projects (*.dpi.yaml).\n"
                "Problems are printed as FILE:LINE:COL: error|warning: MESSAGE on stderr.\n"
                "Exit status: 0 no errors, 1 errors found, 2 bad usage."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("strict"), QCoreApplication::translate("dpiw", "Treat warnings as errors.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("dpiw", "Files to check."),
                                 QStringLiteral("FILE..."));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        writeErr(QStringLiteral("dpiw validate: no file given (see dpiw validate --help)\n"));
        return BadUsage;
    }
    int failures = 0;
    for (const QString &file : files)
        failures += validateFile(file, parser.isSet(QStringLiteral("strict"))) > 0 ? 1 : 0;
    return failures == 0 ? Ok : Failed;
}

} // namespace dpicli
