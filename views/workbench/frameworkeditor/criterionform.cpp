#include "criterionform.h"

#include "languageheader.h"
#include "localizedtextfield.h"
#include "yamlvalues.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dpi {

namespace {

enum ReferenceColumn { NumberColumn, KeyColumn, ValueColumn };

QStringList splitIds(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

CriterionForm::CriterionForm(FrameworkEditGate *gate, QWidget *parent)
    : StructureForm(gate, parent)
{
    setObjectName(QStringLiteral("criterionForm"));

    QGroupBox *identity = addGroup(tr("Criterion"), QStringLiteral("criterionIdentity"));
    QFormLayout *form = groupForm(identity);
    m_id = new QLineEdit(identity);
    m_id->setObjectName(QStringLiteral("criterionId"));
    m_idError = makeError(QStringLiteral("criterionIdError"), identity);
    form->addRow(tr("Id:"), fieldWithNotes(m_id, m_idError,
        tr("Scores and map links refer to this id. Renaming a criterion that assessments "
           "already use? Add the old id under \u201cReplaces\u201d.")));
    m_dimensionLabel = new QLabel(identity);
    form->addRow(tr("Dimension:"), m_dimensionLabel);
    connect(m_id, &QLineEdit::textEdited, this, &CriterionForm::onIdEdited);
    connect(m_id, &QLineEdit::editingFinished, this, &CriterionForm::commitId);

    QGroupBox *texts = addGroup(tr("Texts"), QStringLiteral("criterionTexts"));
    form = groupForm(texts);
    auto *header = new LanguageHeader(texts);
    m_headers.push_back(header);
    form->addRow(QString(), header);
    addText(form, tr("Title:"), QStringLiteral("criterionTitle"), false, true, &Criterion::title, QStringLiteral("title"));
    addText(form, tr("Question:"), QStringLiteral("criterionQuestion"), true, true, &Criterion::question, QStringLiteral("question"));
    addText(form, tr("Guidance:"), QStringLiteral("criterionGuidance"), true, false, &Criterion::guidance, QStringLiteral("guidance"));
    addText(form, tr("Evidence expected:"), QStringLiteral("criterionEvidence"), true, false, &Criterion::evidence, QStringLiteral("evidence"));

    QGroupBox *scoring = addGroup(tr("Scoring"), QStringLiteral("criterionScoring"));
    form = groupForm(scoring);
    m_weight = makeWeightSpin(QStringLiteral("criterionWeight"), scoring);
    form->addRow(tr("Weight in its dimension:"), m_weight);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editCriterion([value](Criterion &c) { c.weight = value; }, tr("Change criterion weight"),
                      QStringLiteral("criterion/%1/weight").arg(m_node.criterionId));
    });

    m_critical = new QGroupBox(tr("Critical (red flag)"), scoring);
    m_critical->setObjectName(QStringLiteral("criterionCritical"));
    m_critical->setCheckable(true);
    auto *criticalForm = new QFormLayout(m_critical);
    m_below = new QSpinBox(m_critical);
    m_below->setObjectName(QStringLiteral("criticalBelow"));
    m_below->setMaximumWidth(80);
    criticalForm->addRow(tr("Flag when the level is below:"), m_below);
    auto *capRow = new QHBoxLayout;
    m_capEnabled = new QCheckBox(tr("Cap the dimension score at"), m_critical);
    m_capEnabled->setObjectName(QStringLiteral("criticalCapEnabled"));
    m_cap = new QDoubleSpinBox(m_critical);
    m_cap->setObjectName(QStringLiteral("criticalCap"));
    m_cap->setRange(0, 100);
    m_cap->setDecimals(1);
    m_cap->setSuffix(QStringLiteral(" %"));
    m_cap->setMaximumWidth(100);
    capRow->addWidget(m_capEnabled);
    capRow->addWidget(m_cap);
    capRow->addStretch(1);
    criticalForm->addRow(capRow);
    m_critical->setToolTip(tr("A level strictly below the threshold raises a red flag for the sector; "
                              "with a cap, the dimension's score is limited while flagged."));
    form->addRow(m_critical);
    connect(m_critical, &QGroupBox::toggled, this, &CriterionForm::onCriticalChanged);
    connect(m_below, &QSpinBox::valueChanged, this, &CriterionForm::onCriticalChanged);
    connect(m_capEnabled, &QCheckBox::toggled, this, &CriterionForm::onCriticalChanged);
    connect(m_cap, &QDoubleSpinBox::valueChanged, this, &CriterionForm::onCriticalChanged);

    m_rubricGroup = addGroup(tr("Rubric: what each level looks like"), QStringLiteral("criterionRubric"));
    auto *rubricHeader = new LanguageHeader(m_rubricGroup);
    m_headers.push_back(rubricHeader);
    groupForm(m_rubricGroup)->addRow(QString(), rubricHeader);

