#include "interfacelanguage.h"

#include "localeformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace dpi {

namespace {

const QString kSettingsKey = QStringLiteral("interfaceLanguage");

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeTranslator(std::unique_ptr<QTranslator> &translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

} // namespace

QStringList InterfaceLanguage::codes()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("ky")};
}

QString InterfaceLanguage::nativeName(const QString &code)
{
    // Each language names itself, so a user who cannot read the current
    // interface still finds their own.
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("ky"))
        return QStringLiteral("Кыргызча");
    return QStringLiteral("English");
}

QString InterfaceLanguage::fromLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::Kirghiz)
        return QStringLiteral("ky");
    if (locale.language() == QLocale::Russian)
        return QStringLiteral("ru");
    return QStringLiteral("en");
}

QString InterfaceLanguage::chosen()
{
    const QString stored = QSettings().value(kSettingsKey).toString();
    if (codes().contains(stored))
        return stored;
    return fromLocale(QLocale::system());
}

void InterfaceLanguage::store(const QString &code)
{
    QSettings().setValue(kSettingsKey, code);
}

QLocale InterfaceLanguage::locale(const QString &code)
{
    return localeformat::localeFor(codes().contains(code) ? code : QStringLiteral("en"));
}

bool InterfaceLanguage::install(const QString &code)
{
    Installed &state = installed();
    removeTranslator(state.app);
    removeTranslator(state.qt);
    state.code = codes().contains(code) ? code : QStringLiteral("en");
    QLocale::setDefault(locale(state.code));
    if (state.code == QLatin1String("en"))
        return true;

    // Qt's own strings (standard buttons, file dialogs) come from Debian's
    // qt6-translations-l10n. It has no Kyrgyz file: Russian is the closest a
    // Kyrgyz user reads (docs/translations.md).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/dpi-workbench_%1").arg(state.code)))
        return false;
    QCoreApplication::installTranslator(app.get());
    state.app = std::move(app);
    return true;
}

QString InterfaceLanguage::current()
{
    return installed().code;
}

} // namespace dpi
