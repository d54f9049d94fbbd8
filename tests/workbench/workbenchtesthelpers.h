#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QKeyEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QString>
#include <QThread>
#include <QWidget>

#include <functional>

// Small stand-ins for QtTest's event helpers (the suite links GoogleTest
// only): real key events delivered to real widgets.
namespace workbenchtest {

inline void pressKey(QWidget *widget, int key, const QString &text = QString(),
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(widget, &release);
}

inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const int key = c.isLetter() ? int(c.toUpper().unicode()) : int(c.unicode());
        pressKey(widget, key, QString(c));
    }
}

inline bool waitFor(const std::function<bool()> &condition, int milliseconds = 3000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return true;
}

inline void spin(int milliseconds)
{
    waitFor([] { return false; }, milliseconds);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Settings and app data of tests go to ~/.qttest, never the user's own.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    // CTest runs tests side by side, one process each: give every process its
    // own settings folder, or one test's remembered window state leaks into
    // another's.
    static const QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DPI Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("workbench_tests"));
}

} // namespace workbenchtest
