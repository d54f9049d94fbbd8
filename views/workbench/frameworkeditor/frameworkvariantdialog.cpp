#include "frameworkvariantdialog.h"

#include "yamlvalues.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpi {

FrameworkVariantDialog::FrameworkVariantDialog(const Framework &framework, QWidget *parent)
    : QDialog(parent)
    , m_framework(framework)
    , m_id(new QLineEdit(this))
    , m_titleEn(new QLineEdit(framework.title.exact(QStringLiteral("en")), this))
    , m_titleRu(new QLineEdit(framework.title.exact(QStringLiteral("ru")), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("frameworkVariantDialog"));
    setWindowTitle(tr("Create Variant"));
    m_id->setObjectName(QStringLiteral("variantId"));
    m_titleEn->setObjectName(QStringLiteral("variantTitleEn"));
    m_titleRu->setObjectName(QStringLiteral("variantTitleRu"));
    m_status->setObjectName(QStringLiteral("variantStatus"));
    m_id->setText(framework.id + QStringLiteral("-variant"));
    m_id->setMinimumWidth(420);
    m_status->setWordWrap(true);

    auto *intro = new QLabel(tr("A variant is a framework of its own, adapted from <b>%1</b>: it gets a new id, "
                                "starts at version 1.0.0 and records <code>derived_from: %1</code>. "
                                "Criterion ids stay, so assessments made with either can be compared.")
                                 .arg(framework.pin().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("New &id:"), m_id);
    form->addRow(tr("Title (&en):"), m_titleEn);
    form->addRow(tr("Title (&ru):"), m_titleRu);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue to Save As…"));

    connect(m_id, &QLineEdit::textChanged, this, &FrameworkVariantDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_id->selectAll();
    updateState();
}

QString FrameworkVariantDialog::newId() const
{
    return m_id->text().trimmed();
}

LocalizedText FrameworkVariantDialog::title() const
{
    LocalizedText title;
    if (!m_titleEn->text().trimmed().isEmpty())
        title.set(QStringLiteral("en"), m_titleEn->text().trimmed());
    if (!m_titleRu->text().trimmed().isEmpty())
        title.set(QStringLiteral("ru"), m_titleRu->text().trimmed());
    return title;
}

QString FrameworkVariantDialog::idProblem() const
{
    const QString id = newId();
    if (id.isEmpty())
        return tr("Enter an id for the variant.");
    if (!isValidId(id))
        return tr("An id starts with a letter or digit and uses only letters, digits, '.', '_' and '-'.");
    if (id == m_framework.id)
        return tr("The variant needs an id different from %1.").arg(m_framework.id);
    return QString();
}

void FrameworkVariantDialog::updateState()
{
    const QString problem = idProblem();
    if (problem.isEmpty())
        m_status->setText(tr("The variant will be %1@1.0.0, derived from %2.").arg(newId(), m_framework.pin()));
    else
        m_status->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(problem.toHtmlEscaped()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace dpi
