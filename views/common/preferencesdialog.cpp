#include "preferencesdialog.h"

#include "interfacelanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dpi {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    for (const QString &code : InterfaceLanguage::codes())
        m_language->addItem(InterfaceLanguage::nativeName(code), code);
    // The language on screen now (a --lang run included): the dialog starts
    // from what the user reads, not from a stored or system default.
    m_language->setCurrentIndex(std::max(0, m_language->findData(InterfaceLanguage::current())));

    m_note = new QLabel(tr("A new interface language applies the next time DPI Workbench starts. "
                           "Open work stays open until then. Framework texts follow the content "
                           "language (View > Content Language)."),
                        this);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

bool PreferencesDialog::apply()
{
    const QString language = selectedLanguage();
    InterfaceLanguage::store(language);
    return language != InterfaceLanguage::current();
}

} // namespace dpi
