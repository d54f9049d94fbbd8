#pragma once

#include "conclusionsedits.h"

#include <QAbstractTableModel>
#include <QString>

namespace dpi {

class Document;

/**
 * The key findings or the strengths of one scope (a sector, or the whole
 * assessment when the scope is empty) as a table: text, linked criteria.
 * Editing the text calls findingsedit::setText; the model never changes the
 * project itself and follows the Document's signals.
 */
class FindingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, CriteriaColumn, ColumnCount };

    FindingListModel(Document *document, findingsedit::List list, QObject *parent = nullptr);

    findingsedit::List list() const { return m_list; }
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
    const std::vector<Finding> *items() const;
    void onConclusionsChanged(const QString &sectorId);
    void refresh();

    Document *const m_document;
    const findingsedit::List m_list;
    QString m_scope;
    QString m_language = QStringLiteral("en");
    int m_rows = 0;
};

} // namespace dpi
