#pragma once

#include "framework.h"
#include "frameworknode.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QStringList>

#include <optional>
#include <vector>

namespace dpi {

/**
 * The framework as a tree: one root row for the framework itself, its
 * dimensions below it and their criteria below those. Columns: title (in the
 * display language, with a warning icon when translations are missing), id,
 * weight and the critical rule.
 *
 * The model is a read-only view of a Framework value; a drop does not move
 * rows itself but asks for the move (dropRequested), which the editor turns
 * into one undo step. The re-parsed text then comes back through
 * setFramework().
 */
class FrameworkTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, IdColumn, WeightColumn, CriticalColumn, ColumnCount };

    explicit FrameworkTreeModel(QObject *parent = nullptr);

    /** `languages` are those checked for missing translations. */
    void setFramework(const Framework &framework, const QStringList &languages, const QString &displayLanguage);
    void setDisplayLanguage(const QString &language);
    const Framework &framework() const { return m_framework; }

    FrameworkNode node(const QModelIndex &index) const;
    QModelIndex indexOf(const FrameworkNode &node, int column = 0) const;
    QModelIndex rootIndex() const { return index(0, 0); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /** Drags are refused while the editor is read-only. */
    void setDragEnabled(bool enabled) { m_dragEnabled = enabled; }

Q_SIGNALS:
    /**
     * A dimension dropped at `row` among the dimensions, or a criterion
     * dropped at `row` of dimension `targetDimensionId` (rows counted before the move).
     */
    void dropRequested(const dpi::FrameworkNode &dragged, const QString &targetDimensionId, int row);

private:
    struct DropTarget
    {
        FrameworkNode dragged;
        QString dimensionId;
        int row = -1;
    };
    std::optional<DropTarget> dropTarget(const QMimeData *data, int row, const QModelIndex &parent) const;
    QVariant display(const QModelIndex &index) const;

    Framework m_framework;
    QStringList m_languages;
    QString m_displayLanguage = QStringLiteral("en");
    std::vector<QStringList> m_dimensionMissing;              // per dimension
    std::vector<std::vector<QStringList>> m_criterionMissing; // per dimension, per criterion
    QIcon m_warningIcon;
    bool m_dragEnabled = true;
};

} // namespace dpi
