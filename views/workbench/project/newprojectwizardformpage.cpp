#include "newprojectwizardformpage.h"

namespace dpi {

NewProjectWizardFormPage::NewProjectWizardFormPage(QWidget *parent)
    : QWizardPage(parent)
{
}

} // namespace dpi
