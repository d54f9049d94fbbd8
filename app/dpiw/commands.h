#pragma once

#include <QStringList>

// One function per `dpiw` command. `args` starts with the command name
// (as QCommandLineParser expects); the return value is the exit code.
namespace dpicli {

int runValidate(const QStringList &args);
int runScore(const QStringList &args);
int runDiff(const QStringList &args);
int runUpgrade(const QStringList &args);
int runCompare(const QStringList &args);

} // namespace dpicli
