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
    void setLanguages(const QStringList &languages);

private:
    QStringList m_languages;
    QHBoxLayout *m_layout;
};

} // namespace dpi
