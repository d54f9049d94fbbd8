#include "structureform.h"

#include "frameworkeditgate.h"
#include "weightspinbox.h"
#include "yamlvalues.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dpi {

StructureForm::StructureForm(FrameworkEditGate *gate, QWidget *parent)
    : QWidget(parent)
    , m_gate(gate)
    , m_layout(new QVBoxLayout(this))
    , m_problem(new QLabel(this))
{
    m_layout->setContentsMargins(12, 10, 12, 12);
    m_layout->setSpacing(10);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c1c; background: #fdecea; border: 1px solid #f3b6b0; "
                                            "border-radius: 3px; padding: 4px 8px;"));
    m_problem->hide();
    m_layout->addWidget(m_problem);
}

void StructureForm::load(const Framework &framework, const QStringList &languages, const QStringList &expected,
                         const FrameworkNode &node)
{
    m_expectedLanguages = expected;
    if (node != m_node)
        m_problem->hide();
    m_framework = framework;
    m_languages = languages;
    m_node = node;
    refresh();
}

QString StructureForm::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool StructureForm::commit(const Framework &framework, const QString &actionText, const QString &mergeKey,
                           const std::optional<FrameworkNode> &select)
{
    QString problem;
    const bool applied = m_gate->apply(framework, actionText, mergeKey, &problem, select);
    if (problem.isEmpty()) {
        m_problem->hide();
    } else {
        m_problem->setText(tr("Not applied: %1").arg(problem));
        m_problem->show();
    }
    return applied;
}

QGroupBox *StructureForm::addGroup(const QString &title, const QString &objectName)
{
    auto *group = new QGroupBox(title, this);
    group->setObjectName(objectName);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    m_layout->addWidget(group);
    return group;
}

QFormLayout *StructureForm::groupForm(QGroupBox *group)
{
    return static_cast<QFormLayout *>(group->layout());
}

QLabel *StructureForm::makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #6b7380;"));
    return label;
}

QLabel *StructureForm::makeError(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->hide();
    return label;
}

QVBoxLayout *StructureForm::fieldWithNotes(QWidget *field, QLabel *error, const QString &hint)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(error);
    if (!hint.isEmpty())
        box->addWidget(makeHint(hint, field->parentWidget()));
    return box;
}

QDoubleSpinBox *StructureForm::makeWeightSpin(const QString &objectName, QWidget *parent)
{
    auto *spin = new WeightSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setMaximumWidth(110);
    spin->setToolTip(tr("Weights are relative: 2 and 1 mean the same as 1 and 0.5"));
    return spin;
}

QString StructureForm::idProblem(const QString &id, const QStringList &taken)
{
    if (id.isEmpty())
        return tr("An id is required.");
    if (!isValidId(id))
        return tr("Use letters, digits, '.', '_' and '-', starting with a letter or digit.");
    if (taken.contains(id))
        return tr("The id \u201c%1\u201d is already used.").arg(id);
    return {};
}

void StructureForm::setWeight(QDoubleSpinBox *spin, double weight)
{
    if (qFuzzyCompare(spin->value(), weight))
        return;
    const QSignalBlocker blocker(spin);
    spin->setValue(weight);
}

} // namespace dpi
