#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs programs of the install prefix made by the install.into_prefix
// fixture, the way a user would: from a working folder outside the source
// and build trees, with a home of its own (no user templates, no settings)
// and without DPIW_TEMPLATE_PATH.
namespace installtest {

inline QString prefix()
{
    return QStringLiteral(DPIW_INSTALL_TEST_PREFIX);
}

inline QString installed(const QString &relative, const QString &root = prefix())
{
    return QDir(root).filePath(relative);
}

inline QString dataFile(const QString &relative, const QString &root = prefix())
{
    return installed(QStringLiteral("share/dpi-workbench/") + relative, root);
}

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Sandbox
{
public:
    Sandbox()
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.remove(QStringLiteral("DPIW_TEMPLATE_PATH"));
        m_environment.insert(QStringLiteral("HOME"), m_home.path());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    }

    bool isValid() const { return m_home.isValid() && m_work.isValid(); }
    QString home() const { return m_home.path(); }
    QString work(const QString &name = QString()) const { return name.isEmpty() ? m_work.path() : m_work.filePath(name); }
    QProcessEnvironment &environment() { return m_environment; }

    ProgramRun run(const QString &program, const QStringList &args, int timeoutMs = 120000) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setWorkingDirectory(m_work.path());
        process.start(program, args);
        ProgramRun result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out or did not start: ") + process.errorString();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QProcessEnvironment m_environment;
};

} // namespace installtest
