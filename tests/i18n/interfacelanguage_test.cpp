// The interface language: chosen from the locale at first start, stored by
// Preferences, and installed so that the real main window and its dialogs
// speak it.
#include "i18ntesthelpers.h"
#include "interfacelanguage.h"
#include "preferencesdialog.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class InterfaceLanguageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        i18ntest::useTestSettings();
        QSettings().clear();
    }
    void TearDown() override
    {
        dpi::InterfaceLanguage::install(QStringLiteral("en"));
        QSettings().clear();
    }
};

QStringList menuTitles(const dpi::MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList labelTexts(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

TEST_F(InterfaceLanguageTest, SystemLocaleDecidesTheFirstChoice)
{
    EXPECT_EQ(dpi::InterfaceLanguage::fromLocale(QLocale(QLocale::Kirghiz, QLocale::Kyrgyzstan)), QStringLiteral("ky"));
    EXPECT_EQ(dpi::InterfaceLanguage::fromLocale(QLocale(QLocale::Russian, QLocale::Russia)), QStringLiteral("ru"));
    EXPECT_EQ(dpi::InterfaceLanguage::fromLocale(QLocale(QLocale::Russian, QLocale::Kyrgyzstan)), QStringLiteral("ru"));
    EXPECT_EQ(dpi::InterfaceLanguage::fromLocale(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
    EXPECT_EQ(dpi::InterfaceLanguage::fromLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("en"));
    // Nothing stored yet: the system's language (the C locale here) decides.
    EXPECT_EQ(dpi::InterfaceLanguage::chosen(), dpi::InterfaceLanguage::fromLocale(QLocale::system()));
}

TEST_F(InterfaceLanguageTest, PreferencesStoreTheChoiceForTheNextStart)
{
    dpi::PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("interfaceLanguage"));
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(QStringLiteral("ky")));
    EXPECT_TRUE(dialog.apply()); // differs from the running English
    EXPECT_EQ(dpi::InterfaceLanguage::chosen(), QStringLiteral("ky"));
    QSettings().setValue(QStringLiteral("interfaceLanguage"), QStringLiteral("xx"));
    EXPECT_EQ(dpi::InterfaceLanguage::chosen(), dpi::InterfaceLanguage::fromLocale(QLocale::system()));
}

struct Expected
{
    const char *code;
    QStringList menus;
    QString preferencesTitle;
    QString languageLabel;
    QString decimal; // 24.1 formatted by the default locale
};

class MainWindowLanguage : public InterfaceLanguageTest, public ::testing::WithParamInterface<int>
{
};

const Expected &expected(int index)
{
    static const std::vector<Expected> all{
        {"en", {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Tools"), QStringLiteral("&Help")},
         QStringLiteral("Preferences"), QStringLiteral("Interface &language:"), QStringLiteral("24.1")},
        {"ru", {QStringLiteral("&Файл"), QStringLiteral("&Правка"), QStringLiteral("&Вид"), QStringLiteral("&Инструменты"), QStringLiteral("&Справка")},
         QStringLiteral("Настройки"), QStringLiteral("&Язык интерфейса:"), QStringLiteral("24,1")},
        {"ky", {QStringLiteral("&Файл"), QStringLiteral("&Түзөтүү"), QStringLiteral("&Көрүнүш"), QStringLiteral("&Куралдар"), QStringLiteral("&Жардам")},
         QStringLiteral("Жөндөөлөр"), QStringLiteral("Интерфейстин &тили:"), QStringLiteral("24,1")},
    };
    return all.at(index);
}

TEST_P(MainWindowLanguage, MenusAndDialogSpeakTheInstalledLanguage)
{
    const Expected &want = expected(GetParam());
    const QString code = QLatin1String(want.code);
    ASSERT_TRUE(dpi::InterfaceLanguage::install(code));
    EXPECT_EQ(dpi::InterfaceLanguage::current(), code);
    EXPECT_EQ(QLocale().toString(24.1, 'f', 1), want.decimal);

    QTemporaryDir recovery;
    dpi::MainWindow window(recovery.path());
    window.resize(1366, 768);
    window.show();
    EXPECT_EQ(menuTitles(window), want.menus);
    // Framework texts follow the interface language until the user picks one.
    EXPECT_EQ(window.contentLanguage(), code);
    // ...and that default is not stored: the next start follows its own language.
    EXPECT_FALSE(QSettings().contains(QStringLiteral("contentLanguage")));

    dpi::PreferencesDialog dialog(&window);
    EXPECT_EQ(dialog.windowTitle(), want.preferencesTitle);
    EXPECT_TRUE(labelTexts(dialog).contains(want.languageLabel)) << labelTexts(dialog).join(QLatin1Char('|')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, MainWindowLanguage, ::testing::Values(0, 1, 2),
                         [](const ::testing::TestParamInfo<int> &param) { return std::string(expected(param.param).code); });

TEST_F(InterfaceLanguageTest, QtOwnStringsFollowRussianAlsoForKyrgyz)
{
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ru.qm")))
        GTEST_SKIP() << "qt6-translations-l10n is not installed (scripts/bootstrap.sh installs it)";
    for (const QString &code : {QStringLiteral("ru"), QStringLiteral("ky")}) {
        ASSERT_TRUE(dpi::InterfaceLanguage::install(code));
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена")) << code.toStdString();
    }
}

} // namespace
