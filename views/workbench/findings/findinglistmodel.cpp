#include "findinglistmodel.h"

#include "conclusionlabels.h"
#include "document.h"

#include <QColor>
#include <QStringList>

namespace dpi {

FindingListModel::FindingListModel(Document *document, findingsedit::List list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_list(list)
{
    connect(document, &Document::conclusionsChanged, this, &FindingListModel::onConclusionsChanged);
    connect(document, &Document::projectReplaced, this, &FindingListModel::refresh);
    m_rows = items() ? int(items()->size()) : 0;
}

void FindingListModel::setScope(const QString &sectorId)
{
    m_scope = sectorId;
    refresh();
}

void FindingListModel::setLanguage(const QString &language)
{
    m_language = language;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

const std::vector<Finding> *FindingListModel::items() const
{
    const Conclusions *conclusions = m_document->conclusions(m_scope);
    if (!conclusions)
        return nullptr;
    return m_list == findingsedit::List::Findings ? &conclusions->findings : &conclusions->strengths;
}

void FindingListModel::onConclusionsChanged(const QString &sectorId)
{
    if (sectorId != m_scope)
        return;
    // The same number of rows (text typed, an item moved): keep the
    // selection and any open editor; otherwise start over.
    const int rows = items() ? int(items()->size()) : 0;
    if (rows != m_rows) {
        refresh();
        return;
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

void FindingListModel::refresh()
{
    beginResetModel();
    m_rows = items() ? int(items()->size()) : 0;
    endResetModel();
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FindingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    const std::vector<Finding> *list = items();
    if (!list || !index.isValid() || index.row() >= int(list->size()))
        return QVariant();
    const Finding &item = (*list)[std::size_t(index.row())];
    if (index.column() == TextColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return item.text.text(m_language);
        if (role == Qt::EditRole)
            return item.text.exact(m_language).isEmpty() ? item.text.text(m_language) : item.text.exact(m_language);
        // Text shown from another language (no translation yet) is greyed.
        if (role == Qt::ForegroundRole && !item.text.isEmpty() && !item.text.has(m_language))
            return QColor(Qt::gray);
    } else if (index.column() == CriteriaColumn) {
        if (role == Qt::DisplayRole)
            return linkedCriteriaText(item.links, m_document->project(), m_language);
        if (role == Qt::ToolTipRole) {
            QStringList ids;
            for (const CriterionLink &link : item.links)
                ids << link.toString();
            return ids.join(QLatin1Char('\n'));
        }
    }
    return QVariant();
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TextColumn)
        return m_list == findingsedit::List::Findings ? tr("Key finding") : tr("Strength");
    return tr("Linked criteria");
}

Qt::ItemFlags FindingListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TextColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FindingListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TextColumn)
        return false;
    const std::vector<Finding> *list = items();
    if (!list || index.row() >= int(list->size()))
        return false;
    const LocalizedText &current = (*list)[std::size_t(index.row())].text;
    const QString text = value.toString().trimmed();
    // The editor starts from the text shown; committing it unchanged in a
    // language that has none yet is not a translation.
    if (!current.has(m_language) && text == current.text(m_language))
        return false;
    return findingsedit::setText(*m_document, m_scope, m_list, index.row(), m_language, text);
}

} // namespace dpi
