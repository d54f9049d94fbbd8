#include "roundactions.h"

#include "compareroundsdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace dpi {

CompareRoundsDialog *openCompareRounds(MainWindow &window)
{
    auto *dialog = new CompareRoundsDialog(window.document(), window.contentLanguage(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void addRoundActions(MainWindow &window, QMenu *toolsMenu)
{
    QAction *compare = toolsMenu->addAction(QCoreApplication::translate("dpi::MainWindow", "Compare with &Previous Round…"));
    compare->setObjectName(QStringLiteral("compareRoundsAction"));
    compare->setStatusTip(QCoreApplication::translate("dpi::MainWindow", "What changed since the previous round of this assessment"));
    QObject::connect(compare, &QAction::triggered, &window, [&window] { openCompareRounds(window); });
}

} // namespace dpi
