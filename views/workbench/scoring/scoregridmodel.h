#pragma once

#include "cellref.h"
#include "scoring.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace dpi {

class Document;
class PreviousRoundResults;
class ProjectResults;
struct CellState;
struct Criterion;
struct Dimension;
struct ProjectFramework;

/**
 * The scoring grid: criteria as rows, grouped under dimension header rows
 * (and framework header rows when a project uses several frameworks);
 * column 0 names the criterion, each further column is a sector.
 *
 * It reads the Document and refreshes single cells on scoreChanged. Cell
 * colours, header rows and column headers show the document's
 * ProjectResults, which it follows instead of scoring itself; the marks of
 * cells changed since the previous round come from PreviousRoundResults.
 */
class ScoreGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum RowKind { FrameworkRow, DimensionRow, CriterionRow };
    enum CellState { Unscored, NotApplicable, Scored, Unverified };
    enum Role {
        RowKindRole = Qt::UserRole + 1,
        CellStateRole,     // CellState, sector cells of criterion rows
        LevelRole,         // int
        RedFlagRole,       // bool: critical criterion below its threshold / capped dimension
        CriticalRole,      // bool: the criterion is critical
        EvidenceCountRole, // int
        ConfidenceRole,    // int(Confidence)
        PercentRole,       // double: a criterion cell's level as % of the scale; header rows: the dimension/framework score
        DisagreementRole,  // int(Disagreement): the analysts' ratings of the cell
        ChangeRole,        // int(ChangeMark): the cell compared with the previous round
    };
    enum Disagreement { NoDisagreement, OpenDisagreement, ReconciledDisagreement };
    /** Up or down between two levels; Other for N/A, unverified, unscored or confidence. */
    enum ChangeMark { NoChange, ChangedUp, ChangedDown, ChangedOther };
    static constexpr int kCriterionColumn = 0;

    explicit ScoreGridModel(Document *document, QObject *parent = nullptr);

    /** Language of titles ("en", "ru", "ky"), falling back to English. */
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    RowKind rowKind(int row) const;
    /** The cell behind a sector column of a criterion row; invalid elsewhere. */
    CellRef cellAt(const QModelIndex &index) const;
    QModelIndex indexOf(const CellRef &cell) const;
    int rowOf(const QString &frameworkId, const QString &criterionId) const;
    int columnOf(const QString &sectorId) const;
    QString frameworkIdAt(int row) const;
    /** Dimension id of a criterion or dimension row ("" for framework rows). */
    QString dimensionIdAt(int row) const;
    const Criterion *criterionAt(int row) const;
    /** Text a search matches against: id, title and question in every language. */
    QString searchTextAt(int row) const;
    /** True when the criterion row has at least one sector without a score. */
    bool hasUnscoredCell(int row) const;
    /** True when the analysts' ratings differ in at least one sector of the criterion row. */
    bool hasDisagreement(int row) const;
    /** True when the criterion row changed since the previous round in at least one sector. */
    bool hasChangeSinceLastRound(int row) const;
    const ProjectResult &results() const;

private:
    struct Row
    {
        RowKind kind;
        int framework;
        int dimension;
        int criterion;
    };

    void rebuild();
    void onScoreChanged(const CellRef &cell, ScoreFields fields);
    void onPreviousRoundChanged();
    const ProjectFramework &frameworkOf(const Row &row) const;
    const Dimension &dimensionOf(const Row &row) const;
    const CriterionResult *criterionResult(const CellRef &cell) const;
    QVariant criterionCellData(const Row &row, int column, int role) const;
    QVariant headerRowData(const Row &row, int column, int role) const;
    QString sectorIdAt(int column) const;
    QString changeStateText(const dpi::CellState &state) const;

    Document *const m_document;
    const ProjectResults *const m_results;
    const PreviousRoundResults *const m_previous;
    std::vector<Row> m_rows;
    QString m_language = QStringLiteral("en");
};

} // namespace dpi
