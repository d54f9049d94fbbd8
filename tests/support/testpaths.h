#pragma once

#include <QString>

// Paths baked in by tests/CMakeLists.txt.
namespace dpitest {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(DPIW_SOURCE_DIR "/") + relative;
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(DPIW_TEST_DATA_DIR "/") + relative;
}

inline QString sharedPath(const QString &relative)
{
    return QStringLiteral(DPIW_SHARED_DIR "/") + relative;
}

} // namespace dpitest
