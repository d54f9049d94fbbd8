#pragma once

#include <QWizardPage>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QListWidget)
QT_FORWARD_DECLARE_CLASS(QVBoxLayout)

namespace dpi {

// A wizard page around a checkable list: complete when at least one item is
// checked and the optional check finds nothing wrong (its message is shown
// under the list).
class NewProjectWizardChecklistPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NewProjectWizardChecklistPage(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Extra widgets (buttons, an "add" row) go below the list.
    QVBoxLayout *extrasLayout() const { return m_extras; }
    // Returns an error message, or an empty string when the choice is fine.
    void setCheck(std::function<QString()> check) { m_check = std::move(check); }

    bool isComplete() const override;
    int checkedCount() const;

private:
    void update();

    QListWidget *m_list = nullptr;
    QLabel *m_problem = nullptr;
    QVBoxLayout *m_extras = nullptr;
    std::function<QString()> m_check;
};

} // namespace dpi
