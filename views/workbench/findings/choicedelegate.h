#pragma once

#include <QStyledItemDelegate>

#include <utility>
#include <vector>

namespace dpi {

/**
 * Edits a column whose EditRole value is one of a fixed set of numbers
 * (an action's priority or horizon) with a combo box of their labels.
 */
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(std::vector<std::pair<QString, int>> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const std::vector<std::pair<QString, int>> m_choices;
};

} // namespace dpi
