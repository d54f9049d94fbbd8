#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// Data goes to stdout, messages to stderr (so `dpiw score > out.csv` stays clean).
namespace dpicli {

enum ExitCode { Ok = 0, Failed = 1, BadUsage = 2 };

void writeOut(const QByteArray &data);
void writeOut(const QString &text);
void writeErr(const QString &text);

// Parses a command's arguments. Returns the exit code when the command should
// stop here: bad usage (reported on stderr) or --help (printed on stdout).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args);

} // namespace dpicli
