#include "projecttree.h"

#include "document.h"

#include <QHeaderView>

namespace dpi {

namespace {

QTreeWidgetItem *makeItem(QTreeWidgetItem *parent, const QString &text, int kind,
                          const QString &frameworkId = QString(), const QString &id = QString())
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setData(0, ProjectTree::KindRole, kind);
    item->setData(0, ProjectTree::FrameworkIdRole, frameworkId);
    item->setData(0, ProjectTree::IdRole, id);
    item->setToolTip(0, id.isEmpty() ? text : QStringLiteral("%1\n%2").arg(text, id));
    return item;
}

} // namespace

ProjectTree::ProjectTree(Document *document, QWidget *parent)
    : QTreeWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("projectTree"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setExpandsOnDoubleClick(true);
    connect(document, &Document::projectReplaced, this, &ProjectTree::rebuild);
    connect(this, &QTreeWidget::currentItemChanged, this, &ProjectTree::onCurrentItemChanged);
    rebuild();
}

void ProjectTree::setLanguage(const QString &language)
{
    m_language = language;
    rebuild();
}

void ProjectTree::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    const Project &project = m_document->project();

    auto *frameworks = makeItem(invisibleRootItem(), tr("Frameworks"), GroupItem);
    for (const auto &used : project.frameworks) {
        auto *framework = makeItem(frameworks, used.framework.title.text(m_language), FrameworkItem,
                                   used.id, used.framework.pin());
        for (const auto &dimension : used.framework.dimensions) {
            auto *dimensionItem = makeItem(framework, dimension.title.text(m_language), DimensionItem,
                                           used.id, dimension.id);
            for (const auto &criterion : dimension.criteria) {
                auto *item = makeItem(dimensionItem, criterion.title.text(m_language), CriterionItem,
                                      used.id, criterion.id);
                if (criterion.critical)
                    item->setForeground(0, QColor(0xb7, 0x1c, 0x1c));
            }
        }
        framework->setExpanded(true);
    }
    frameworks->setExpanded(true);

    auto *sectors = makeItem(invisibleRootItem(), tr("Sectors (%1)").arg(project.sectors.size()), GroupItem);
    for (const auto &sector : project.sectors)
        makeItem(sectors, sector.title.text(m_language), SectorItem, QString(), sector.id);
    sectors->setExpanded(true);

    auto *maps = makeItem(invisibleRootItem(), tr("Maps (%1)").arg(project.maps.size()), GroupItem);
    for (const auto &map : project.maps)
        makeItem(maps, map.title.isEmpty() ? map.id : map.title.text(m_language), MapItem, QString(), map.id);
    maps->setExpanded(true);
}

void ProjectTree::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const QString id = current->data(0, IdRole).toString();
    switch (current->data(0, KindRole).toInt()) {
    case CriterionItem:
        Q_EMIT criterionActivated(current->data(0, FrameworkIdRole).toString(), id);
        break;
    case SectorItem:
        Q_EMIT sectorActivated(id);
        break;
    case MapItem:
        Q_EMIT mapActivated(id);
        break;
    default:
        break;
    }
}

} // namespace dpi
