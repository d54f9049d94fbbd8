#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace dpi {

/** Column captions ("English (en)", "Russian (ru)") above LocalizedTextField editors. */
class LanguageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageHeader(QWidget *parent = nullptr);
    void setLanguages(const QStringList &languages, const QStringList &expected = QStringList());

private:
    QStringList m_languages;
    QStringList m_expected;
    QHBoxLayout *m_layout;
};

} // namespace dpi
