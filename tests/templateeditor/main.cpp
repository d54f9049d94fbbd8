#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "previewexitchild.h"

// Widget tests need a QApplication (QtCharts crashes without one). The tests
// run in QStandardPaths' test mode, whose folders hang off $HOME; CTest runs
// tests side by side, so each process gets a home of its own, or one test's
// clean-up would delete the user templates another has just saved.
int main(int argc, char **argv)
{
    const QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    if (qEnvironmentVariableIsSet(kPreviewExitChild))
        return runPreviewExitChild(argc, argv);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
