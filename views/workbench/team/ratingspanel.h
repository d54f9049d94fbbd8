#pragma once

#include "cellref.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dpi {

class Document;
struct Score;

/**
 * Team assessments: the analysts' ratings of the selected cell side by
 * side (one column per analyst: level, confidence, evidence, notes,
 * recommendation, when), whether they agree, and the control that sets
 * the agreed level through edit::reconcile() - one undo step that records
 * who reconciled and when. Redraws from the Document's signals.
 */
class RatingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RatingsPanel(Document *document, QWidget *parent = nullptr);

    void setCell(const CellRef &cell);
    const CellRef &cell() const { return m_cell; }
    void setLanguage(const QString &language);

    /** Sets the agreed level from the controls; false when nothing was set. */
    bool applyAgreedLevel();

Q_SIGNALS:
    /** Reconciling records who did it: the window asks for the analyst's name. */
    void analystNameNeeded();

private:
    void rebuild();
    void fillTable(const Score &cell);
    void fillChoices(const Score &cell);

    Document *const m_document;
    CellRef m_cell;
    QString m_language = QStringLiteral("en");
    QLabel *m_status;
    QTableWidget *m_table;
    QWidget *m_controls;
    QComboBox *m_choice;
    QCheckBox *m_keepEvidence;
    QPushButton *m_apply;
};

} // namespace dpi
