#include "../workbench/workbenchtesthelpers.h"

#include <QApplication>

#include <gtest/gtest.h>

// Widget tests need a QApplication (QtCharts crashes without one). Settings
// (splitter sizes, window state) go to a folder of this test process, never
// to the user's own configuration.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    workbenchtest::useTestSettings();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
