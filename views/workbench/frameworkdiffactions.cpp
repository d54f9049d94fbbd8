#include "frameworkdiffactions.h"

#include "compareframeworksdialog.h"
#include "document.h"
#include "mainwindow.h"
#include "upgradeframeworkdialog.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace dpi {

CompareFrameworksDialog *openCompareFrameworks(MainWindow &window)
{
    auto *dialog = new CompareFrameworksDialog(window.document()->project(), window.contentLanguage(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

UpgradeFrameworkDialog *openUpgradeFramework(MainWindow &window)
{
    auto *dialog = new UpgradeFrameworkDialog(window.document(), window.contentLanguage(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &window, [&window] {
        window.statusBar()->showMessage(MainWindow::tr("Framework upgraded. Edit > Undo restores the project as it was."), 10000);
    });
    dialog->open();
    return dialog;
}

void addFrameworkDiffActions(MainWindow &window, QMenu *toolsMenu)
{
    QAction *compare = toolsMenu->addAction(MainWindow::tr("&Compare Frameworks…"));
    compare->setObjectName(QStringLiteral("compareFrameworksAction"));
    compare->setStatusTip(MainWindow::tr("What changed between two versions of a framework"));
    QObject::connect(compare, &QAction::triggered, &window, [&window] { openCompareFrameworks(window); });

    QAction *upgrade = toolsMenu->addAction(MainWindow::tr("&Upgrade Framework in Assessment…"));
    upgrade->setObjectName(QStringLiteral("upgradeFrameworkAction"));
    upgrade->setStatusTip(MainWindow::tr("Move this assessment to a newer version of one of its frameworks"));
    QObject::connect(upgrade, &QAction::triggered, &window, [&window] { openUpgradeFramework(window); });
    // Only an assessment with a framework can be upgraded.
    QObject::connect(toolsMenu, &QMenu::aboutToShow, &window,
                     [&window, upgrade] { upgrade->setEnabled(!window.document()->project().frameworks.empty()); });
}

} // namespace dpi
