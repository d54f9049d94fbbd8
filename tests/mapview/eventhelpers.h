#pragma once

#include <QApplication>
#include <QGraphicsView>
#include <QMouseEvent>

// Real mouse events into a view's viewport (QtTest is not linked into this suite).
inline void sendMouse(QGraphicsView &view, QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPointF local = view.mapFromScene(scenePos);
    const QPointF global = view.viewport()->mapToGlobal(local.toPoint());
    QMouseEvent event(type, local, global, button, buttons, modifiers);
    QApplication::sendEvent(view.viewport(), &event);
}

inline void dragInView(QGraphicsView &view, const QPointF &from, const QPointF &to,
                       Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    const int steps = 5;
    for (int i = 1; i <= steps; ++i)
        sendMouse(view, QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::NoButton, Qt::LeftButton, modifiers);
    sendMouse(view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}
