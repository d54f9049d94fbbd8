#include "rubriccardflow.h"

#include "rubriccard.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace dpi {

RubricCardFlow::RubricCardFlow(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
}

void RubricCardFlow::setCards(const std::vector<RubricCard *> &cards)
{
    for (RubricCard *card : m_cards)
        m_grid->removeWidget(card);
    m_cards = cards;
    for (RubricCard *card : m_cards)
        card->setParent(this);
    m_columns = 0;
    place(columnsFor(width()));
    for (RubricCard *card : m_cards)
        card->show();
}

int RubricCardFlow::columnsFor(int width) const
{
    const int count = int(m_cards.size());
    if (count == 0)
        return 1;
    const int fitting = std::max(1, (width + m_grid->spacing()) / (kMinCardWidth + m_grid->spacing()));
    // Rows as even as possible: five cards in three columns, not four and one.
    const int perRow = std::min(fitting, count);
    const int rows = (count + perRow - 1) / perRow;
    return (count + rows - 1) / rows;
}

void RubricCardFlow::place(int columns)
{
    if (columns == m_columns)
        return;
    for (RubricCard *card : m_cards)
        m_grid->removeWidget(card);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (int i = 0; i < int(m_cards.size()); ++i)
        m_grid->addWidget(m_cards[i], i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    m_columns = columns;
}

void RubricCardFlow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place(columnsFor(event->size().width()));
}

} // namespace dpi
