#pragma once

#include <QWidget>

#include <vector>

class QGridLayout;

namespace dpi {

class RubricCard;

/**
 * The rubric cards of one scale, side by side while each gets room for its
 * level's name, and in rows of fewer cards when the panel is narrow (a
 * docked panel, the framework editor's preview), so no name is cut off.
 */
class RubricCardFlow : public QWidget
{
    Q_OBJECT

public:
    explicit RubricCardFlow(QWidget *parent = nullptr);

    /** Takes the cards (parenting them) and places them. */
    void setCards(const std::vector<RubricCard *> &cards);
    int columns() const { return m_columns; }

    /** Narrowest a card may be before the flow starts another row. */
    static constexpr int kMinCardWidth = 96;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    void place(int columns);

    QGridLayout *m_grid;
    std::vector<RubricCard *> m_cards;
    int m_columns = 0;
};

} // namespace dpi
