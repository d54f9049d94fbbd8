#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace i18ntest {

// Every test process gets its own settings folder: the interface language
// stored by one test must not leak into another or into the user's.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static const QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QCoreApplication::setOrganizationName(QStringLiteral("DPI Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("i18n_tests"));
}

} // namespace i18ntest
