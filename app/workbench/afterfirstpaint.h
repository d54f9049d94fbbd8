#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace dpi {

/**
 * Runs a piece of start-up work once `window` has painted its first frame,
 * so that work the first screen does not need does not keep the window
 * blank (DESIGN §9: first window painted in under 0.5 s).
 */
class AfterFirstPaint : public QObject
{
public:
    // The hook is a child of `window`; `work` runs once, from the event loop.
    static void run(QWidget *window, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *window, std::function<void()> work);

    std::function<void()> m_work;
    bool m_seen = false;
};

} // namespace dpi