    QGroupBox *references = addGroup(tr("References"), QStringLiteral("criterionReferencesGroup"));
    auto *referencesLayout = new QVBoxLayout;
    m_references = new QTableWidget(0, 3, references);
    m_references->setObjectName(QStringLiteral("criterionReferences"));
    m_references->setHorizontalHeaderLabels({tr("#"), tr("Key"), tr("Value")});
    m_references->verticalHeader()->hide();
    m_references->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_references->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_references->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_references->setColumnWidth(KeyColumn, 130);
    m_references->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_references->setSelectionMode(QAbstractItemView::SingleSelection);
    m_references->setMinimumHeight(110);
    m_references->setToolTip(tr("Rows with the same number form one reference, e.g. govstack + requirement. "
                                "Common keys: govstack, requirement, dpg, law, url, note."));
    referencesLayout->addWidget(m_references);
    auto *referenceButtons = new QHBoxLayout;
    auto *addReferenceButton = new QPushButton(tr("Add reference"), references);
    addReferenceButton->setObjectName(QStringLiteral("addReference"));
    auto *addKeyButton = new QPushButton(tr("Add key to reference"), references);
    addKeyButton->setObjectName(QStringLiteral("addReferenceKey"));
    auto *removeRowButton = new QPushButton(tr("Remove row"), references);
    removeRowButton->setObjectName(QStringLiteral("removeReferenceRow"));
    referenceButtons->addWidget(addReferenceButton);
    referenceButtons->addWidget(addKeyButton);
    referenceButtons->addWidget(removeRowButton);
    referenceButtons->addStretch(1);
    referencesLayout->addLayout(referenceButtons);
    groupForm(references)->addRow(referencesLayout);
    connect(m_references, &QTableWidget::itemChanged, this, &CriterionForm::commitReferences);
    connect(addReferenceButton, &QPushButton::clicked, this, &CriterionForm::addReference);
    connect(addKeyButton, &QPushButton::clicked, this, &CriterionForm::addReferenceKey);
    connect(removeRowButton, &QPushButton::clicked, this, &CriterionForm::removeReferenceRow);

    QGroupBox *upgrades = addGroup(tr("Upgrades"), QStringLiteral("criterionUpgrades"));
    form = groupForm(upgrades);
    m_replaces = new QLineEdit(upgrades);
    m_replaces->setObjectName(QStringLiteral("criterionReplaces"));
    m_replaces->setPlaceholderText(tr("old ids, separated by commas"));
    m_replacesError = makeError(QStringLiteral("criterionReplacesError"), upgrades);
    form->addRow(tr("Replaces:"), fieldWithNotes(m_replaces, m_replacesError,
        tr("Ids this criterion had in earlier versions: upgrading an assessment "
           "carries their scores over to this criterion.")));
    connect(m_replaces, &QLineEdit::textEdited, this, &CriterionForm::onReplacesEdited);

    m_layout->addStretch(1);
}

LocalizedTextField *CriterionForm::addText(QFormLayout *form, const QString &label, const QString &objectName,
                                           bool multiLine, bool required, LocalizedText Criterion::*member,
                                           const QString &field)
{
    auto *text = new LocalizedTextField(objectName, multiLine, form->parentWidget());
    text->setRequired(required);
    form->addRow(label, text);
    m_texts.push_back(text);
    m_textMembers.push_back(member);
    connect(text, &LocalizedTextField::edited, this, [this, member, field, label](const QString &language, const QString &value) {
        const QString name = QString(label).remove(QLatin1Char(':')).toLower();
        editCriterion([&](Criterion &c) { c.*member = LocalizedTextField::withValue(c.*member, language, value); },
                      tr("Edit criterion %1").arg(name),
                      QStringLiteral("criterion/%1/%2/%3").arg(m_node.criterionId, field, language));
    });
    return text;
}

const Criterion *CriterionForm::criterion() const
{
    return m_framework.findCriterion(m_node.criterionId);
}

void CriterionForm::editCriterion(const std::function<void(Criterion &)> &change, const QString &actionText,
                                  const QString &mergeKey)
{
    Framework framework = m_framework;
    for (Dimension &dimension : framework.dimensions) {
        for (Criterion &c : dimension.criteria) {
            if (c.id == m_node.criterionId) {
                change(c);
                commit(framework, actionText, mergeKey);
                return;
            }
        }
    }
}

