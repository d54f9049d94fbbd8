// Child mode of the recovery test (see recovery_test.cpp): opens a project,
// makes one unsaved edit, autosaves it, says so, and waits to be killed.
#if __has_include("autosaver.h")

#include "saveloop.h"

#include "autosaver.h"
#include "document.h"
#include "recoverystore.h"
#include "scoreedits.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace dpitest {

int runAutosaveAndWait(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s --autosave-and-wait PROJECT RECOVERY_DIR\n", argv[0]);
        return 2;
    }
    dpi::Document document;
    dpi::Diagnostics diagnostics;
    if (!document.load(QString::fromLocal8Bit(argv[2]), &diagnostics)) {
        std::fprintf(stderr, "%s\n", qPrintable(diagnostics.toString()));
        return 1;
    }
    dpi::Autosaver autosaver(&document, dpi::RecoveryStore(QString::fromLocal8Bit(argv[3])));
    const dpi::CellRef cell{QStringLiteral("sector-0"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")};
    if (!dpi::edit::setLevel(document, cell, 0) || !autosaver.autosaveNow()) {
        std::fprintf(stderr, "edit or autosave failed\n");
        return 1;
    }
    std::printf("autosaved\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace dpitest

#endif
