#pragma once

#include "cellref.h"

#include <QTableView>

namespace dpi {

class Document;
class ScoreGridFilterModel;
class ScoreGridModel;

/**
 * The scoring grid with keyboard scoring: a digit sets the level, N or '-'
 * marks not applicable, Delete/Backspace clears the level, arrows and Tab
 * move between score cells (group rows are skipped), Enter asks for the
 * evidence editor. All edits go through the edit:: verbs.
 */
class ScoreGridView : public QTableView
{
    Q_OBJECT

public:
    ScoreGridView(Document *document, ScoreGridFilterModel *model, QWidget *parent = nullptr);

    ScoreGridModel *gridModel() const;
    /** The cell under the cursor; sectorId is empty on the criterion column. */
    CellRef currentCell() const;
    /** Moves the cursor to a cell (or, with no sector, to the criterion's row). */
    void selectCell(const CellRef &cell);
    /** Keeps the current row and jumps to a sector's column. */
    void selectSector(const QString &sectorId);

Q_SIGNALS:
    /** The cursor moved; `cell.sectorId` is empty when no sector is selected. */
    void currentCellChanged(const dpi::CellRef &cell);
    void evidenceEditorRequested();
    /** A key could not be applied (e.g. a level outside the scale). */
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool isScoreCell(const QModelIndex &proxyIndex) const;
    bool isCriterionRow(int proxyRow) const;
    void adjustColumns();
    void fitCriterionColumn();

    Document *const m_document;
    ScoreGridFilterModel *const m_filterModel;
};

} // namespace dpi
