#include "newprojectwizardchecklistpage.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace dpi {

NewProjectWizardChecklistPage::NewProjectWizardChecklistPage(QWidget *parent)
    : QWizardPage(parent)
    , m_list(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    m_extras = new QVBoxLayout;
    layout->addLayout(m_extras);
    layout->addWidget(m_problem);
    connect(m_list, &QListWidget::itemChanged, this, &NewProjectWizardChecklistPage::update);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, &NewProjectWizardChecklistPage::update);
}

int NewProjectWizardChecklistPage::checkedCount() const
{
    int count = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ++count;
    }
    return count;
}

bool NewProjectWizardChecklistPage::isComplete() const
{
    return checkedCount() > 0 && (!m_check || m_check().isEmpty());
}

void NewProjectWizardChecklistPage::update()
{
    const QString problem = m_check ? m_check() : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

} // namespace dpi
