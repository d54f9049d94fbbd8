#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the built dpiw and captures what it printed.
struct DpiwRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline DpiwRun runDpiw(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(DPIW_DPIW_EXE), args);
    DpiwRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
