#pragma once

#include "gridfilter.h"

#include <QSortFilterProxyModel>

namespace dpi {

class ScoreGridModel;

/**
 * Filters the grid's criterion rows; a group header row stays visible while
 * any of its criteria does. The filter is applied when it changes, not on
 * every score edit: a row must not vanish under the cursor while the analyst
 * is scoring it with "unscored only" on.
 */
class ScoreGridFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScoreGridFilterModel(ScoreGridModel *source, QObject *parent = nullptr);

    void setFilter(const GridFilter &filter);
    const GridFilter &filter() const { return m_filter; }
    ScoreGridModel *gridModel() const { return m_grid; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsCriterion(int sourceRow) const;

    ScoreGridModel *const m_grid;
    GridFilter m_filter;
};

} // namespace dpi
