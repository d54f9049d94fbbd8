#pragma once

#include "framework.h"
#include "frameworknode.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace dpi {

class FrameworkEditGate;

/**
 * What the framework, dimension and criterion forms share: the framework
 * they show, the languages side by side, the gate every edit goes through,
 * and a line that says why an edit was not applied.
 *
 * Forms update their widgets in place (refresh()), never rebuild them on
 * every change, so focus, caret and scroll position survive the re-parse
 * that follows each edit.
 */
class StructureForm : public QWidget
{
    Q_OBJECT

public:
    StructureForm(FrameworkEditGate *gate, QWidget *parent = nullptr);

    /** `languages` get a column each; only `expected` ones are marked when missing. */
    void load(const Framework &framework, const QStringList &languages, const QStringList &expected,
              const FrameworkNode &node);
    const FrameworkNode &node() const { return m_node; }
    /** The reason the last edit was refused, empty when it was applied. */
    QString problem() const;

protected:
    virtual void refresh() = 0;

    /** Applies an edit; shows the reason when it is refused. */
    bool commit(const Framework &framework, const QString &actionText, const QString &mergeKey = QString(),
                const std::optional<FrameworkNode> &select = std::nullopt);

    QGroupBox *addGroup(const QString &title, const QString &objectName);
    QFormLayout *groupForm(QGroupBox *group);
    QLabel *makeHint(const QString &text, QWidget *parent);
    QLabel *makeError(const QString &objectName, QWidget *parent);
    /** A field with its (hidden) error line under it, and a hint under that when given. */
    QVBoxLayout *fieldWithNotes(QWidget *field, QLabel *error, const QString &hint = QString());
    QDoubleSpinBox *makeWeightSpin(const QString &objectName, QWidget *parent);
    /** Empty when `id` is a valid id not in `taken`, else why not. */
    static QString idProblem(const QString &id, const QStringList &taken);
    static void setWeight(QDoubleSpinBox *spin, double weight);

    FrameworkEditGate *const m_gate;
    Framework m_framework;
    QStringList m_languages;
    QStringList m_expectedLanguages;
    FrameworkNode m_node;
    QVBoxLayout *m_layout;

private:
    QLabel *m_problem;
};

} // namespace dpi
