#include "templatecodeeditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace dpi {

namespace {

// The gutter forwards painting to the editor, which knows the block geometry.
class LineNumberGutter : public QWidget
{
public:
    explicit LineNumberGutter(TemplateCodeEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return QSize(m_editor->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    TemplateCodeEditor *m_editor;
};

const QColor kErrorColor(0xd3, 0x2f, 0x2f);
const QColor kWarningColor(0xf5, 0x7c, 0x00);

} // namespace

TemplateCodeEditor::TemplateCodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberGutter(this))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(9.5, font.pointSizeF()));
    setFont(font);
    document()->setDefaultFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 2);
    setMouseTracking(true);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &TemplateCodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &TemplateCodeEditor::updateSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    updateSelections();
}

int TemplateCodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int count = std::max(1, blockCount()); count >= 10; count /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 6;
}

void TemplateCodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void TemplateCodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void TemplateCodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), QColor(0xf4, 0xf5, 0xf7));
    painter.setPen(QColor(0xdd, 0xdf, 0xe3));
    painter.drawLine(m_lineNumbers->width() - 1, event->rect().top(), m_lineNumbers->width() - 1, event->rect().bottom());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const EditorMark *mark = nullptr;
            for (const EditorMark &candidate : std::as_const(m_marks)) {
                if (candidate.line == line && (!mark || candidate.error))
                    mark = &candidate;
            }
            if (mark) {
                const int size = std::min(8, fontMetrics().height() - 4);
                painter.setPen(Qt::NoPen);
                painter.setBrush(mark->error ? kErrorColor : kWarningColor);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.drawEllipse(QRectF(4, top + (fontMetrics().height() - size) / 2.0, size, size));
            }
            painter.setPen(block.blockNumber() == current ? QColor(0x33, 0x33, 0x33) : QColor(0x9a, 0x9e, 0xa6));
            painter.drawText(0, top, m_lineNumbers->width() - 8, fontMetrics().height(), Qt::AlignRight,
                             QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

std::pair<int, int> TemplateCodeEditor::markRange(const EditorMark &mark) const
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, mark.line - 1));
    if (!block.isValid())
        return {0, 0};
    const QString text = block.text();
    if (mark.column <= 0 || mark.column > text.size()) {
        // No column: underline the line's text (or one cell at its end).
        int first = 0;
        while (first < text.size() && text.at(first).isSpace())
            ++first;
        return {block.position() + first, std::max(1, int(text.size()) - first)};
    }
    const int start = mark.column - 1;
    int end = start + 1;
    if (text.mid(start, 2) == QLatin1String("{{")) {
        const int close = int(text.indexOf(QLatin1String("}}"), start + 2));
        end = close >= 0 ? close + 2 : int(text.size());
        if (close >= 0 && text.mid(close, 3) == QLatin1String("}}}"))
            end = close + 3;
    } else {
        while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_')))
            ++end;
    }
    return {block.position() + start, end - start};
}

void TemplateCodeEditor::setMarks(const QList<EditorMark> &marks)
{
    m_marks = marks;
    updateSelections();
    m_lineNumbers->update();
}

void TemplateCodeEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection currentLine;
    currentLine.format.setBackground(QColor(0xf3, 0xf7, 0xfc));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections << currentLine;
    for (const EditorMark &mark : std::as_const(m_marks)) {
        const auto [position, length] = markRange(mark);
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(mark.error ? kErrorColor : kWarningColor);
        selection.format.setToolTip(mark.message);
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(position);
        selection.cursor.setPosition(std::min(position + length, document()->characterCount() - 1), QTextCursor::KeepAnchor);
        selections << selection;
    }
    setExtraSelections(selections);
}

bool TemplateCodeEditor::event(QEvent *event)
{
    // Hovering an underline shows its message (extra selections carry no tooltips of their own).
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const int position = cursorForPosition(inViewport).position();
        QStringList messages;
        for (const EditorMark &mark : std::as_const(m_marks)) {
            const auto [start, length] = markRange(mark);
            if (position >= start && position <= start + length)
                messages << mark.message;
        }
        if (!messages.isEmpty())
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void TemplateCodeEditor::keyPressEvent(QKeyEvent *event)
{
    // Enter keeps the current line's indentation: templates are deeply nested.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString line = textCursor().block().text();
        qsizetype indent = 0;
        while (indent < line.size() && (line.at(indent) == QLatin1Char(' ') || line.at(indent) == QLatin1Char('\t')))
            ++indent;
        QPlainTextEdit::keyPressEvent(event);
        textCursor().insertText(line.left(indent));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void TemplateCodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, int(block.length()) - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void TemplateCodeEditor::insertAround(const QString &before, const QString &after)
{
    QTextCursor cursor = textCursor();
    const QString selected = cursor.selectedText();
    cursor.beginEditBlock();
    cursor.insertText(before + selected + after);
    cursor.endEditBlock();
    cursor.setPosition(cursor.position() - int(after.size()));
    setTextCursor(cursor);
    setFocus();
}

} // namespace dpi
