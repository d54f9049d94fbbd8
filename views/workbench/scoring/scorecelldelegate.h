#pragma once

#include <QStyledItemDelegate>

namespace dpi {

/**
 * Paints the scoring grid: level cells filled with the level colour, N/A
 * hatched grey, unscored cells pale with a dash, critical failures framed
 * in red with a corner mark, and dimension/framework rows as group headers.
 */
class ScoreCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintCriterionTitle(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintScoreCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintHeaderRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace dpi
