#pragma once

#include "diagnostic.h"
#include "testpaths.h"

#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <future>
#include <memory>
#include <thread>

namespace dpitest {

// A hang detector, not a benchmark: every hostile input must be dealt with in
// far less than this, even in a sanitizer build on a loaded machine.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr std::chrono::seconds kHangBound{120};
#else
inline constexpr std::chrono::seconds kHangBound{30};
#endif

// Runs `job` on a worker thread (as the app's loaders may) and returns its
// result. A job that does not finish within kHangBound cannot be stopped, so
// the whole test run ends with a failure instead of hanging.
template <typename Result>
Result bounded(const char *what, std::function<Result()> job)
{
    auto task = std::make_shared<std::packaged_task<Result()>>(std::move(job));
    std::future<Result> future = task->get_future();
    std::thread([task] { (*task)(); }).detach();
    if (future.wait_for(kHangBound) != std::future_status::ready) {
        std::fprintf(stderr, "HANG: %s did not finish within %lld s\n", what,
                     static_cast<long long>(kHangBound.count()));
        std::fflush(stderr);
        std::_Exit(3);
    }
    return future.get();
}

inline QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot read " << relative.toStdString();
    return file.readAll();
}

// Replaces exactly one occurrence of `from` (so fixtures fail loudly when the
// data they patch changes).
inline QByteArray patched(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    EXPECT_GE(at, 0) << "fixture text not found: " << from.toStdString();
    EXPECT_EQ(text.indexOf(from, at + 1), -1) << "fixture text not unique: " << from.toStdString();
    if (at >= 0)
        text.replace(at, from.size(), to);
    return text;
}

// 1-based line of the first occurrence of `needle`.
inline int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}

// The first diagnostic whose message contains `part` (nullptr if none).
inline const dpi::Diagnostic *findDiagnostic(const dpi::Diagnostics &diagnostics, const QString &part)
{
    for (const dpi::Diagnostic &d : diagnostics.items()) {
        if (d.message.contains(part, Qt::CaseInsensitive))
            return &d;
    }
    return nullptr;
}

// Asserts an error mentioning `part` at FILE:LINE (and COL when given), in
// the GCC form editors jump to.
inline ::testing::AssertionResult hasError(const dpi::Diagnostics &diagnostics, const QString &part, int line,
                                           int column = 0)
{
    for (const dpi::Diagnostic &d : diagnostics.items()) {
        if (d.severity != dpi::Severity::Error || !d.message.contains(part, Qt::CaseInsensitive))
            continue;
        if (d.line != line || (column > 0 && d.column != column))
            continue;
        const QString prefix = QStringLiteral("%1:%2:%3: error: ").arg(d.file).arg(d.line).arg(d.column);
        if (!d.toString().startsWith(prefix))
            return ::testing::AssertionFailure() << "badly formatted: " << d.toString().toStdString();
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no error containing '" << part.toStdString() << "' at line " << line
                                         << (column > 0 ? " column " + std::to_string(column) : std::string())
                                         << "; got:\n" << diagnostics.toString().toStdString();
}

} // namespace dpitest
