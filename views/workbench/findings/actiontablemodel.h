#pragma once

#include "findings.h"

#include <QAbstractTableModel>
#include <QString>

namespace dpi {

class Document;

/**
 * The action plan of one scope (a sector, or the whole assessment when the
 * scope is empty) as a table. Row r is the action at index r; the "#" column
 * shows that order. Edits call the actionedit:: verbs. SortRole gives values
 * that sort high priority and sooner horizons first, for a QSortFilterProxyModel.
 */
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, PriorityColumn, TextColumn, OwnerColumn, HorizonColumn, CriteriaColumn, CostColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ActionTableModel(Document *document, QObject *parent = nullptr);

    QString scope() const { return m_scope; }
    void setScope(const QString &sectorId);
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    const std::vector<ActionItem> *items() const;
    void onConclusionsChanged(const QString &sectorId);
    void refresh();
    QString editText(const LocalizedText &text) const;

    Document *const m_document;
    QString m_scope;
    QString m_language = QStringLiteral("en");
    int m_rows = 0;
};

} // namespace dpi
