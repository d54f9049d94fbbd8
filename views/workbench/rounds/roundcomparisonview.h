#pragma once

#include "roundcomparison.h"

#include <QWidget>

class QTabWidget;
class QTreeWidget;

namespace dpi {

struct Project;

/**
 * One comparison of two rounds (compareRounds()) as tabs: the changed cells
 * (old → new), the percentages per sector, framework and dimension with
 * their change in percentage points, the gate checklists that changed, the
 * red flags raised and resolved, and the criteria added, removed or renamed
 * between framework versions. It only shows what it is given.
 */
class RoundComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit RoundComparisonView(QWidget *parent = nullptr);

    /** Shows `comparison` of `before` with `after` (titles in `language`); both only read here. */
    void setComparison(const Project &before, const Project &after, const RoundComparison &comparison,
                       const QString &language);
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *cellList() const { return m_cells; }
    QTreeWidget *percentTree() const { return m_percents; }
    QTreeWidget *gateList() const { return m_gates; }
    QTreeWidget *redFlagList() const { return m_flags; }
    QTreeWidget *criteriaList() const { return m_criteria; }

private:
    void fillCells(const Project &after, const RoundComparison &comparison, const QString &language);
    void fillPercents(const Project &after, const RoundComparison &comparison, const QString &language);
    void fillGates(const Project &after, const RoundComparison &comparison, const QString &language);
    void fillFlags(const Project &before, const Project &after, const RoundComparison &comparison,
                   const QString &language);
    void fillCriteria(const Project &before, const Project &after, const RoundComparison &comparison,
                      const QString &language);
    QString stateText(const CellState &state) const;
    QString percentText(const std::optional<double> &percent) const;
    QString deltaText(const PercentChange &change) const;
    QString gateText(const GateResult &gate) const;
    void setTabCount(QWidget *page, const QString &title, int count);

    QTabWidget *m_tabs;
    QTreeWidget *m_cells;
    QTreeWidget *m_percents;
    QTreeWidget *m_gates;
    QTreeWidget *m_flags;
    QTreeWidget *m_criteria;
};

} // namespace dpi
