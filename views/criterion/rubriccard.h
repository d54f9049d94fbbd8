#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace dpi {

/**
 * One level of a criterion's rubric in the criterion panel: the level, its
 * label and what it looks like for this criterion. The chosen level is
 * highlighted in its level colour; clicking a card chooses that level.
 */
class RubricCard : public QFrame
{
    Q_OBJECT

public:
    RubricCard(int level, QWidget *parent = nullptr);

    int level() const { return m_level; }
    /** `percent`: the level on the scale, from levelPercent(). */
    void setContent(const QString &label, const QString &rubric, const std::optional<double> &percent);
    void setChosen(bool chosen);
    bool isChosen() const { return m_chosen; }

Q_SIGNALS:
    void clicked(int level);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateStyle();

    const int m_level;
    std::optional<double> m_percent;
    bool m_chosen = false;
    bool m_hovered = false;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace dpi
