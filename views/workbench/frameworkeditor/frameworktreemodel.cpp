#include "frameworktreemodel.h"

#include "translationstatus.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QStyle>

namespace dpi {

namespace {

const QString kMimeType = QStringLiteral("application/x-dpi-framework-node");

// internalId: the framework row has 0, dimensions 1, criteria 2 + their dimension's row.
constexpr quintptr kFrameworkId = 0;
constexpr quintptr kDimensionId = 1;
constexpr quintptr kCriterionBase = 2;

QString formatWeight(double weight)
{
    return QString::number(weight, 'g', 6);
}

} // namespace

FrameworkTreeModel::FrameworkTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{
}

void FrameworkTreeModel::setFramework(const Framework &framework, const QStringList &languages,
                                      const QString &displayLanguage)
{
    beginResetModel();
    m_framework = framework;
    m_languages = languages;
    m_displayLanguage = displayLanguage;
    m_dimensionMissing.clear();
    m_criterionMissing.clear();
    for (const Dimension &dimension : m_framework.dimensions) {
        m_dimensionMissing.push_back(translations::missingInDimension(dimension, languages));
        std::vector<QStringList> criteria;
        for (const Criterion &criterion : dimension.criteria)
            criteria.push_back(translations::missingInCriterion(criterion, languages));
        m_criterionMissing.push_back(criteria);
    }
    endResetModel();
}

void FrameworkTreeModel::setDisplayLanguage(const QString &language)
{
    if (language == m_displayLanguage)
        return;
    m_displayLanguage = language;
    // Only titles change; rows stay, so selection and expansion stay too.
    const QModelIndex root = rootIndex();
    Q_EMIT dataChanged(root, root, {Qt::DisplayRole});
    for (int d = 0; d < rowCount(root); ++d) {
        const QModelIndex dimension = index(d, TitleColumn, root);
        Q_EMIT dataChanged(dimension, dimension, {Qt::DisplayRole});
        const int criteria = rowCount(dimension);
        if (criteria > 0)
            Q_EMIT dataChanged(index(0, TitleColumn, dimension), index(criteria - 1, TitleColumn, dimension), {Qt::DisplayRole});
    }
}

FrameworkNode FrameworkTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const quintptr id = index.internalId();
    if (id == kFrameworkId)
        return FrameworkNode::framework();
    if (id == kDimensionId)
        return FrameworkNode::dimension(m_framework.dimensions[index.row()].id);
    const Dimension &dimension = m_framework.dimensions[id - kCriterionBase];
    return FrameworkNode::criterion(dimension.id, dimension.criteria[index.row()].id);
}

QModelIndex FrameworkTreeModel::indexOf(const FrameworkNode &node, int column) const
{
    switch (node.kind) {
    case FrameworkNode::Kind::None:
        return {};
    case FrameworkNode::Kind::Framework:
        return index(0, column);
    case FrameworkNode::Kind::Dimension:
    case FrameworkNode::Kind::Criterion:
        break;
    }
    for (size_t d = 0; d < m_framework.dimensions.size(); ++d) {
        const Dimension &dimension = m_framework.dimensions[d];
        if (node.isDimension()) {
            if (dimension.id == node.dimensionId)
                return createIndex(int(d), column, kDimensionId);
            continue;
        }
        for (size_t c = 0; c < dimension.criteria.size(); ++c) {
            if (dimension.criteria[c].id == node.criterionId)
                return createIndex(int(c), column, kCriterionBase + d);
        }
    }
    return {};
}

QModelIndex FrameworkTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kFrameworkId);
    if (parent.internalId() == kFrameworkId)
        return createIndex(row, column, kDimensionId);
    if (parent.internalId() == kDimensionId)
        return createIndex(row, column, kCriterionBase + quintptr(parent.row()));
    return {};
}

QModelIndex FrameworkTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kFrameworkId)
        return {};
    if (child.internalId() == kDimensionId)
        return createIndex(0, 0, kFrameworkId);
    return createIndex(int(child.internalId() - kCriterionBase), 0, kDimensionId);
}

int FrameworkTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kFrameworkId)
        return int(m_framework.dimensions.size());
    if (parent.internalId() == kDimensionId)
        return int(m_framework.dimensions[parent.row()].criteria.size());
    return 0;
}

int FrameworkTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FrameworkTreeModel::display(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    const int column = index.column();
    if (id == kFrameworkId) {
        switch (column) {
        case TitleColumn: return m_framework.title.text(m_displayLanguage);
        case IdColumn: return m_framework.id;
        case WeightColumn: return m_framework.version;
        default: return {};
        }
    }
    if (id == kDimensionId) {
        const Dimension &dimension = m_framework.dimensions[index.row()];
        switch (column) {
        case TitleColumn: return dimension.title.text(m_displayLanguage);
        case IdColumn: return dimension.id;
        case WeightColumn: return formatWeight(dimension.weight);
        default: return {};
        }
    }
    const Criterion &criterion = m_framework.dimensions[id - kCriterionBase].criteria[index.row()];
    switch (column) {
    case TitleColumn: return criterion.title.text(m_displayLanguage);
    case IdColumn: return criterion.id;
    case WeightColumn: return formatWeight(criterion.weight);
    case CriticalColumn:
        if (!criterion.critical)
            return {};
        return tr("\u2691 <%1").arg(criterion.critical->below);
    default: return {};
    }
}

