#include "criterionlinkdialog.h"

#include "project.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dpi {

namespace {

constexpr int kFrameworkRole = Qt::UserRole;
constexpr int kCriterionRole = Qt::UserRole + 1;

} // namespace

CriterionLinkDialog::CriterionLinkDialog(const Project &project, const QString &language,
                                         const std::vector<CriterionLink> &links, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Link Criteria"));
    m_tree->setObjectName(QStringLiteral("criterionLinkTree"));
    m_tree->setHeaderLabels({tr("Criterion"), tr("Id")});
    for (const ProjectFramework &entry : project.frameworks) {
        auto *framework = new QTreeWidgetItem(m_tree, {entry.framework.title.text(language), entry.id});
        for (const Dimension &dimension : entry.framework.dimensions) {
            auto *group = new QTreeWidgetItem(framework, {dimension.title.text(language), dimension.id});
            for (const Criterion &criterion : dimension.criteria) {
                auto *item = new QTreeWidgetItem(group, {criterion.title.text(language), criterion.id});
                item->setData(0, kFrameworkRole, entry.id);
                item->setData(0, kCriterionRole, criterion.id);
                const bool linked = std::find(links.begin(), links.end(), CriterionLink{entry.id, criterion.id}) != links.end();
                item->setCheckState(0, linked ? Qt::Checked : Qt::Unchecked);
                if (linked) {
                    group->setExpanded(true);
                    framework->setExpanded(true);
                }
            }
        }
    }
    m_tree->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the criteria this item rests on:"), this));
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(640, 520);
}

std::vector<CriterionLink> CriterionLinkDialog::links() const
{
    std::vector<CriterionLink> result;
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::Checked); *it; ++it) {
        const QString criterion = (*it)->data(0, kCriterionRole).toString();
        if (!criterion.isEmpty())
            result.push_back({(*it)->data(0, kFrameworkRole).toString(), criterion});
    }
    return result;
}

} // namespace dpi
