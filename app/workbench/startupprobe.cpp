#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace dpi {

namespace {

double clockMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// Milliseconds since the kernel started this process (before the dynamic
// loader and static initialisers, which a timer in main() would miss), from
// /proc/self/stat's start time in clock ticks since boot. Linux only; -1
// elsewhere. Resolution is one clock tick (10 ms).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name is in parentheses and may hold spaces: fields are counted after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int kStartTimeField = 22 - 3; // field 22 of stat(5), counted from field 3
    if (fields.size() <= kStartTimeField)
        return -1;
    const double ticks = fields.at(kStartTimeField).toDouble();
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (ticksPerSecond <= 0)
        return -1;
    return clockMs(CLOCK_BOOTTIME) - ticks * 1000.0 / double(ticksPerSecond);
}

} // namespace

bool StartupProbe::requested()
{
    return qEnvironmentVariableIsSet("DPIW_MEASURE_STARTUP");
}

StartupProbe *StartupProbe::watch(QWidget *window)
{
    auto *probe = new StartupProbe(window);
    window->installEventFilter(probe);
    probe->mark("main window built");
    return probe;
}

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
{
}

void StartupProbe::mark(const char *step)
{
    m_steps += QByteArray("  CPU ") + QByteArray::number(clockMs(CLOCK_PROCESS_CPUTIME_ID), 'f', 0)
        + QByteArray(" ms at: ") + step + '\n';
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // The window's children paint in the same pass, after it: report
        // once the event loop is back, when the whole frame has been drawn.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    std::printf("first paint: %.0f ms (CPU %.0f ms)\n%s", msSinceProcessStart(), clockMs(CLOCK_PROCESS_CPUTIME_ID),
                m_steps.constData());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace dpi
