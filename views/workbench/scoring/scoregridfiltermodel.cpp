#include "scoregridfiltermodel.h"

#include "framework.h"
#include "scoregridmodel.h"

namespace dpi {

ScoreGridFilterModel::ScoreGridFilterModel(ScoreGridModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_grid(source)
{
    setSourceModel(source);
    setDynamicSortFilter(false);
}

void ScoreGridFilterModel::setFilter(const GridFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool ScoreGridFilterModel::acceptsCriterion(int row) const
{
    const Criterion *criterion = m_grid->criterionAt(row);
    if (!criterion)
        return false;
    if (!m_filter.dimensionId.isEmpty()
        && (m_grid->dimensionIdAt(row) != m_filter.dimensionId
            || m_grid->frameworkIdAt(row) != m_filter.frameworkId))
        return false;
    if (m_filter.criticalOnly && !criterion->critical)
        return false;
    if (m_filter.unscoredOnly && !m_grid->hasUnscoredCell(row))
        return false;
    if (m_filter.disagreementsOnly && !m_grid->hasDisagreement(row))
        return false;
    if (m_filter.changedOnly && !m_grid->hasChangeSinceLastRound(row))
        return false;
    if (!m_filter.text.isEmpty()) {
        const QStringList words = m_filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString haystack = m_grid->searchTextAt(row);
        for (const QString &word : words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

bool ScoreGridFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_filter.isActive())
        return true;
    const ScoreGridModel::RowKind kind = m_grid->rowKind(sourceRow);
    if (kind == ScoreGridModel::CriterionRow)
        return acceptsCriterion(sourceRow);
    // A header row: visible while a criterion of its group is.
    for (int row = sourceRow + 1; row < m_grid->rowCount(); ++row) {
        const ScoreGridModel::RowKind next = m_grid->rowKind(row);
        if (next == ScoreGridModel::FrameworkRow || (next == kind && kind == ScoreGridModel::DimensionRow))
            break;
        if (next == ScoreGridModel::CriterionRow && acceptsCriterion(row))
            return true;
    }
    return false;
}

} // namespace dpi
