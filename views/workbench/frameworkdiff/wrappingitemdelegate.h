#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace dpi {

/**
 * Lets long texts (rubric levels, questions) wrap inside their column of a
 * tree view instead of being cut off: row heights follow the column widths
 * and are recomputed when a column is resized. Adds a little air per row.
 */
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** Installs itself on `view` (and turns on word wrap and per-row heights). */
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int availableWidth(const QModelIndex &index) const;

    QTreeView *m_view;
};

} // namespace dpi
