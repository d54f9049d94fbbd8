#pragma once

class QMenu;

namespace dpi {

class CompareFrameworksDialog;
class MainWindow;
class UpgradeFrameworkDialog;

/**
 * Puts "Compare Frameworks…" and "Upgrade Framework in Assessment…" into the
 * main window's Tools menu. Both dialogs are window-modal children of the main
 * window, deleted when closed.
 */
void addFrameworkDiffActions(MainWindow &window, QMenu *toolsMenu);

/** Opens the chooser of two frameworks to compare (returned for tests). */
CompareFrameworksDialog *openCompareFrameworks(MainWindow &window);
/** Opens the upgrade dialog on the window's project (returned for tests). */
UpgradeFrameworkDialog *openUpgradeFramework(MainWindow &window);

} // namespace dpi
