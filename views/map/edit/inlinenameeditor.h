#pragma once

#include <QGraphicsTextItem>

namespace dpi {

// Edits a name where it is drawn. Enter or leaving the field commits,
// Escape cancels; either way the editor asks to be removed.
class InlineNameEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    InlineNameEditor(const QString &text, const QFont &font);

Q_SIGNALS:
    void committed(const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool commit);
    bool m_done = false;
};

} // namespace dpi
