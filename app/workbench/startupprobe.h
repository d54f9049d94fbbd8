#pragma once

#include <QByteArray>
#include <QObject>

class QWidget;

namespace dpi {

/**
 * For bench/startup.sh (DESIGN §9: first window painted in under 0.5 s):
 * when DPIW_MEASURE_STARTUP is set, waits for the main window's first paint
 * to finish, prints "first paint: N ms (CPU M ms)" - wall time since the
 * process started, and CPU time of the whole process - then the CPU time at
 * each marked step, and quits.
 */
class StartupProbe : public QObject
{
public:
    static bool requested();
    // Watches `window`; the probe is a child of it.
    static StartupProbe *watch(QWidget *window);
    // Notes the process CPU time now under `step`, printed with the result:
    // where the time before the first paint went.
    void mark(const char *step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QWidget *window);
    void report();

    bool m_seen = false;
    QByteArray m_steps;
};

} // namespace dpi
