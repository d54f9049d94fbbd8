#pragma once

#include <QStringList>

namespace dpi {

// `dpiw report PROJECT -o OUT.pdf [--template NAME|DIR] [--lang en|ru]
//                [--page-size A4|Letter] [--pdfa] [--date YYYY-MM-DD]`
// `args` are the arguments after "report". Returns 0 when the PDF was
// written, 1 on errors (project, template, output), 2 on bad usage.
// QtCharts needs a QApplication: call this before any QCoreApplication exists
// (it then creates a QApplication itself, offscreen when there is no
// display) or with a QApplication already running.
int runReportCommand(const QStringList &args);

} // namespace dpi
