#pragma once

#include "structureform.h"

#include <map>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;
class QTableWidget;

namespace dpi {

class LanguageHeader;
class LocalizedTextField;

/**
 * Every field of one criterion: id, texts side by side per language, weight,
 * the critical rule, the rubric of each scale level, references as key/value
 * rows and the ids it replaces. Typing in one field is one undo step
 * (merge key "criterion/<id>/<field>/<language>").
 */
class CriterionForm : public StructureForm
{
    Q_OBJECT

public:
    explicit CriterionForm(FrameworkEditGate *gate, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    const Criterion *criterion() const;
    /** Applies `change` to a copy of the shown criterion and commits it. */
    void editCriterion(const std::function<void(Criterion &)> &change, const QString &actionText,
                       const QString &mergeKey = QString());
    LocalizedTextField *addText(QFormLayout *form, const QString &label, const QString &objectName,
                                bool multiLine, bool required, LocalizedText Criterion::*member,
                                const QString &field);
    void rebuildRubricRows();
    void onIdEdited();
    void commitId();
    void onCriticalChanged();
    std::vector<Reference> referencesFromTable() const;
    void fillReferences(const std::vector<Reference> &references);
    void commitReferences();
    void addReference();
    void addReferenceKey();
    void removeReferenceRow();
    void onReplacesEdited();

    QLineEdit *m_id;
    QLabel *m_idError;
    QLabel *m_dimensionLabel;
    std::vector<LanguageHeader *> m_headers;
    std::vector<LocalizedTextField *> m_texts;
    std::vector<LocalizedText Criterion::*> m_textMembers;
    QDoubleSpinBox *m_weight;
    QGroupBox *m_critical;
    QSpinBox *m_below;
    QCheckBox *m_capEnabled;
    QDoubleSpinBox *m_cap;
    QGroupBox *m_rubricGroup;
    std::vector<int> m_rubricLevels;
    std::map<int, LocalizedTextField *> m_rubric;
    std::vector<QWidget *> m_rubricLabels;
    QTableWidget *m_references;
    QLineEdit *m_replaces;
    QLabel *m_replacesError;
};

} // namespace dpi
