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

#include <pthread.h>
#include <time.h>

namespace dpitest {

// A hang detector, not a benchmark: every hostile input must be dealt with in
// far less than this much CPU time, even in a sanitizer build. CPU time of
// the worker thread, not wall time, so that a heavily loaded machine (CI
// runs many tests at once) cannot turn a slow run into a false alarm; the
// wall-clock limit only catches a worker that blocks without computing.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr std::chrono::seconds kHangBound{120};
#else
inline constexpr std::chrono::seconds kHangBound{30};
#endif
inline constexpr std::chrono::minutes kBlockedBound{20};

// Runs `job` on a worker thread (as the app's loaders may) and returns its
// result. A job that exceeds the bounds cannot be stopped, so the whole test
// run ends with a failure instead of hanging.
template <typename Result>
Result bounded(const char *what, std::function<Result()> job)
{
    struct Shared
    {
        std::packaged_task<Result()> task;
        std::promise<clockid_t> clock;
    };
    auto shared = std::make_shared<Shared>();
    shared->task = std::packaged_task<Result()>(std::move(job));
    std::future<Result> future = shared->task.get_future();
    std::future<clockid_t> clockFuture = shared->clock.get_future();
    std::thread([shared] {
        clockid_t clock;
        if (pthread_getcpuclockid(pthread_self(), &clock) != 0)
            clock = CLOCK_THREAD_CPUTIME_ID; // not expected on Linux; then only the wall bound applies
        shared->clock.set_value(clock);
        shared->task();
    }).detach();
    const clockid_t clock = clockFuture.get();
    const auto started = std::chrono::steady_clock::now();
    while (future.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        timespec used{};
        const bool known = clock != CLOCK_THREAD_CPUTIME_ID && clock_gettime(clock, &used) == 0;
        const bool overCpu = known && used.tv_sec >= kHangBound.count();
        const bool overWall = std::chrono::steady_clock::now() - started > kBlockedBound;
        if (overCpu || overWall) {
            std::fprintf(stderr, "HANG: %s did not finish within %lld s of CPU time (%s)\n", what,
                         static_cast<long long>(kHangBound.count()), overCpu ? "CPU bound" : "wall-clock bound");
            std::fflush(stderr);
            std::_Exit(3);
        }
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
