#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace dpi {

// The language of the desktop app's windows, menus and dialogs ("en", "ru",
// "ky"). The first start follows the system locale; afterwards the choice in
// Preferences, kept in QSettings, decides. Installing a language loads the
// app's own translation (embedded under :/i18n) and Qt's own strings: Qt has
// no Kyrgyz, so Kyrgyz falls back to Russian for Qt's dialogs and buttons.
class InterfaceLanguage
{
public:
    static QStringList codes();
    // The language's own name ("Русский"), as a language menu shows it.
    static QString nativeName(const QString &code);
    // ky_* -> ky, ru_* -> ru, everything else -> en.
    static QString fromLocale(const QLocale &locale);
    // The stored choice, or the system locale's when none is stored yet.
    static QString chosen();
    static void store(const QString &code);
    // Installs the translators and QLocale::setDefault for `code`; the
    // previously installed ones are removed first. Returns false when the
    // app's own translation for a non-English language is missing.
    static bool install(const QString &code);
    // The language installed last ("en" before any install).
    static QString current();
    static QLocale locale(const QString &code);
};

} // namespace dpi
