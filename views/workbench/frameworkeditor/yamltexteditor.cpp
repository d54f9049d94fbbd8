#include "yamltexteditor.h"

#include "yamlhighlighter.h"
#include "yamllinenumberarea.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <map>

namespace dpi {

namespace {

const QColor kErrorColor(0xd0, 0x21, 0x2a);
const QColor kWarningColor(0xe0, 0x8e, 0x00);
const QColor kCurrentLineColor(0xf1, 0xf5, 0xfb);
const QColor kErrorLineColor(0xfd, 0xef, 0xef);
const QColor kWarningLineColor(0xff, 0xf7, 0xe6);

bool endsToken(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(']') || c == QLatin1Char('}'))
        return true;
    // A key's colon ends the key.
    return c == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1).isSpace());
}

// The characters [start, end) of one line to underline for a problem at `column` (0-based).
std::pair<int, int> tokenAt(const QString &line, int column)
{
    const int length = int(line.size());
    int first = 0;
    while (first < length && line.at(first).isSpace())
        ++first;
    int last = length;
    while (last > first && line.at(last - 1).isSpace())
        --last;
    if (first == last) // blank line: the whole line, at least one cell wide
        return {0, std::max(1, length)};
    if (column < 0 || column >= length || line.at(column).isSpace())
        return {first, last};
    const QChar opening = line.at(column);
    int end = column + 1;
    if (opening == QLatin1Char('"') || opening == QLatin1Char('\'')) {
        while (end < length && line.at(end) != opening)
            ++end;
        return {column, std::min(length, end + 1)};
    }
    if (opening == QLatin1Char('{') || opening == QLatin1Char('[') || opening == QLatin1Char('-')
        || opening == QLatin1Char(':') || opening == QLatin1Char('|') || opening == QLatin1Char('>')) {
        return {column, last}; // a structure: the rest of the line
    }
    while (end < length && !endsToken(line, end))
        ++end;
    return {column, end};
}

} // namespace

YamlTextEditor::YamlTextEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new YamlLineNumberArea(this))
    , m_highlighter(new YamlHighlighter(document()))
{
    setObjectName(QStringLiteral("yamlTextEditor"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        // Some platforms (offscreen, minimal setups) answer with a proportional font.
        font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                          QStringLiteral("Liberation Mono"), QStringLiteral("Consolas"), QStringLiteral("Menlo"),
                          QStringLiteral("monospace")});
        font.setStyleHint(QFont::TypeWriter);
        font.setFixedPitch(true);
    }
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setUndoRedoEnabled(false);
    setTabChangesFocus(false);
    setMouseTracking(true);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlTextEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlTextEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &YamlTextEditor::updateExtraSelections);
    updateGutterWidth();
    updateExtraSelections();
}

void YamlTextEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    m_diagnosticSelections.clear();
    m_selectionMessages.clear();
    m_selectionIsError.clear();
    m_lineTints.clear();
    std::map<int, bool> tintedLines; // block number -> tinted as an error
    for (const Diagnostic &diagnostic : diagnostics.items()) {
        if (diagnostic.line <= 0)
            continue; // about the whole file: only in the panel
        QTextBlock block = document()->findBlockByNumber(diagnostic.line - 1);
        if (!block.isValid())
            block = document()->lastBlock();
        const auto [start, end] = tokenAt(block.text(), diagnostic.column - 1);
        const bool error = diagnostic.severity == Severity::Error;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(std::min(block.position() + start, document()->characterCount() - 1));
        selection.cursor.setPosition(std::min(block.position() + end, document()->characterCount() - 1),
                                     QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(error ? kErrorColor : kWarningColor);
        selection.format.setProperty(QTextFormat::UserProperty, error);
        m_diagnosticSelections.append(selection);
        m_selectionMessages.push_back((error ? tr("error: %1") : tr("warning: %1")).arg(diagnostic.message));
        m_selectionIsError.push_back(error);

        const auto tinted = tintedLines.find(block.blockNumber());
        if (tinted == tintedLines.end() || (error && !tinted->second)) {
            tintedLines[block.blockNumber()] = error;
            QTextEdit::ExtraSelection tint;
            tint.cursor = QTextCursor(block);
            tint.format.setBackground(error ? kErrorLineColor : kWarningLineColor);
            tint.format.setProperty(QTextFormat::FullWidthSelection, true);
            m_lineTints.append(tint);
        }
    }
    updateExtraSelections();
    m_gutter->update();
}

