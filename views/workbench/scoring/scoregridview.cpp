#include "scoregridview.h"

#include "document.h"
#include "scorecelldelegate.h"
#include "scoreedits.h"
#include "scoregridfiltermodel.h"
#include "scoregridmodel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace dpi {

ScoreGridView::ScoreGridView(Document *document, ScoreGridFilterModel *model, QWidget *parent)
    : QTableView(parent)
    , m_document(document)
    , m_filterModel(model)
{
    setModel(model);
    setItemDelegate(new ScoreCellDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(true);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    horizontalHeader()->setDefaultSectionSize(104);
    horizontalHeader()->setMinimumSectionSize(64);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setHighlightSections(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setObjectName(QStringLiteral("scoreGrid"));

    connect(model, &QAbstractItemModel::modelReset, this, &ScoreGridView::adjustColumns);
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        Q_EMIT currentCellChanged(currentCell());
    });
    adjustColumns();
}

ScoreGridModel *ScoreGridView::gridModel() const
{
    return m_filterModel->gridModel();
}

void ScoreGridView::fitCriterionColumn()
{
    // The titles get whatever the sector columns leave, but never less than
    // a readable minimum (the grid scrolls sideways then).
    int sectorsWidth = 0;
    for (int column = 1; column < model()->columnCount(); ++column)
        sectorsWidth += horizontalHeader()->sectionSize(column);
    const int minimum = std::max(260, fontMetrics().averageCharWidth() * 40);
    horizontalHeader()->resizeSection(ScoreGridModel::kCriterionColumn,
                                      std::max(minimum, viewport()->width() - sectorsWidth));
}

void ScoreGridView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitCriterionColumn();
}

void ScoreGridView::adjustColumns()
{
    // Sector titles run longer in Russian and Kyrgyz ("Здравоохранение"):
    // widen a sector column to its title, within reason, before the
    // criterion column takes the rest.
    QFont bold = horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int column = 1; column < model()->columnCount(); ++column) {
        int width = 0;
        const QStringList lines = model()->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            width = std::max(width, metrics.horizontalAdvance(line));
        horizontalHeader()->resizeSection(column, std::clamp(width + 24, 104, 200));
    }
    fitCriterionColumn();
    // Start on the first score cell so that typing a digit scores right away.
    if (!currentIndex().isValid()) {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (isCriterionRow(row) && model()->columnCount() > 1) {
                setCurrentIndex(model()->index(row, 1));
                break;
            }
        }
    }
}

bool ScoreGridView::isCriterionRow(int proxyRow) const
{
    return model()->index(proxyRow, 0).data(ScoreGridModel::RowKindRole).toInt() == ScoreGridModel::CriterionRow;
}

bool ScoreGridView::isScoreCell(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() && proxyIndex.column() != ScoreGridModel::kCriterionColumn
        && isCriterionRow(proxyIndex.row());
}

CellRef ScoreGridView::currentCell() const
{
    const QModelIndex source = m_filterModel->mapToSource(currentIndex());
    if (!source.isValid())
        return {};
    const ScoreGridModel *grid = gridModel();
    const CellRef cell = grid->cellAt(source);
    if (cell.isValid())
        return cell;
    const Criterion *criterion = grid->criterionAt(source.row());
    if (!criterion)
        return {};
    return {QString(), grid->frameworkIdAt(source.row()), criterion->id};
}

void ScoreGridView::selectCell(const CellRef &cell)
{
    const ScoreGridModel *grid = gridModel();
    const int row = grid->rowOf(cell.frameworkId, cell.criterionId);
    if (row < 0)
        return;
    int column = cell.sectorId.isEmpty() ? currentIndex().column() : grid->columnOf(cell.sectorId);
    if (column < 0)
        column = model()->columnCount() > 1 ? 1 : 0;
    const QModelIndex proxy = m_filterModel->mapFromSource(grid->index(row, column));
    if (!proxy.isValid()) {
        Q_EMIT message(tr("The criterion is hidden by the filter."));
        return;
    }
    setCurrentIndex(proxy);
    scrollTo(proxy);
}

void ScoreGridView::selectSector(const QString &sectorId)
{
    const int column = gridModel()->columnOf(sectorId);
    if (column < 0)
        return;
    int row = currentIndex().row();
    if (row < 0 || !isCriterionRow(row)) {
        for (row = 0; row < model()->rowCount() && !isCriterionRow(row); ++row) {
        }
    }
    if (row >= model()->rowCount())
        return;
    const QModelIndex proxy = model()->index(row, column);
    setCurrentIndex(proxy);
    scrollTo(proxy);
}

void ScoreGridView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    Q_EMIT currentCellChanged(currentCell());
}

QModelIndex ScoreGridView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex start = currentIndex();
    QModelIndex next = QTableView::moveCursor(cursorAction, modifiers);
    const bool tabbing = cursorAction == MoveNext || cursorAction == MovePrevious;
    // Group rows (and, when tabbing, the title column) are not stops: keep
    // moving the same way until a score cell is reached or the edge is hit.
    for (int guard = 0; guard < 2 * model()->rowCount() * model()->columnCount() + 2; ++guard) {
        if (!next.isValid())
            return start;
        const bool stop = isCriterionRow(next.row())
            && (!tabbing || next.column() != ScoreGridModel::kCriterionColumn);
        if (stop)
            return next;
        const QModelIndex previous = currentIndex();
        // QTableView::moveCursor works from the current index, so step from `next`.
        QItemSelectionModel *selection = selectionModel();
        const QSignalBlocker blocker(selection);
        selection->setCurrentIndex(next, QItemSelectionModel::NoUpdate);
        QModelIndex further = QTableView::moveCursor(cursorAction, modifiers);
        selection->setCurrentIndex(previous, QItemSelectionModel::NoUpdate);
        if (!further.isValid() || further == next)
            return start;
        next = further;
    }
    return start;
}

void ScoreGridView::keyPressEvent(QKeyEvent *event)
{
    const CellRef cell = currentCell();
    const QString text = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));

    if (plain && text.size() == 1 && text.at(0).isDigit()) {
        if (cell.isValid()) {
            const int level = text.at(0).digitValue();
            const ProjectFramework *framework = m_document->project().findFramework(cell.frameworkId);
            if (framework && framework->framework.scale.contains(level))
                edit::setLevel(*m_document, cell, level);
            else if (framework)
                Q_EMIT message(tr("Level %1 is not on this framework's scale (%2–%3).")
                                   .arg(level)
                                   .arg(framework->framework.scale.minLevel())
                                   .arg(framework->framework.scale.maxLevel()));
        }
        event->accept();
        return;
    }
    if (plain && (event->key() == Qt::Key_N || event->key() == Qt::Key_Minus)) {
        if (cell.isValid() && !edit::setNotApplicable(*m_document, cell)) {
            const ProjectFramework *framework = m_document->project().findFramework(cell.frameworkId);
            if (framework && !framework->framework.scale.allowNotApplicable)
                Q_EMIT message(tr("This framework does not allow “not applicable”."));
        }
        event->accept();
        return;
    }
    if (plain && (event->key() == Qt::Key_U || event->key() == Qt::Key_Question)) {
        if (cell.isValid())
            edit::setUnverified(*m_document, cell);
        event->accept();
        return;
    }
    if (plain && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        if (cell.isValid())
            edit::clearLevel(*m_document, cell);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (cell.isValid())
            Q_EMIT evidenceEditorRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace dpi
