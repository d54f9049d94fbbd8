#include "evidencemodel.h"

#include "document.h"
#include "scoreedits.h"

namespace dpi {

EvidenceModel::EvidenceModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::scoreChanged, this, &EvidenceModel::onScoreChanged);
    connect(document, &Document::projectReplaced, this, [this] { setCell(m_cell); });
}

void EvidenceModel::setCell(const CellRef &cell)
{
    beginResetModel();
    m_cell = cell;
    m_rows = itemCount();
    endResetModel();
}

int EvidenceModel::itemCount() const
{
    const Score *score = m_cell.isValid() ? m_document->score(m_cell) : nullptr;
    return score ? int(score->evidence.size()) : 0;
}

void EvidenceModel::onScoreChanged(const CellRef &cell, ScoreFields fields)
{
    if (cell != m_cell || !fields.testFlag(ScoreField::Evidence))
        return;
    if (itemCount() != m_rows) {
        setCell(m_cell);
        return;
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    const Score *score = m_cell.isValid() ? m_document->score(m_cell) : nullptr;
    if (!score || !index.isValid() || index.row() >= int(score->evidence.size()))
        return {};
    const EvidenceItem &item = score->evidence[size_t(index.row())];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TextColumn: return item.text;
    case UrlColumn: return item.url;
    case DateColumn: return item.date;
    default: return {};
    }
}

bool EvidenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Score *score = m_cell.isValid() ? m_document->score(m_cell) : nullptr;
    if (role != Qt::EditRole || !score || !index.isValid() || index.row() >= int(score->evidence.size()))
        return false;
    EvidenceItem item = score->evidence[size_t(index.row())];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case TextColumn: item.text = text; break;
    case UrlColumn: item.url = text; break;
    case DateColumn: item.date = text; break;
    default: return false;
    }
    edit::editEvidence(*m_document, m_cell, index.row(), item);
    return true;
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Evidence");
    case UrlColumn: return tr("Source URL");
    case DateColumn: return tr("Date");
    default: return {};
    }
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace dpi
