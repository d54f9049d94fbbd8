#include "dimensionform.h"

#include "languageheader.h"
#include "localizedtextfield.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dpi {

DimensionForm::DimensionForm(FrameworkEditGate *gate, QWidget *parent)
    : StructureForm(gate, parent)
{
    setObjectName(QStringLiteral("dimensionForm"));
    QGroupBox *group = addGroup(tr("Dimension"), QStringLiteral("dimensionGroup"));
    QFormLayout *form = groupForm(group);
    m_id = new QLineEdit(group);
    m_id->setObjectName(QStringLiteral("dimensionId"));
    m_idError = makeError(QStringLiteral("dimensionIdError"), group);
    form->addRow(tr("Id:"), fieldWithNotes(m_id, m_idError));
    m_summary = makeHint(QString(), group);
    m_summary->setObjectName(QStringLiteral("dimensionSummary"));
    form->addRow(QString(), m_summary);
    m_header = new LanguageHeader(group);
    form->addRow(QString(), m_header);
    m_title = new LocalizedTextField(QStringLiteral("dimensionTitle"), false, group);
    m_title->setRequired(true);
    form->addRow(tr("Title:"), m_title);
    m_description = new LocalizedTextField(QStringLiteral("dimensionDescription"), true, group);
    form->addRow(tr("Description:"), m_description);
    m_weight = makeWeightSpin(QStringLiteral("dimensionWeight"), group);
    form->addRow(tr("Weight in the framework:"), m_weight);
    m_layout->addStretch(1);

    connect(m_id, &QLineEdit::textEdited, this, &DimensionForm::onIdEdited);
    connect(m_id, &QLineEdit::editingFinished, this, &DimensionForm::commitId);
    connect(m_title, &LocalizedTextField::edited, this, [this](const QString &language, const QString &value) {
        editDimension([&](Dimension &d) { d.title = LocalizedTextField::withValue(d.title, language, value); },
                      tr("Edit dimension title"), QStringLiteral("dimension/%1/title/%2").arg(m_node.dimensionId, language));
    });
    connect(m_description, &LocalizedTextField::edited, this, [this](const QString &language, const QString &value) {
        editDimension([&](Dimension &d) { d.description = LocalizedTextField::withValue(d.description, language, value); },
                      tr("Edit dimension description"),
                      QStringLiteral("dimension/%1/description/%2").arg(m_node.dimensionId, language));
    });
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editDimension([value](Dimension &d) { d.weight = value; }, tr("Change dimension weight"),
                      QStringLiteral("dimension/%1/weight").arg(m_node.dimensionId));
    });
}

void DimensionForm::editDimension(const std::function<void(Dimension &)> &change, const QString &actionText,
                                  const QString &mergeKey, const std::optional<FrameworkNode> &select)
{
    Framework framework = m_framework;
    for (Dimension &dimension : framework.dimensions) {
        if (dimension.id == m_node.dimensionId) {
            change(dimension);
            commit(framework, actionText, mergeKey, select);
            return;
        }
    }
}

void DimensionForm::refresh()
{
    const Dimension *dimension = m_framework.findDimension(m_node.dimensionId);
    if (!dimension)
        return;
    if (!m_id->hasFocus() || m_idError->isHidden()) {
        if (m_id->text() != dimension->id) {
            const QSignalBlocker blocker(m_id);
            m_id->setText(dimension->id);
        }
        m_idError->hide();
    }
    int critical = 0;
    for (const Criterion &criterion : dimension->criteria)
        critical += criterion.critical ? 1 : 0;
    m_summary->setText(tr("%n criteria", nullptr, int(dimension->criteria.size()))
                       + (critical ? tr(", %n critical", nullptr, critical) : QString()));
    m_header->setLanguages(m_languages, m_expectedLanguages);
    m_title->setLanguages(m_languages, m_expectedLanguages);
    m_title->setText(dimension->title);
    m_description->setLanguages(m_languages, m_expectedLanguages);
    m_description->setText(dimension->description);
    setWeight(m_weight, dimension->weight);
}

void DimensionForm::onIdEdited()
{
    QStringList taken;
    for (const Dimension &dimension : m_framework.dimensions) {
        if (dimension.id != m_node.dimensionId)
            taken << dimension.id;
    }
    const QString problem = idProblem(m_id->text().trimmed(), taken);
    m_idError->setText(problem);
    m_idError->setVisible(!problem.isEmpty());
}

void DimensionForm::commitId()
{
    onIdEdited();
    const QString id = m_id->text().trimmed();
    if (!m_idError->isHidden() || id == m_node.dimensionId)
        return;
    const QString old = m_node.dimensionId;
    editDimension([&](Dimension &d) { d.id = id; }, tr("Rename dimension %1 to %2").arg(old, id), QString(),
                  FrameworkNode::dimension(id));
}

} // namespace dpi
