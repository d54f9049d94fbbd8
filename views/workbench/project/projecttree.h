#pragma once

#include <QTreeWidget>

namespace dpi {

class Document;

/**
 * The project at a glance: frameworks → dimensions → criteria, the sectors
 * and the Wardley maps. Activating an item asks the window to show it.
 */
class ProjectTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum ItemKind { FrameworkItem = 1, DimensionItem, CriterionItem, SectorItem, MapItem, GroupItem };
    enum Role { KindRole = Qt::UserRole + 1, FrameworkIdRole, IdRole };

    explicit ProjectTree(Document *document, QWidget *parent = nullptr);
    void setLanguage(const QString &language);

Q_SIGNALS:
    void criterionActivated(const QString &frameworkId, const QString &criterionId);
    void sectorActivated(const QString &sectorId);
    void mapActivated(const QString &mapId);

private:
    void rebuild();
    void onCurrentItemChanged(QTreeWidgetItem *current);

    Document *const m_document;
    QString m_language = QStringLiteral("en");
};

} // namespace dpi
