#include "growingtextedit.h"

#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace dpi {

GrowingTextEdit::GrowingTextEdit(QWidget *parent, int minLines, int maxLines)
    : QPlainTextEdit(parent)
    , m_minLines(minLines)
    , m_maxLines(maxLines)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Long URLs wrap too; the edit never scrolls sideways.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::textChanged, this, &GrowingTextEdit::fitHeight);
    fitHeight();
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // Wrapping depends on the width, known only now.
    fitHeight();
}

void GrowingTextEdit::fitHeight()
{
    // Count wrapped lines ourselves: QPlainTextEdit lays out only the blocks
    // it shows, so its own line count is short exactly when the edit is.
    const qreal width = std::max<qreal>(20, viewport()->width() - 2 * document()->documentMargin());
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextLayout layout(block.text(), font());
        layout.setTextOption(document()->defaultTextOption());
        layout.beginLayout();
        int blockLines = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++blockLines;
        }
        layout.endLayout();
        lines += std::max(1, blockLines);
    }
    // Say when the scroll bar shows, and wrap again then: left "as needed",
    // it appears after the text was wrapped to the full width, which Qt
    // keeps, so the bar covers the ends of lines.
    const Qt::ScrollBarPolicy policy = lines > m_maxLines ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff;
    if (policy != verticalScrollBarPolicy()) {
        setVerticalScrollBarPolicy(policy);
        setLineWrapMode(QPlainTextEdit::NoWrap);
        setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    lines = std::clamp(lines, m_minLines, m_maxLines);
    const int height = fontMetrics().lineSpacing() * lines + 2 * int(document()->documentMargin()) + 2 * frameWidth() + 2;
    if (height != m_wantedHeight) {
        m_wantedHeight = height;
        Q_EMIT wantedHeightChanged();
    }
}

} // namespace dpi
