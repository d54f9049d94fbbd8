#pragma once

#include <QStringList>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dpi {

/**
 * The variables a template can use, read from the render context the report
 * really builds for the current project (so the list cannot drift from the
 * renderer): maps as groups, lists as sections (expandable, showing the keys
 * of their items), flags, and texts with their value in this project as the
 * example. Double-click or Insert asks for `{{name}}` - or a
 * `{{#list}}…{{/list}}` pair for lists and flags - at the editor's cursor.
 * Names inside a list are relative to it, as Mustache looks them up.
 */
class TemplateVariablesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role { SnippetBeforeRole = Qt::UserRole + 1, SnippetAfterRole, PathRole, KindRole };

    explicit TemplateVariablesPanel(QWidget *parent = nullptr);

    /** Rebuilds the tree from a report context; expanded nodes and the selection survive. */
    void setContext(const QVariantMap &context);
    /** Partials of the template (offered as {{> name}}). */
    void setPartials(const QStringList &files);

    const QVariantMap &context() const { return m_context; }
    QTreeWidget *tree() const { return m_tree; }
    /** The item for a dotted path such as "project.title" or "sectors.title" (list items' keys follow the list). */
    QTreeWidgetItem *findItem(const QString &path) const;
    /** Emits insertRequested for `item` (or the current item); false if it is a plain group. */
    bool insertItem(QTreeWidgetItem *item = nullptr);

Q_SIGNALS:
    void insertRequested(const QString &before, const QString &after);

private:
    void addChildren(QTreeWidgetItem *parent, const QVariantMap &map, const QString &pathPrefix,
                     const QString &namePrefix, const QString &section);
    QTreeWidgetItem *addValue(QTreeWidgetItem *parent, const QString &key, const QVariant &value,
                              const QString &path, const QString &name, const QString &section);
    void applyFilter(const QString &text);
    void updateDescription();

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_description;
    QPushButton *m_insert;
    QStringList m_partials;
    QVariantMap m_context;
};

} // namespace dpi
