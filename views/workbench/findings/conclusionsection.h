#pragma once

#include "findings.h"

#include <QGroupBox>

#include <functional>
#include <optional>
#include <vector>

class QAbstractItemModel;
class QAction;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dpi {

/**
 * One editable list of the Findings & Actions tab (key findings, strengths
 * or the action plan): a table with Add, Remove, Move Up, Move Down and Link
 * Criteria, each also a keyboard shortcut while the table has focus
 * (Insert, Delete, Ctrl+Up, Ctrl+Down, Ctrl+L). Every change goes through
 * the verbs given in `Verbs`; the section only tracks the selection.
 *
 * A sortable section shows the model through a proxy sorting on
 * ActionTableModel::SortRole; moving is then offered only in the analysts'
 * own order (sorted by the first column, or not sorted).
 */
class ConclusionSection : public QGroupBox
{
    Q_OBJECT

public:
    struct Verbs
    {
        std::function<bool()> add;                        // appends an empty item
        std::function<bool(int row)> remove;
        std::function<bool(int from, int to)> move;
        std::function<std::vector<CriterionLink>(int row)> links;
        std::function<bool(int row, const std::vector<CriterionLink> &links)> setLinks;
        // Opens the criterion chooser; returns the chosen links, or nothing when cancelled.
        std::function<std::optional<std::vector<CriterionLink>>(const std::vector<CriterionLink> &current)> chooseLinks;
    };

    ConclusionSection(const QString &title, QAbstractItemModel *model, int textColumn, bool sortable, Verbs verbs,
                      QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }
    QAction *linkAction() const { return m_link; }

    /** The selected item's index in its list, or -1. */
    int currentRow() const;
    void selectRow(int sourceRow);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, QPushButton *button);
    void addItem();
    void removeItem();
    void moveItem(int delta);
    void linkItem();
    void updateActions();
    bool inOwnOrder() const;

    QAbstractItemModel *const m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view;
    const int m_textColumn;
    const Verbs m_verbs;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_link = nullptr;
};

} // namespace dpi
