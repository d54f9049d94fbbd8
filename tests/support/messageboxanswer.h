#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <memory>

// Answers the next real QMessageBox (shown modally, in its own event loop) by
// clicking `button`, as a user would. The returned state says whether a box
// was seen and what it asked.
struct MessageBoxAnswer
{
    bool seen = false;
    QString title;
    QString text;
    QMessageBox::StandardButtons buttons;
};

inline std::shared_ptr<MessageBoxAnswer> answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto answer = std::make_shared<MessageBoxAnswer>();
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [answer, timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer->seen = true;
        answer->title = box->windowTitle();
        answer->text = box->text();
        answer->buttons = box->standardButtons();
        if (QAbstractButton *chosen = box->button(button))
            chosen->click();
        else
            box->reject();
    });
    timer->start();
    return answer;
}
