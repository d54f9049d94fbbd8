#pragma once

#include "framework.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace dpi {

class CriterionPanel;
class Document;

/**
 * The selected criterion as an analyst sees it while scoring: the real
 * CriterionPanel, fed by a small preview Document that holds a one-sector
 * project with the edited framework embedded. The preview document is its
 * own: clicking a rubric card there scores the sample sector, never touches
 * the framework being edited, and is forgotten on the next edit.
 */
class CriterionPreview : public QWidget
{
    Q_OBJECT

public:
    explicit CriterionPreview(QWidget *parent = nullptr);
    ~CriterionPreview() override;

    void setFramework(const Framework &framework);
    /** Shows a criterion; an empty id shows a hint instead. */
    void setCriterion(const QString &criterionId);
    void setLanguages(const QStringList &languages);
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    const Document *previewDocument() const { return m_document; }

private:
    void update();

    Document *m_document;
    Framework m_framework;
    QString m_criterionId;
    QString m_language = QStringLiteral("en");
    QComboBox *m_languageCombo;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    CriterionPanel *m_panel;
};

} // namespace dpi
