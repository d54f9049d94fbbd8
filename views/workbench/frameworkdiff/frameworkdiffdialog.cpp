#include "frameworkdiffdialog.h"

#include "frameworkdiffview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpi {

FrameworkDiffDialog::FrameworkDiffDialog(const Framework &before, const Framework &after, const QString &beforeName,
                                         const QString &afterName, QWidget *parent)
    : QDialog(parent)
    , m_view(new FrameworkDiffView(before, after, beforeName, afterName, this))
{
    setObjectName(QStringLiteral("frameworkDiffDialog"));
    setWindowTitle(tr("Compare Frameworks — %1 → %2").arg(beforeName, afterName));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1180, 720);
}

void FrameworkDiffDialog::setLanguage(const QString &language)
{
    m_view->setLanguage(language);
}

} // namespace dpi
