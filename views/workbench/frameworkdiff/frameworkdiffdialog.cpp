#include "frameworkdiffdialog.h"

#include "frameworkdiffview.h"

#include <QHBoxLayout>
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
    // Close sits on the view's own button row, so the dialog has one line of buttons.
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeDiffButton"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_view->buttonRow()->addSpacing(12);
    m_view->buttonRow()->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(m_view, 1);
    resize(1120, 680);
}

void FrameworkDiffDialog::setLanguage(const QString &language)
{
    m_view->setLanguage(language);
}

} // namespace dpi
