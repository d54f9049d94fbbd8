#pragma once

#include <QPlainTextEdit>

namespace dpi {

/**
 * A plain-text edit as tall as its wrapped text (between a minimum and a
 * maximum number of lines), so a rubric or a question reads without an
 * inner scroll bar and the form's own scroll area does the scrolling.
 */
class GrowingTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit GrowingTextEdit(QWidget *parent = nullptr, int minLines = 2, int maxLines = 14);

    /** The height that shows the whole text (within the line limits). */
    int wantedHeight() const { return m_wantedHeight; }

Q_SIGNALS:
    /** Side-by-side editors listen to this to stay equally tall. */
    void wantedHeightChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    int m_minLines;
    int m_maxLines;
    int m_wantedHeight = 0;
};

} // namespace dpi
