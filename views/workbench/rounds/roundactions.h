#pragma once

class QMenu;

namespace dpi {

class CompareRoundsDialog;
class MainWindow;

/**
 * Puts "Compare with Previous Round…" into the main window's Tools menu. The
 * dialog is a window-modal child of the main window, deleted when closed.
 */
void addRoundActions(MainWindow &window, QMenu *toolsMenu);

/** Opens the comparison with the previous round (returned for tests). */
CompareRoundsDialog *openCompareRounds(MainWindow &window);

} // namespace dpi
