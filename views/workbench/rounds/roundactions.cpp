#include "roundactions.h"

#include "compareroundsdialog.h"
#include "mainwindow.h"

#include <QAction>
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
    QAction *compare = toolsMenu->addAction(MainWindow::tr("Compare with &Previous Round…"));
    compare->setObjectName(QStringLiteral("compareRoundsAction"));
    compare->setStatusTip(MainWindow::tr("What changed since the previous round of this assessment"));
    QObject::connect(compare, &QAction::triggered, &window, [&window] { openCompareRounds(window); });
}

} // namespace dpi
