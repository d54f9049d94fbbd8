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

} // namespace dpitest
