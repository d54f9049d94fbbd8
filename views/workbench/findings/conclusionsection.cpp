#include "conclusionsection.h"

#include "actiontablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dpi {

ConclusionSection::ConclusionSection(const QString &title, QAbstractItemModel *model, int textColumn, bool sortable,
                                     Verbs verbs, QWidget *parent)
    : QGroupBox(title, parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_textColumn(textColumn)
    , m_verbs(std::move(verbs))
{
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    if (sortable) {
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSortRole(ActionTableModel::SortRole);
        m_proxy->setSourceModel(model);
        m_view->setModel(m_proxy);
        m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        m_view->setSortingEnabled(true);
        connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ConclusionSection::updateActions);
    } else {
        m_view->setModel(model);
    }

    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(this);
    auto *removeButton = new QPushButton(this);
    auto *upButton = new QPushButton(this);
    auto *downButton = new QPushButton(this);
    auto *linkButton = new QPushButton(this);
    for (QPushButton *button : {addButton, removeButton, upButton, downButton, linkButton})
        buttons->addWidget(button);
    buttons->addStretch();
    m_add = makeAction(tr("Add"), QKeySequence(Qt::Key_Insert), addButton);
    m_remove = makeAction(tr("Remove"), QKeySequence::Delete, removeButton);
    m_up = makeAction(tr("Move Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), upButton);
    m_down = makeAction(tr("Move Down"), QKeySequence(Qt::CTRL | Qt::Key_Down), downButton);
    m_link = makeAction(tr("Link Criteria…"), QKeySequence(Qt::CTRL | Qt::Key_L), linkButton);
    connect(m_add, &QAction::triggered, this, &ConclusionSection::addItem);
    connect(m_remove, &QAction::triggered, this, &ConclusionSection::removeItem);
    connect(m_up, &QAction::triggered, this, [this] { moveItem(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveItem(1); });
    connect(m_link, &QAction::triggered, this, &ConclusionSection::linkItem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConclusionSection::updateActions);
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &ConclusionSection::updateActions);
    connect(m_view->model(), &QAbstractItemModel::rowsInserted, this, &ConclusionSection::updateActions);
    connect(m_view->model(), &QAbstractItemModel::rowsRemoved, this, &ConclusionSection::updateActions);
    updateActions();
}

QAction *ConclusionSection::makeAction(const QString &text, const QKeySequence &shortcut, QPushButton *button)
{
    auto *action = new QAction(text, m_view);
    action->setShortcut(shortcut);
    // Only while the table itself has focus: in an open cell editor, Delete
    // and Ctrl+arrows keep their text-editing meaning.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(action);
    button->setText(text);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return action;
}

int ConclusionSection::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy ? m_proxy->mapToSource(current).row() : current.row();
}

void ConclusionSection::selectRow(int sourceRow)
{
    QModelIndex index = m_model->index(sourceRow, m_textColumn);
    if (m_proxy)
        index = m_proxy->mapFromSource(index);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool ConclusionSection::inOwnOrder() const
{
    return !m_proxy || m_view->horizontalHeader()->sortIndicatorSection() <= 0;
}

void ConclusionSection::addItem()
{
    if (!m_verbs.add())
        return;
    // The new item is the last one: select it and start writing its text.
    selectRow(m_model->rowCount() - 1);
    m_view->setFocus();
    m_view->edit(m_view->currentIndex());
}

void ConclusionSection::removeItem()
{
    const int row = currentRow();
    if (row < 0 || !m_verbs.remove(row))
        return;
    if (m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void ConclusionSection::moveItem(int delta)
{
    const int row = currentRow();
    if (row < 0 || !inOwnOrder() || !m_verbs.move(row, row + delta))
        return;
    selectRow(row + delta);
}

void ConclusionSection::linkItem()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const auto chosen = m_verbs.chooseLinks(m_verbs.links(row));
    if (chosen)
        m_verbs.setLinks(row, *chosen);
}

void ConclusionSection::updateActions()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_remove->setEnabled(row >= 0);
    m_link->setEnabled(row >= 0);
    m_up->setEnabled(row > 0 && inOwnOrder());
    m_down->setEnabled(row >= 0 && row < rows - 1 && inOwnOrder());
}

} // namespace dpi