QVariant FrameworkTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const quintptr id = index.internalId();
    const QStringList *missing = nullptr;
    if (id == kDimensionId)
        missing = &m_dimensionMissing[index.row()];
    else if (id >= kCriterionBase)
        missing = &m_criterionMissing[id - kCriterionBase][index.row()];

    switch (role) {
    case Qt::DisplayRole:
        return display(index);
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && missing && !missing->isEmpty())
            return m_warningIcon;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && missing && !missing->isEmpty())
            return tr("Missing translations:\n%1").arg(missing->join(QLatin1Char('\n')));
        if (index.column() == CriticalColumn && id >= kCriterionBase) {
            const Criterion &criterion = m_framework.dimensions[id - kCriterionBase].criteria[index.row()];
            if (!criterion.critical)
                return {};
            QString tip = tr("Critical: a level below %1 raises a red flag for the sector").arg(criterion.critical->below);
            if (criterion.critical->capPercent)
                tip += tr(" and caps the dimension at %1 %").arg(*criterion.critical->capPercent);
            return tip;
        }
        if (index.column() == WeightColumn)
            return id == kFrameworkId ? tr("Version") : tr("Weight");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == IdColumn || (index.column() == WeightColumn && id == kFrameworkId))
            return QBrush(QColor(0x6b, 0x73, 0x80));
        if (index.column() == CriticalColumn)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case Qt::FontRole:
        if (id < kCriterionBase && index.column() == TitleColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WeightColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant FrameworkTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case IdColumn: return tr("Id");
    case WeightColumn: return tr("Weight");
    case CriticalColumn: return tr("Critical");
    default: return {};
    }
}

Qt::ItemFlags FrameworkTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const quintptr id = index.internalId();
    if (m_dragEnabled) {
        if (id != kFrameworkId)
            result |= Qt::ItemIsDragEnabled;
        // Everything accepts drops; canDropMimeData decides what fits where.
        result |= Qt::ItemIsDropEnabled;
    }
    return result;
}

Qt::DropActions FrameworkTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions FrameworkTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList FrameworkTreeModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *FrameworkTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One element at a time: the selection is single.
    for (const QModelIndex &index : indexes) {
        const FrameworkNode dragged = node(index);
        if (!dragged.isDimension() && !dragged.isCriterion())
            continue;
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << int(dragged.kind) << dragged.dimensionId << dragged.criterionId;
        auto *data = new QMimeData;
        data->setData(kMimeType, bytes);
        return data;
    }
    return nullptr;
}

std::optional<FrameworkTreeModel::DropTarget> FrameworkTreeModel::dropTarget(const QMimeData *data, int row,
                                                                              const QModelIndex &parent) const
{
    if (!m_dragEnabled || !data || !data->hasFormat(kMimeType))
        return std::nullopt;
    QDataStream stream(data->data(kMimeType));
    int kind = 0;
    DropTarget target;
    stream >> kind >> target.dragged.dimensionId >> target.dragged.criterionId;
    target.dragged.kind = FrameworkNode::Kind(kind);
    const FrameworkNode onto = node(parent.sibling(parent.row(), 0));

    if (target.dragged.isDimension()) {
        if (onto.kind == FrameworkNode::Kind::Framework) {
            target.row = row;
            return target;
        }
        // Dropped on a dimension (or one of its criteria): take that dimension's place.
        const QModelIndex dimension = onto.isCriterion() ? indexOf(FrameworkNode::dimension(onto.dimensionId))
                                                         : indexOf(onto);
        if (!dimension.isValid())
            return std::nullopt;
        target.row = dimension.row();
        return target;
    }
    if (target.dragged.isCriterion()) {
        if (onto.isDimension()) {
            target.dimensionId = onto.dimensionId;
            target.row = row;
            return target;
        }
        if (onto.isCriterion()) {
            // Dropped on a criterion: in front of it.
            target.dimensionId = onto.dimensionId;
            target.row = indexOf(onto).row();
            return target;
        }
    }
    return std::nullopt;
}

bool FrameworkTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                         const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropTarget(data, row, parent).has_value();
}

bool FrameworkTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    const std::optional<DropTarget> target = dropTarget(data, row, parent);
    if (target)
        Q_EMIT dropRequested(target->dragged, target->dimensionId, target->row);
    // Returning false keeps the view from removing the dragged rows itself:
    // the move has already been made in the text, and the tree is rebuilt from it.
    return false;
}

} // namespace dpi
