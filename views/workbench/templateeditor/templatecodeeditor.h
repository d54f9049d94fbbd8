#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace dpi {

/** A problem to mark in the editor: 1-based line and column (column 0 = whole line). */
struct EditorMark
{
    int line = 0;
    int column = 0;
    bool error = true;
    QString message;
};

/**
 * The text editor for one template file: monospace, line numbers (with a
 * marker on lines that have a problem), current-line highlight, and problems
 * drawn as wavy underlines at their line:col (the tag or word there).
 */
class TemplateCodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TemplateCodeEditor(QWidget *parent = nullptr);

    void setMarks(const QList<EditorMark> &marks);
    const QList<EditorMark> &marks() const { return m_marks; }
    /** The character range underlined for a mark (document positions). */
    std::pair<int, int> markRange(const EditorMark &mark) const;

    /** Moves the cursor to line:col (1-based) and shows it. */
    void goTo(int line, int column);
    /** Inserts before + selection + after at the cursor; the cursor ends before `after`. */
    void insertAround(const QString &before, const QString &after);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_lineNumbers;
    QList<EditorMark> m_marks;
};

} // namespace dpi
