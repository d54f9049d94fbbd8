#include "inlinenameeditor.h"

#include <QKeyEvent>
#include <QTextCursor>
#include <QTextDocument>

namespace dpi {

InlineNameEditor::InlineNameEditor(const QString &text, const QFont &font)
{
    setFont(font);
    setPlainText(text);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setDefaultTextColor(Qt::black);
    setZValue(1000);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void InlineNameEditor::keyPressEvent(QKeyEvent *event)
{
    // Shift+Enter keeps OWM's multi-line names possible.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineNameEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void InlineNameEditor::finish(bool commit)
{
    if (m_done)
        return;
    m_done = true;
    if (commit)
        Q_EMIT committed(toPlainText());
    else
        Q_EMIT cancelled();
}

} // namespace dpi
