// Hostile-input suite. Its own main() for two reasons: readers run under a
// QCoreApplication like in the app, and the same executable doubles as the
// child process of the kill-while-saving test (--save-loop), so that test
// needs no extra build target; so does the autosave-recovery test
// (--autosave-and-wait).
#include "saveloop.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <cstring>

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "--save-loop") == 0)
        return dpitest::runSaveLoop(argc, argv);
#if __has_include("autosaver.h")
    if (argc >= 2 && std::strcmp(argv[1], "--autosave-and-wait") == 0)
        return dpitest::runAutosaveAndWait(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
