#pragma once

#include "cellref.h"

#include <QAbstractTableModel>

namespace dpi {

class Document;

/** The evidence items of one cell, editable in place through edit::editEvidence. */
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, UrlColumn, DateColumn, ColumnCount };

    explicit EvidenceModel(Document *document, QObject *parent = nullptr);

    void setCell(const CellRef &cell);
    const CellRef &cell() const { return m_cell; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void onScoreChanged(const CellRef &cell, ScoreFields fields);
    int itemCount() const;

    Document *const m_document;
    CellRef m_cell;
    int m_rows = 0;
};

} // namespace dpi
