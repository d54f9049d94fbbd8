#include <QCoreApplication>

#include <gtest/gtest.h>

// The framework document refreshes its diagnostics from a timer, which needs
// an application object (and an event loop where a test waits for it).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
