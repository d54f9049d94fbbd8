#include "languageheader.h"

#include "translationstatus.h"

#include <QHBoxLayout>
#include <QLabel>

namespace dpi {

LanguageHeader::LanguageHeader(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

void LanguageHeader::setLanguages(const QStringList &languages)
{
    if (languages == m_languages && m_layout->count() > 0)
        return;
    m_languages = languages;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &language : languages) {
        auto *label = new QLabel(QStringLiteral("%1 (%2)").arg(translations::languageName(language), language), this);
        label->setStyleSheet(QStringLiteral("color: #4a5563; font-weight: 600;"));
        label->setMinimumWidth(120);
        m_layout->addWidget(label, 1);
    }
}

} // namespace dpi
