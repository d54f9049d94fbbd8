#pragma once

#include "gridfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace dpi {

class Document;

/**
 * Search text, dimension, "unscored only", "critical only", in team
 * assessments (a project with analysts' ratings) "disagreements only", and,
 * when the previous round was read, "changed since last round" for the
 * scoring grid.
 */
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(Document *document, QWidget *parent = nullptr);

    GridFilter filter() const;
    void setLanguage(const QString &language);
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const dpi::GridFilter &filter);

private:
    void fillDimensions();
    void updateTeamFilter();
    void updateRoundFilter();
    void emitFilter();

    Document *const m_document;
    QString m_language = QStringLiteral("en");
    QLineEdit *m_search;
    QComboBox *m_dimension;
    QCheckBox *m_unscored;
    QCheckBox *m_critical;
    QCheckBox *m_disagreements;
    QCheckBox *m_changed;
};

} // namespace dpi
