#pragma once

#include <QStringList>

// `dpiw map render|import|export|list`: args[0] == "map". Needs a
// QApplication (fonts and painting). Returns the exit code.
namespace dpicli {

int runMap(const QStringList &args);

} // namespace dpicli
