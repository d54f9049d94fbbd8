#include "aboutdialog.h"
#include "workbenchfixture.h"

#include <QAction>
#include <QLabel>
#include <QPixmap>

using namespace workbenchtest;

using AboutTest = WorkbenchFixture;

// Help › About on the real window: one dialog, naming the CMake project
// version, the Qt it runs on and was built with, yaml-cpp's version from its
// CMake package, and the licence.
TEST_F(AboutTest, HelpAboutShowsVersionsAndLicence)
{
    QAction *about = window->findChild<QAction *>(QStringLiteral("aboutAction"));
    ASSERT_NE(about, nullptr);
    about->trigger();
    dpi::AboutDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] {
        dialog = window->findChild<dpi::AboutDialog *>();
        return dialog && dialog->isVisible();
    }));
    const QString text = dialog->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Version " DPIW_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("yaml-cpp " DPIW_EXPECTED_YAML_CPP_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Licence: " DPIW_EXPECTED_LICENSE))) << text.toStdString();
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("About")));
    // With DPIW_SHOT_OUT set the dialog is kept there as an image, for review.
    if (const QString out = qEnvironmentVariable("DPIW_SHOT_OUT"); !out.isEmpty()) {
        EXPECT_TRUE(dialog->grab().save(out));
    }

    // Closing it deletes it: a second About is a fresh dialog, not a pile.
    dialog->reject();
    ASSERT_TRUE(waitFor([&] { return window->findChild<dpi::AboutDialog *>() == nullptr; }));
}
