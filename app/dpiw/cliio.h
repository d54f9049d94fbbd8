#pragma once

#include <QByteArray>
#include <QString>

// Data goes to stdout, messages to stderr (so `dpiw score > out.csv` stays clean).
namespace dpicli {

enum ExitCode { Ok = 0, Failed = 1, BadUsage = 2 };

void writeOut(const QByteArray &data);
void writeOut(const QString &text);
void writeErr(const QString &text);

} // namespace dpicli
