#pragma once

#include "projectreader.h"
#include "testpaths.h"

#include <gtest/gtest.h>

namespace reporttest {

// tests/data/valid/mini.dpi.yaml, read (a failed read fails the test).
inline dpi::Project loadMini()
{
    const dpi::ProjectReadResult read = dpi::readProjectFile(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.project.value_or(dpi::Project());
}

} // namespace reporttest
