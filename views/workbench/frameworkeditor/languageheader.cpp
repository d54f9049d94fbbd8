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

void LanguageHeader::setLanguages(const QStringList &languages, const QStringList &expected)
{
    if (languages == m_languages && expected == m_expected && m_layout->count() > 0)
        return;
    m_languages = languages;
    m_expected = expected;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &language : languages) {
        const bool optional = !expected.isEmpty() && !expected.contains(language);
        auto *label = new QLabel(QStringLiteral("%1 (%2)").arg(translations::languageName(language), language), this);
        label->setStyleSheet(optional ? QStringLiteral("color: #8a919c; font-weight: 600; font-style: italic;")
                                      : QStringLiteral("color: #4a5563; font-weight: 600;"));
        if (optional)
            label->setToolTip(tr("Optional: the framework uses this language in a few places only"));
        label->setMinimumWidth(110);
        m_layout->addWidget(label, expected.isEmpty() || expected.contains(language) ? 2 : 1);
    }
}

} // namespace dpi
