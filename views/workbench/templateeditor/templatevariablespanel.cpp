#include "templatevariablespanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace dpi {

namespace {

enum Kind { Group, List, Flag, Text, Partial };

constexpr int kExampleLength = 70;

QString example(const QString &text)
{
    QString simple = text.simplified();
    if (simple.size() > kExampleLength)
        simple = simple.left(kExampleLength - 1) + QStringLiteral("…");
    return simple;
}

// Keys of the items of a list: the union over its items (items may differ,
// e.g. a criterion without evidence), first item's values as examples.
QVariantMap listItemShape(const QVariantList &items)
{
    QVariantMap shape;
    for (const QVariant &item : items) {
        if (item.typeId() != QMetaType::QVariantMap)
            continue;
        const QVariantMap map = item.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QVariant existing = shape.value(it.key());
            // Prefer a value that says something over an empty one.
            const bool empty = !existing.isValid() || (existing.typeId() == QMetaType::QString && existing.toString().isEmpty())
                || (existing.typeId() == QMetaType::QVariantList && existing.toList().isEmpty());
            if (empty)
                shape[it.key()] = it.value();
        }
    }
    return shape;
}

void setExpandedPaths(QTreeWidgetItem *item, const QSet<QString> &paths)
{
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem *child = item->child(i);
        if (paths.contains(child->data(0, TemplateVariablesPanel::PathRole).toString()))
            child->setExpanded(true);
        setExpandedPaths(child, paths);
    }
}

void collectExpanded(QTreeWidgetItem *item, QSet<QString> &paths)
{
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem *child = item->child(i);
        if (child->isExpanded())
            paths.insert(child->data(0, TemplateVariablesPanel::PathRole).toString());
        collectExpanded(child, paths);
    }
}

} // namespace

TemplateVariablesPanel::TemplateVariablesPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_description(new QLabel(this))
    , m_insert(new QPushButton(tr("&Insert"), this))
{
    setObjectName(QStringLiteral("templateVariablesPanel"));
    m_filter->setPlaceholderText(tr("Filter variables…"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("templateVariables"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Variable"), tr("In this project")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 190);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setMinimumHeight(m_description->fontMetrics().height() * 3);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_insert->setEnabled(false);
    m_insert->setToolTip(tr("Insert the selected variable at the cursor (or double-click it)"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_description);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_insert);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &TemplateVariablesPanel::applyFilter);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { insertItem(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TemplateVariablesPanel::updateDescription);
    connect(m_insert, &QPushButton::clicked, this, [this] { insertItem(); });
}

void TemplateVariablesPanel::setContext(const QVariantMap &context)
{
    m_context = context;
    QSet<QString> expanded;
    collectExpanded(m_tree->invisibleRootItem(), expanded);
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(0, PathRole).toString() : QString();
    m_tree->clear();
    addChildren(m_tree->invisibleRootItem(), context, QString(), QString(), QString());
    if (!m_partials.isEmpty()) {
        auto *partials = new QTreeWidgetItem(m_tree, {tr("partials"), tr("files included with {{> name}}")});
        partials->setData(0, PathRole, QStringLiteral("{{>}}"));
        partials->setData(0, KindRole, Group);
        for (const QString &file : std::as_const(m_partials)) {
            auto *item = new QTreeWidgetItem(partials, {file, QString()});
            item->setData(0, PathRole, QStringLiteral("{{>}}/") + file);
            item->setData(0, KindRole, Partial);
            item->setData(0, SnippetBeforeRole, QStringLiteral("{{> %1}}").arg(file));
            item->setToolTip(0, tr("Inserts {{> %1}}: the file's content at this place").arg(file));
        }
    }
    setExpandedPaths(m_tree->invisibleRootItem(), expanded);
    if (QTreeWidgetItem *item = findItem(current))
        m_tree->setCurrentItem(item);
    applyFilter(m_filter->text());
    updateDescription();
}

void TemplateVariablesPanel::setPartials(const QStringList &files)
{
    m_partials = files;
    setContext(m_context);
}

void TemplateVariablesPanel::addChildren(QTreeWidgetItem *parent, const QVariantMap &map, const QString &pathPrefix,
                                         const QString &namePrefix, const QString &section)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        addValue(parent, it.key(), it.value(), pathPrefix + it.key(), namePrefix + it.key(), section);
}

QTreeWidgetItem *TemplateVariablesPanel::addValue(QTreeWidgetItem *parent, const QString &key, const QVariant &value,
                                                  const QString &path, const QString &name, const QString &section)
{
    auto *item = new QTreeWidgetItem(parent, {key, QString()});
    item->setData(0, PathRole, path);
    const QString where = section.isEmpty() ? QString() : tr("\nUse inside {{#%1}}…{{/%1}}.").arg(section);
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
        item->setData(0, KindRole, Group);
        item->setText(1, tr("%n value(s)", nullptr, int(value.toMap().size())));
        item->setForeground(1, QColor(0x80, 0x80, 0x80));
        item->setToolTip(0, tr("Group: its values are written %1.NAME").arg(name) + where);
        addChildren(item, value.toMap(), path + QLatin1Char('.'), name + QLatin1Char('.'), section);
        break;
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList items = value.toList();
        item->setData(0, KindRole, List);
        item->setData(0, SnippetBeforeRole, QStringLiteral("{{#%1}}\n").arg(name));
        item->setData(0, SnippetAfterRole, QStringLiteral("\n{{/%1}}").arg(name));
        item->setText(1, tr("list, %n item(s)", nullptr, int(items.size())));
        item->setForeground(1, QColor(0x00, 0x69, 0x7c));
        item->setToolTip(0, tr("List: inserts {{#%1}}…{{/%1}}, repeated for each item; inside, the item's "
                               "values are written by their own names").arg(name) + where);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        // Inside the section, names are relative to the list's item again.
        addChildren(item, listItemShape(items), path + QLatin1Char('.'), QString(), name);
        break;
    }
    case QMetaType::Bool:
        item->setData(0, KindRole, Flag);
        item->setData(0, SnippetBeforeRole, QStringLiteral("{{#%1}}").arg(name));
        item->setData(0, SnippetAfterRole, QStringLiteral("{{/%1}}").arg(name));
        item->setText(1, value.toBool() ? tr("yes") : tr("no"));
        item->setForeground(1, QColor(0x6a, 0x1b, 0x9a));
        item->setToolTip(0, tr("Flag: inserts {{#%1}}…{{/%1}} (shown when true); {{^%1}} shows a part when false")
                                    .arg(name) + where);
        break;
    default: {
        const QString text = value.toString();
        item->setData(0, KindRole, Text);
        item->setData(0, SnippetBeforeRole, QStringLiteral("{{%1}}").arg(name));
        item->setText(1, text.isEmpty() ? tr("(empty)") : example(text));
        if (text.isEmpty())
            item->setForeground(1, QColor(0x9e, 0x9e, 0x9e));
        item->setToolTip(0, tr("Inserts {{%1}} (HTML-escaped)").arg(name) + where);
        item->setToolTip(1, text);
        break;
    }
    }
    return item;
}

