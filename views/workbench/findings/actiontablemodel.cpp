#include "actiontablemodel.h"

#include "conclusionlabels.h"
#include "conclusionsedits.h"
#include "document.h"

#include <QColor>
#include <QStringList>

namespace dpi {

ActionTableModel::ActionTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::conclusionsChanged, this, &ActionTableModel::onConclusionsChanged);
    connect(document, &Document::projectReplaced, this, &ActionTableModel::refresh);
    m_rows = items() ? int(items()->size()) : 0;
}

void ActionTableModel::setScope(const QString &sectorId)
{
    m_scope = sectorId;
    refresh();
}

void ActionTableModel::setLanguage(const QString &language)
{
    m_language = language;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

const std::vector<ActionItem> *ActionTableModel::items() const
{
    const Conclusions *conclusions = m_document->conclusions(m_scope);
    return conclusions ? &conclusions->actions : nullptr;
}

void ActionTableModel::onConclusionsChanged(const QString &sectorId)
{
    if (sectorId != m_scope)
        return;
    const int rows = items() ? int(items()->size()) : 0;
    if (rows != m_rows) {
        refresh();
        return;
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

void ActionTableModel::refresh()
{
    beginResetModel();
    m_rows = items() ? int(items()->size()) : 0;
    endResetModel();
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// What an editor starts with: the text in the language being edited, or
// (when there is none yet) the text shown, so that translating starts from it.
QString ActionTableModel::editText(const LocalizedText &text) const
{
    return text.has(m_language) ? text.exact(m_language) : text.text(m_language);
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    const std::vector<ActionItem> *list = items();
    if (!list || !index.isValid() || index.row() >= int(list->size()))
        return QVariant();
    const ActionItem &item = (*list)[std::size_t(index.row())];
    const auto textValue = [&](const LocalizedText &text) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return text.text(m_language);
        if (role == Qt::EditRole)
            return editText(text);
        if (role == Qt::ForegroundRole && !text.isEmpty() && !text.has(m_language))
            return QColor(Qt::gray);
        return QVariant();
    };
    switch (Column(index.column())) {
    case NumberColumn:
        if (role == Qt::DisplayRole)
            return index.row() + 1;
        if (role == SortRole)
            return index.row();
        break;
    case PriorityColumn:
        if (role == Qt::DisplayRole)
            return priorityText(item.priority);
        if (role == Qt::EditRole || role == SortRole)
            return int(item.priority);
        if (role == Qt::ForegroundRole && item.priority == ActionPriority::High)
            return QColor(0xc0, 0x00, 0x00);
        break;
    case TextColumn: return textValue(item.text);
    case OwnerColumn: return textValue(item.owner);
    case CostColumn: return textValue(item.cost);
    case HorizonColumn:
        if (role == Qt::DisplayRole)
            return item.horizon == ActionHorizon::Unset ? QString() : horizonText(item.horizon);
        if (role == Qt::EditRole)
            return int(item.horizon);
        if (role == SortRole)
            return item.horizon == ActionHorizon::Unset ? 99 : int(item.horizon);
        break;
    case CriteriaColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return linkedCriteriaText(item.links, m_document->project(), m_language);
        if (role == Qt::ToolTipRole) {
            QStringList ids;
            for (const CriterionLink &link : item.links)
                ids << link.toString();
            return ids.join(QLatin1Char('\n'));
        }
        break;
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn: return tr("#");
    case PriorityColumn: return tr("Priority");
    case TextColumn: return tr("Action");
    case OwnerColumn: return tr("Responsible");
    case HorizonColumn: return tr("Horizon");
    case CriteriaColumn: return tr("Linked criteria");
    case CostColumn: return tr("Cost note");
    case ColumnCount: break;
    }
    return QVariant();
}

Qt::ItemFlags ActionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != NumberColumn && index.column() != CriteriaColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ActionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const int row = index.row();
    const int choice = value.toInt();
    const QString text = value.toString().trimmed();
    const std::vector<ActionItem> *list = items();
    if (!list || row >= int(list->size()))
        return false;
    const ActionItem &item = (*list)[std::size_t(row)];
    // The editor starts from the text shown; committing it unchanged in a
    // language that has none yet is not a translation.
    const auto unchanged = [&](const LocalizedText &current) {
        return !current.has(m_language) && text == current.text(m_language);
    };
    switch (Column(index.column())) {
    case PriorityColumn:
        return choice >= int(ActionPriority::High) && choice <= int(ActionPriority::Low)
            && actionedit::setPriority(*m_document, m_scope, row, ActionPriority(choice));
    case HorizonColumn:
        return choice >= int(ActionHorizon::Unset) && choice <= int(ActionHorizon::Long)
            && actionedit::setHorizon(*m_document, m_scope, row, ActionHorizon(choice));
    case TextColumn: return !unchanged(item.text) && actionedit::setText(*m_document, m_scope, row, m_language, text);
    case OwnerColumn: return !unchanged(item.owner) && actionedit::setOwner(*m_document, m_scope, row, m_language, text);
    case CostColumn: return !unchanged(item.cost) && actionedit::setCost(*m_document, m_scope, row, m_language, text);
    case NumberColumn:
    case CriteriaColumn:
    case ColumnCount: break;
    }
    return false;
}

} // namespace dpi