void CriterionForm::refresh()
{
    const Criterion *c = criterion();
    if (!c)
        return;
    for (LanguageHeader *header : m_headers)
        header->setLanguages(m_languages, m_expectedLanguages);
    if (!m_id->hasFocus() || m_idError->isHidden()) {
        if (m_id->text() != c->id) {
            const QSignalBlocker blocker(m_id);
            m_id->setText(c->id);
        }
        m_idError->hide();
    }
    const Dimension *dimension = m_framework.dimensionOf(c->id);
    m_dimensionLabel->setText(dimension ? QStringLiteral("%1 (%2)").arg(dimension->title.text(m_languages.value(0)), dimension->id)
                                        : QString());
    for (size_t i = 0; i < m_texts.size(); ++i) {
        m_texts[i]->setLanguages(m_languages, m_expectedLanguages);
        m_texts[i]->setText(c->*m_textMembers[i]);
    }
    setWeight(m_weight, c->weight);

    {
        const QSignalBlocker b1(m_critical);
        const QSignalBlocker b2(m_below);
        const QSignalBlocker b3(m_capEnabled);
        const QSignalBlocker b4(m_cap);
        const Scale &scale = m_framework.scale;
        m_below->setRange(scale.minLevel() + 1, std::max(scale.minLevel() + 1, scale.maxLevel()));
        m_critical->setChecked(c->critical.has_value());
        const CriticalRule rule = c->critical.value_or(CriticalRule{});
        m_below->setValue(rule.below);
        m_capEnabled->setChecked(rule.capPercent.has_value());
        m_cap->setEnabled(rule.capPercent.has_value());
        if (rule.capPercent)
            m_cap->setValue(*rule.capPercent);
    }

    rebuildRubricRows();
    for (auto &[level, field] : m_rubric) {
        field->setLanguages(m_languages, m_expectedLanguages);
        const auto found = c->rubric.find(level);
        field->setText(found != c->rubric.end() ? found->second : LocalizedText());
    }

    if (referencesFromTable() != c->references)
        fillReferences(c->references);

    if (!m_replaces->hasFocus() || m_replacesError->isHidden()) {
        if (splitIds(m_replaces->text()) != c->replaces) {
            const QSignalBlocker blocker(m_replaces);
            m_replaces->setText(c->replaces.join(QStringLiteral(", ")));
        }
        m_replacesError->hide();
    }
}

void CriterionForm::rebuildRubricRows()
{
    std::vector<int> levels;
    for (const ScaleLevel &level : m_framework.scale.levels)
        levels.push_back(level.value);
    QFormLayout *form = groupForm(m_rubricGroup);
    if (levels != m_rubricLevels) {
        for (auto &[level, field] : m_rubric)
            form->removeRow(field);
        m_rubric.clear();
        m_rubricLabels.clear();
        m_rubricLevels = levels;
        for (const ScaleLevel &level : m_framework.scale.levels) {
            auto *field = new LocalizedTextField(QStringLiteral("rubric_%1").arg(level.value), true, m_rubricGroup);
            field->setRequired(true);
            auto *label = new QLabel(m_rubricGroup);
            label->setObjectName(QStringLiteral("rubricLabel_%1").arg(level.value));
            form->addRow(label, field);
            m_rubric[level.value] = field;
            m_rubricLabels.push_back(label);
            const int value = level.value;
            connect(field, &LocalizedTextField::edited, this, [this, value](const QString &language, const QString &text) {
                editCriterion(
                    [&](Criterion &c) {
                        const LocalizedText updated = LocalizedTextField::withValue(c.rubric[value], language, text);
                        if (updated.isEmpty())
                            c.rubric.erase(value);
                        else
                            c.rubric[value] = updated;
                    },
                    tr("Edit rubric level %1").arg(value),
                    QStringLiteral("criterion/%1/rubric/%2/%3").arg(m_node.criterionId).arg(value).arg(language));
            });
        }
    }
    const QString language = m_languages.value(0, QStringLiteral("en"));
    for (size_t i = 0; i < m_framework.scale.levels.size() && i < m_rubricLabels.size(); ++i) {
        const ScaleLevel &level = m_framework.scale.levels[i];
        static_cast<QLabel *>(m_rubricLabels[i])->setText(QStringLiteral("%1 \u00b7 %2:").arg(level.value).arg(level.label.text(language)));
    }
}

void CriterionForm::onIdEdited()
{
    QStringList taken;
    for (const Dimension &dimension : m_framework.dimensions) {
        for (const Criterion &c : dimension.criteria) {
            if (c.id != m_node.criterionId)
                taken << c.id;
        }
    }
    const QString problem = idProblem(m_id->text().trimmed(), taken);
    m_idError->setText(problem);
    m_idError->setVisible(!problem.isEmpty());
}

void CriterionForm::commitId()
{
    onIdEdited();
    const QString id = m_id->text().trimmed();
    if (!m_idError->isHidden() || id == m_node.criterionId)
        return;
    Framework framework = m_framework;
    for (Dimension &dimension : framework.dimensions) {
        for (Criterion &c : dimension.criteria) {
            if (c.id == m_node.criterionId) {
                c.id = id;
                commit(framework, tr("Rename criterion %1 to %2").arg(m_node.criterionId, id), QString(),
                       FrameworkNode::criterion(dimension.id, id));
                return;
            }
        }
    }
}