QTreeWidgetItem *TemplateVariablesPanel::findItem(const QString &path) const
{
    if (path.isEmpty())
        return nullptr;
    std::function<QTreeWidgetItem *(QTreeWidgetItem *)> search = [&](QTreeWidgetItem *item) -> QTreeWidgetItem * {
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem *child = item->child(i);
            if (child->data(0, PathRole).toString() == path)
                return child;
            if (QTreeWidgetItem *found = search(child))
                return found;
        }
        return nullptr;
    };
    return search(m_tree->invisibleRootItem());
}

bool TemplateVariablesPanel::insertItem(QTreeWidgetItem *item)
{
    if (!item)
        item = m_tree->currentItem();
    if (!item)
        return false;
    const QString before = item->data(0, SnippetBeforeRole).toString();
    if (before.isEmpty())
        return false;
    Q_EMIT insertRequested(before, item->data(0, SnippetAfterRole).toString());
    return true;
}

void TemplateVariablesPanel::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    std::function<bool(QTreeWidgetItem *)> filter = [&](QTreeWidgetItem *item) {
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = filter(item->child(i)) || anyChild;
        const bool matches = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
            || item->text(1).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!(matches || anyChild));
        if (!needle.isEmpty() && anyChild)
            item->setExpanded(true);
        return matches || anyChild;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        filter(m_tree->topLevelItem(i));
}

void TemplateVariablesPanel::updateDescription()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const QString before = item ? item->data(0, SnippetBeforeRole).toString() : QString();
    m_insert->setEnabled(!before.isEmpty());
    if (!item) {
        m_description->setText(tr("Double-click a variable to insert it at the cursor."));
        return;
    }
    QString text = item->toolTip(0);
    const QString value = item->toolTip(1);
    if (!value.isEmpty())
        text += tr("\nHere: %1").arg(example(value));
    m_description->setText(text);
}

} // namespace dpi
