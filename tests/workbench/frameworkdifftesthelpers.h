#pragma once

#include "framework.h"
#include "frameworkreader.h"
#include "testpaths.h"
#include "workbenchtesthelpers.h"

#include <QWidget>

#include <gtest/gtest.h>

// What the diff, compare and upgrade tests share: the fixtures in
// tests/data/diff and screenshots on request.
namespace difftest {

inline QString diffFixture(const char *name)
{
    return dpitest::dataPath(QStringLiteral("diff/") + QLatin1String(name));
}

inline dpi::Framework readFramework(const QString &path)
{
    const dpi::FrameworkReadResult read = dpi::readFrameworkFile(path);
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    return read.framework.value_or(dpi::Framework());
}

// With DPIW_SHOT_DIR set (e.g. under xvfb-run with QT_QPA_PLATFORM=xcb), saves what the
// widget looks like, so that a person can look at it.
inline void saveShotIfAsked(QWidget *widget, const QString &fileName)
{
    const QString directory = qEnvironmentVariable("DPIW_SHOT_DIR");
    if (directory.isEmpty())
        return;
    widget->raise();
    widget->activateWindow();
    workbenchtest::spin(400);
    EXPECT_TRUE(widget->grab().save(directory + QLatin1Char('/') + fileName)) << fileName.toStdString();
}

} // namespace difftest
