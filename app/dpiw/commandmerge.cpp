#include "cliio.h"
#include "commands.h"

#include "projectreader.h"
#include "teammerge.h"
#include "teamratings.h"
#include "yamlwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace dpicli {

int runMerge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Merges analysts' files of one assessment into a team file, criterion by criterion.\n"
                "Every rating is kept under its analyst; where analysts gave different levels the\n"
                "criterion becomes an open disagreement (unscored until reconciled), never a silent\n"
                "choice. Files on different framework versions are refused (see dpiw upgrade).\n"
                "Exit status: 0 merged, 1 refused or unreadable input, 2 bad usage."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("dpiw", "The team file to write (atomically)."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("FILES"), QCoreApplication::translate("dpiw", "Two or more *.dpi.yaml files."),
                                 QStringLiteral("A.dpi.yaml B.dpi.yaml [C.dpi.yaml...]"));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() < 2 || !parser.isSet(QStringLiteral("output"))) {
        writeErr(QStringLiteral("dpiw merge: expected two or more files and -o TEAM.dpi.yaml (see dpiw merge --help)\n"));
        return BadUsage;
    }

    const dpi::TeamMergeResult merged = dpi::mergeProjectFiles(files);
    writeErr(merged.diagnostics.toString());
    if (!merged.ok())
        return Failed;
    const QString output = parser.value(QStringLiteral("output"));
    QString error;
    if (!dpi::saveProject(*merged.project, output, &error)) {
        writeErr(QStringLiteral("%1:0:0: error: cannot save: %2\n").arg(output, error));
        return Failed;
    }
    writeOut(QStringLiteral("merged %1 files; analysts: %2\n%3 criteria rated, %4 open disagreements to reconcile\nwritten %5\n")
                 .arg(files.size())
                 .arg(merged.analysts.join(QStringLiteral(", ")))
                 .arg(merged.ratedCells)
                 .arg(merged.disagreements)
                 .arg(output));
    return Ok;
}

int runSplit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dpiw", "Splits a team file into one file per analyst, each holding that analyst's ratings\n"
                "as its scores (the inverse of dpiw merge). Agreed results are nobody's rating and\n"
                "are left out. Files are named after the analysts, e.g. sample-analyst-a.dpi.yaml.\n"
                "Exit status: 0 written, 1 unreadable file or no ratings, 2 bad usage."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("dpiw", "The folder to write into (created if missing)."), QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("TEAM"), QCoreApplication::translate("dpiw", "The team *.dpi.yaml file."));
    if (const auto exitCode = parseCommandLine(parser, args))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        writeErr(QStringLiteral("dpiw split: expected TEAM.dpi.yaml -o DIR (see dpiw split --help)\n"));
        return BadUsage;
    }
    const dpi::ProjectReadResult read = dpi::readProjectFile(files.front());
    writeErr(read.diagnostics.toString());
    if (!read.ok())
        return Failed;
    if (!dpi::hasRatings(*read.project)) {
        writeErr(QStringLiteral("%1:0:0: error: no analysts' ratings in this file; nothing to split\n").arg(files.front()));
        return Failed;
    }
    const QDir folder(parser.value(QStringLiteral("output")));
    if (!QDir().mkpath(folder.path())) {
        writeErr(QStringLiteral("%1:0:0: error: cannot create the folder\n").arg(folder.path()));
        return Failed;
    }
    QSet<QString> used;
    for (const auto &part : dpi::splitByAnalyst(*read.project)) {
        QString stem = dpi::analystFileStem(part.first);
        for (int n = 2; used.contains(stem); ++n)
            stem = dpi::analystFileStem(part.first) + QLatin1Char('-') + QString::number(n);
        used.insert(stem);
        const QString path = folder.filePath(stem + QStringLiteral(".dpi.yaml"));
        QString error;
        if (!dpi::saveProject(part.second, path, &error)) {
            writeErr(QStringLiteral("%1:0:0: error: cannot save: %2\n").arg(path, error));
            return Failed;
        }
        writeOut(QStringLiteral("written %1 (%2)\n").arg(path, part.first));
    }
    return Ok;
}

} // namespace dpicli
