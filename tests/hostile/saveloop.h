#pragma once

#include "project.h"

#include <QByteArray>
#include <QString>

namespace dpitest {

// A project of several megabytes built from tests/data/valid/mini.dpi.yaml:
// `sectors` copies of its sectors with long evidence texts. `variant` changes
// every level and the title, so that two variants differ all through the file.
dpi::Project largeProject(int variant, int sectors);

// Child mode: `--save-loop PATH SECTORS` saves variants 1 and 2 of
// largeProject() to PATH in turn, forever, printing "saved N" after each
// save, until it is killed.
int runSaveLoop(int argc, char **argv);

// Child mode: `--autosave-and-wait PROJECT RECOVERY_DIR` opens PROJECT, sets
// sector-0 / exchange.logs to level 0 without saving, autosaves into
// RECOVERY_DIR, prints "autosaved" and sleeps until killed.
// (Only built when the app's autosave classes are available.)
int runAutosaveAndWait(int argc, char **argv);

} // namespace dpitest
