#include "wrappingitemdelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace dpi {

namespace {

constexpr int kRowPadding = 6;

} // namespace

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    // Row heights depend on column widths: lay the rows out again once resizing settles.
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

int WrappingItemDelegate::availableWidth(const QModelIndex &index) const
{
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const bool spanned = index.column() == 0 && m_view->isFirstColumnSpanned(index.row(), index.parent());
    int width = spanned ? m_view->viewport()->width() : m_view->header()->sectionSize(index.column());
    if (index.column() == 0)
        width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    return std::max(width, 40);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem wrapped = option;
    wrapped.rect = QRect(0, 0, availableWidth(index), 1);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    QSize size = QStyledItemDelegate::sizeHint(wrapped, index);
    size.rheight() += kRowPadding;
    return size;
}

} // namespace dpi
