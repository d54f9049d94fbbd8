#include "afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace dpi {

void AfterFirstPaint::run(QWidget *window, std::function<void()> work)
{
    window->installEventFilter(new AfterFirstPaint(window, std::move(work)));
}

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> work)
    : QObject(window)
    , m_work(std::move(work))
{
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // The children paint after the window in the same pass: start once
        // the event loop is back, when the frame is on screen.
        QTimer::singleShot(0, this, [this] {
            m_work();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dpi
