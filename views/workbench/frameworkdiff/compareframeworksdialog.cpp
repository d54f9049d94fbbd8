#include "compareframeworksdialog.h"

#include "frameworkdiffdialog.h"
#include "frameworksourcepicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpi {

CompareFrameworksDialog::CompareFrameworksDialog(const Project &project, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_language(language)
    , m_old(new FrameworkSourcePicker(project, this))
    , m_new(new FrameworkSourcePicker(project, this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("compareFrameworksDialog"));
    setWindowTitle(tr("Compare Frameworks"));
    m_old->setObjectName(QStringLiteral("oldFrameworkSource"));
    m_new->setObjectName(QStringLiteral("newFrameworkSource"));
    // Usual question: what does this file change compared with what the project uses?
    m_new->setFile(QString());

    m_errors->setObjectName(QStringLiteral("compareErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errors->hide();

    auto *intro = new QLabel(tr("Shows what changed from the old framework to the new one: criteria added, removed "
                                "or renamed, weights, critical rules, rubric levels and translations."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Old (before):"), m_old);
    form->addRow(tr("&New (after):"), m_new);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *compareButton = buttons->addButton(tr("&Compare"), QDialogButtonBox::AcceptRole);
    compareButton->setObjectName(QStringLiteral("compareButton"));
    compareButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { compare(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

FrameworkDiffDialog *CompareFrameworksDialog::compare()
{
    const FrameworkSourcePicker::Loaded before = m_old->load();
    const FrameworkSourcePicker::Loaded after = m_new->load();
    QStringList errors = before.errors + after.errors;
    if (errors.isEmpty() && (!before.framework || !after.framework))
        errors << tr("Choose two frameworks to compare.");
    if (!errors.isEmpty()) {
        m_errors->setText(errors.join(QLatin1Char('\n')));
        m_errors->show();
        return nullptr;
    }
    m_errors->clear();
    m_errors->hide();
    QString beforeName = before.name;
    QString afterName = after.name;
    if (beforeName == afterName) {
        beforeName = tr("old: %1").arg(beforeName);
        afterName = tr("new: %1").arg(afterName);
    }
    auto *dialog = new FrameworkDiffDialog(*before.framework, *after.framework, beforeName, afterName,
                                           parentWidget() ? parentWidget() : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLanguage(m_language);
    dialog->show();
    accept();
    return dialog;
}

QString CompareFrameworksDialog::errorText() const
{
    return m_errors->text();
}

} // namespace dpi