QStringList YamlTextEditor::messagesAt(int position) const
{
    QStringList messages;
    for (qsizetype i = 0; i < m_diagnosticSelections.size(); ++i) {
        const QTextCursor &cursor = m_diagnosticSelections.at(i).cursor;
        if (position >= cursor.selectionStart() && position <= cursor.selectionEnd())
            messages << m_selectionMessages[size_t(i)];
    }
    return messages;
}

void YamlTextEditor::goToLineColumn(int line, int column)
{
    QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        block = document()->lastBlock();
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(cursor);
    centerCursor();
    // Before the first layout the viewport has no height to centre in: centre again once it has.
    QTimer::singleShot(0, this, &QPlainTextEdit::centerCursor);
    setFocus(Qt::OtherFocusReason);
}

void YamlTextEditor::replaceTextKeepingPosition(const QString &text)
{
    const QString current = toPlainText();
    if (current == text)
        return;
    const int oldLength = int(current.size());
    const int newLength = int(text.size());
    int prefix = 0;
    const int shorter = std::min(oldLength, newLength);
    while (prefix < shorter && current.at(prefix) == text.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix && current.at(oldLength - 1 - suffix) == text.at(newLength - 1 - suffix))
        ++suffix;

    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    // Only the differing middle is replaced: the view's cursor moves with the text around it.
    QTextCursor edit(document());
    edit.setPosition(prefix);
    edit.setPosition(oldLength - suffix, QTextCursor::KeepAnchor);
    edit.insertText(text.mid(prefix, newLength - prefix - suffix));
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
}

int YamlTextEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int count = std::max(1, blockCount()); count >= 10; count /= 10)
        ++digits;
    digits = std::max(digits, 3);
    const int markWidth = fontMetrics().height() / 2 + 6;
    return markWidth + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 10;
}

void YamlTextEditor::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), QColor(0xf5, 0xf6, 0xf8));
    painter.setPen(QColor(0xe0, 0xe2, 0xe6));
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1, event->rect().bottom());

    // Worst severity per line, for the mark.
    std::map<int, bool> problems; // block number -> has an error
    for (qsizetype i = 0; i < m_diagnosticSelections.size(); ++i) {
        const int blockNumber = m_diagnosticSelections.at(i).cursor.block().blockNumber();
        problems[blockNumber] = problems[blockNumber] || m_selectionIsError[size_t(i)];
    }

    const int currentBlock = textCursor().blockNumber();
    const int markSize = fontMetrics().height() / 2;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const auto problem = problems.find(block.blockNumber());
            if (problem != problems.end()) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(problem->second ? kErrorColor : kWarningColor);
                painter.drawEllipse(QRect(4, top + (height - markSize) / 2, markSize, markSize));
            }
            QFont font = painter.font();
            font.setBold(block.blockNumber() == currentBlock);
            painter.setFont(font);
            painter.setPen(block.blockNumber() == currentBlock ? QColor(0x30, 0x33, 0x38) : QColor(0x9a, 0x9e, 0xa6));
            painter.drawText(0, top, m_gutter->width() - 8, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

bool YamlTextEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Take Undo/Redo as key presses, so they reach the owner's history and not a window shortcut.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            key->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

bool YamlTextEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QStringList messages = messagesAt(cursorForPosition(help->pos()).position());
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void YamlTextEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Tab && modifiers == Qt::NoModifier) {
        const int column = textCursor().positionInBlock();
        textCursor().insertText(QString(2 - column % 2, QLatin1Char(' ')));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
        QTextCursor cursor = textCursor();
        const QString before = cursor.block().text().left(cursor.positionInBlock());
        int indent = 0;
        while (indent < before.size() && before.at(indent) == QLatin1Char(' '))
            ++indent;
        // The contents of "key:" go one level deeper.
        if (before.trimmed().endsWith(QLatin1Char(':')))
            indent += 2;
        cursor.insertText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void YamlTextEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void YamlTextEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void YamlTextEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void YamlTextEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection currentLine;
    currentLine.format.setBackground(kCurrentLineColor);
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections.append(currentLine);
    selections.append(m_lineTints);
    selections.append(m_diagnosticSelections);
    setExtraSelections(selections);
    m_gutter->update();
}

} // namespace dpi