void CriterionForm::onCriticalChanged()
{
    m_cap->setEnabled(m_capEnabled->isChecked());
    std::optional<CriticalRule> rule;
    if (m_critical->isChecked()) {
        rule = CriticalRule{m_below->value(), std::nullopt};
        if (m_capEnabled->isChecked())
            rule->capPercent = m_cap->value();
    }
    editCriterion([&](Criterion &c) { c.critical = rule; }, tr("Change critical rule"),
                  QStringLiteral("criterion/%1/critical").arg(m_node.criterionId));
}

std::vector<Reference> CriterionForm::referencesFromTable() const
{
    std::vector<Reference> references;
    QString lastNumber;
    for (int row = 0; row < m_references->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_references->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QString number = cell(NumberColumn);
        if (references.empty() || number != lastNumber)
            references.emplace_back();
        lastNumber = number;
        if (!cell(KeyColumn).isEmpty())
            references.back().fields.emplace_back(cell(KeyColumn), cell(ValueColumn));
    }
    references.erase(std::remove_if(references.begin(), references.end(),
                                    [](const Reference &r) { return r.fields.empty(); }),
                     references.end());
    return references;
}

void CriterionForm::fillReferences(const std::vector<Reference> &references)
{
    const QSignalBlocker blocker(m_references);
    m_references->setRowCount(0);
    int number = 0;
    for (const Reference &reference : references) {
        ++number;
        for (const auto &[key, value] : reference.fields) {
            const int row = m_references->rowCount();
            m_references->insertRow(row);
            auto *numberItem = new QTableWidgetItem(QString::number(number));
            numberItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            numberItem->setForeground(QColor(0x6b, 0x73, 0x80));
            m_references->setItem(row, NumberColumn, numberItem);
            m_references->setItem(row, KeyColumn, new QTableWidgetItem(key));
            m_references->setItem(row, ValueColumn, new QTableWidgetItem(value));
        }
    }
}

void CriterionForm::commitReferences()
{
    const std::vector<Reference> references = referencesFromTable();
    editCriterion([&](Criterion &c) { c.references = references; }, tr("Edit references"),
                  QStringLiteral("criterion/%1/references").arg(m_node.criterionId));
}

void CriterionForm::addReference()
{
    const Criterion *c = criterion();
    if (!c)
        return;
    std::vector<Reference> references = c->references;
    Reference reference;
    reference.fields.emplace_back(QStringLiteral("note"), tr("Where the requirement comes from"));
    references.push_back(reference);
    editCriterion([&](Criterion &edited) { edited.references = references; }, tr("Add reference"));
    const int row = m_references->rowCount() - 1;
    if (row >= 0) {
        m_references->setCurrentCell(row, KeyColumn);
        m_references->editItem(m_references->item(row, KeyColumn));
    }
}

void CriterionForm::addReferenceKey()
{
    int row = m_references->currentRow();
    if (row < 0)
        return;
    const QString number = m_references->item(row, NumberColumn)->text();
    while (row + 1 < m_references->rowCount() && m_references->item(row + 1, NumberColumn)->text() == number)
        ++row;
    // The row has no key yet, so it changes nothing until a key is typed.
    const QSignalBlocker blocker(m_references);
    m_references->insertRow(row + 1);
    auto *numberItem = new QTableWidgetItem(number);
    numberItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    numberItem->setForeground(QColor(0x6b, 0x73, 0x80));
    m_references->setItem(row + 1, NumberColumn, numberItem);
    m_references->setItem(row + 1, KeyColumn, new QTableWidgetItem);
    m_references->setItem(row + 1, ValueColumn, new QTableWidgetItem);
    m_references->setCurrentCell(row + 1, KeyColumn);
    m_references->editItem(m_references->item(row + 1, KeyColumn));
}

void CriterionForm::removeReferenceRow()
{
    const int row = m_references->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_references);
        m_references->removeRow(row);
    }
    editCriterion([&](Criterion &c) { c.references = referencesFromTable(); }, tr("Remove reference"));
}

void CriterionForm::onReplacesEdited()
{
    const QStringList ids = splitIds(m_replaces->text());
    QString problem;
    for (const QString &id : ids) {
        if (!isValidId(id)) {
            problem = tr("\u201c%1\u201d is not a valid id.").arg(id);
            break;
        }
        if (id == m_node.criterionId) {
            problem = tr("A criterion cannot replace itself.");
            break;
        }
    }
    m_replacesError->setText(problem);
    m_replacesError->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) {
        editCriterion([&](Criterion &c) { c.replaces = ids; }, tr("Edit replaced ids"),
                      QStringLiteral("criterion/%1/replaces").arg(m_node.criterionId));
    }
}

} // namespace dpi
