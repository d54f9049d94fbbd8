#include "newframeworkversiondialog.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dpi {

namespace {

QString versionAfter(const Framework &framework, VersionBump bump)
{
    const std::optional<Framework> next = nextFrameworkVersion(framework, bump, LocalizedText(), QDate::currentDate(), nullptr);
    return next ? next->version : QString();
}

} // namespace

NewFrameworkVersionDialog::NewFrameworkVersionDialog(const Framework &framework, QWidget *parent)
    : QDialog(parent)
    , m_framework(framework)
    , m_major(new QRadioButton(this))
    , m_minor(new QRadioButton(this))
    , m_patch(new QRadioButton(this))
    , m_result(new QLabel(this))
    , m_summaryEn(new QLineEdit(this))
    , m_summaryRu(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newFrameworkVersionDialog"));
    setWindowTitle(tr("Save as New Version"));
    m_major->setObjectName(QStringLiteral("majorBump"));
    m_minor->setObjectName(QStringLiteral("minorBump"));
    m_patch->setObjectName(QStringLiteral("patchBump"));
    m_result->setObjectName(QStringLiteral("resultingVersion"));
    m_summaryEn->setObjectName(QStringLiteral("summaryEn"));
    m_summaryRu->setObjectName(QStringLiteral("summaryRu"));
    m_date->setObjectName(QStringLiteral("changelogDate"));

    m_major->setText(tr("&Major: %1 — criteria removed or rescaled; old scores may not carry over")
                         .arg(versionAfter(framework, VersionBump::Major)));
    m_minor->setText(tr("M&inor: %1 — criteria added or reworded; scores carry over")
                         .arg(versionAfter(framework, VersionBump::Minor)));
    m_patch->setText(tr("&Patch: %1 — typos, translations, references")
                         .arg(versionAfter(framework, VersionBump::Patch)));
    m_minor->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_major);
    group->addButton(m_minor);
    group->addButton(m_patch);

    auto *bumpBox = new QGroupBox(tr("Change of %1 (now %2)").arg(framework.id, framework.version), this);
    auto *bumpLayout = new QVBoxLayout(bumpBox);
    bumpLayout->addWidget(m_major);
    bumpLayout->addWidget(m_minor);
    bumpLayout->addWidget(m_patch);

    m_summaryEn->setPlaceholderText(tr("What changed, in English (required)"));
    m_summaryRu->setPlaceholderText(tr("What changed, in Russian (optional)"));
    m_summaryEn->setMinimumWidth(420);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto *changelog = new QGroupBox(tr("Changelog entry"), this);
    auto *form = new QFormLayout(changelog);
    form->addRow(tr("Summary (&en):"), m_summaryEn);
    form->addRow(tr("Summary (&ru):"), m_summaryRu);
    form->addRow(tr("&Date:"), m_date);

    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bumpBox);
    layout->addWidget(changelog);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue to Save As…"));

    connect(group, &QButtonGroup::buttonToggled, this, &NewFrameworkVersionDialog::updateState);
    connect(m_summaryEn, &QLineEdit::textChanged, this, &NewFrameworkVersionDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

VersionBump NewFrameworkVersionDialog::bump() const
{
    if (m_major->isChecked())
        return VersionBump::Major;
    if (m_patch->isChecked())
        return VersionBump::Patch;
    return VersionBump::Minor;
}

LocalizedText NewFrameworkVersionDialog::summary() const
{
    LocalizedText summary;
    summary.set(QStringLiteral("en"), m_summaryEn->text().trimmed());
    if (!m_summaryRu->text().trimmed().isEmpty())
        summary.set(QStringLiteral("ru"), m_summaryRu->text().trimmed());
    return summary;
}

QDate NewFrameworkVersionDialog::date() const
{
    return m_date->date();
}

QString NewFrameworkVersionDialog::resultingVersion() const
{
    return versionAfter(m_framework, bump());
}

void NewFrameworkVersionDialog::updateState()
{
    const QString version = resultingVersion();
    if (version.isEmpty())
        m_result->setText(tr("“%1” is not a semantic version (MAJOR.MINOR.PATCH); fix it in the YAML tab first.")
                              .arg(m_framework.version));
    else
        m_result->setText(tr("New version: %1@%2").arg(m_framework.id, version));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!version.isEmpty() && !m_summaryEn->text().trimmed().isEmpty());
}

} // namespace dpi
