#pragma once

#include <QWizardPage>

#include <functional>

namespace dpi {

// A wizard page whose completeness is a function of its fields (QWizardPage's
// own mandatory-field mechanism is only reachable from a subclass).
class NewProjectWizardFormPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NewProjectWizardFormPage(QWidget *parent = nullptr);

    void setCompleteCheck(std::function<bool()> check) { m_check = std::move(check); }
    // Call when a field the check reads has changed.
    void fieldsChanged() { Q_EMIT completeChanged(); }

    bool isComplete() const override { return !m_check || m_check(); }

private:
    std::function<bool()> m_check;
};

} // namespace dpi
