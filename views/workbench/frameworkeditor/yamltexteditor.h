#pragma once

#include "diagnostic.h"

#include <QList>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <vector>

namespace dpi {

class YamlHighlighter;
class YamlLineNumberArea;

/**
 * A plain-text YAML editor: monospace, syntax highlighting, line numbers, and
 * problems drawn as wavy underlines (red errors, amber warnings) with the
 * message as a tooltip. Its own undo is off: the owner keeps the history, so
 * Undo/Redo keys are passed on as undoRequested()/redoRequested().
 * Tab inserts spaces (YAML forbids tabs for indentation); Enter keeps the indentation.
 */
class YamlTextEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit YamlTextEditor(QWidget *parent = nullptr);

    /** Underlines `diagnostics` (1-based line:column of the current text). */
    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /** The underlines, one per positioned diagnostic, in the diagnostics' order. */
    QList<QTextEdit::ExtraSelection> diagnosticSelections() const { return m_diagnosticSelections; }
    /** Messages of the problems underlined at a character position of the text. */
    QStringList messagesAt(int position) const;

    /** Puts the cursor at a 1-based line:column (column 0: line start) and shows it. */
    void goToLineColumn(int line, int column);
    /**
     * Replaces the text by changing only the part that differs, so the
     * cursor, selection and scroll position stay where they were as far as
     * the text allows. Adds nothing to any undo history.
     */
    void replaceTextKeepingPosition(const QString &text);

    int lineNumberAreaWidth() const;
    void paintLineNumberArea(QPaintEvent *event);

Q_SIGNALS:
    void undoRequested();
    void redoRequested();

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();

    YamlLineNumberArea *m_gutter;
    YamlHighlighter *m_highlighter;
    Diagnostics m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections;
    QList<QTextEdit::ExtraSelection> m_lineTints; // a faint background on lines with problems
    std::vector<QString> m_selectionMessages; // parallel to m_diagnosticSelections
    std::vector<bool> m_selectionIsError;     // parallel to m_diagnosticSelections
};

} // namespace dpi
