#pragma once

#include "cellref.h"

#include <QScrollArea>

#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dpi {

class Document;
class EvidenceEditor;
class RubricCard;
class RubricCardFlow;

/**
 * Everything about the selected grid cell: the criterion's question,
 * guidance, expected evidence and references; the rubric of every level side
 * by side with the chosen one highlighted; editors for level, confidence,
 * evidence, notes and recommendation, and the unverified mark with what would
 * settle it. Edits go through the edit:: verbs;
 * the panel redraws from the Document's scoreChanged signal.
 */
class CriterionPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit CriterionPanel(Document *document, QWidget *parent = nullptr);

    /** Shows a criterion; with a sector the score editors are enabled. */
    void setCell(const CellRef &cell);
    const CellRef &cell() const { return m_cell; }
    void setLanguage(const QString &language);
    void focusEvidenceEditor();

private:
    QWidget *buildContent();
    void rebuild();
    void refreshScore(ScoreFields fields);
    void onScoreChanged(const CellRef &cell, ScoreFields fields);
    void setSection(QLabel *heading, QLabel *body, const QString &text);

    Document *const m_document;
    CellRef m_cell;
    QString m_language = QStringLiteral("en");

    QLabel *m_placeholder = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_context = nullptr;
    QLabel *m_critical = nullptr;
    QLabel *m_sector = nullptr;
    QLabel *m_questionHeading = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_guidanceHeading = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_expectedHeading = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_referencesHeading = nullptr;
    QLabel *m_references = nullptr;
    QWidget *m_scoreEditors = nullptr;
    RubricCardFlow *m_rubric = nullptr;
    std::vector<RubricCard *> m_cards;
    QPushButton *m_notApplicable = nullptr;
    QPushButton *m_unverified = nullptr;
    QWidget *m_toVerifyBox = nullptr;
    QPlainTextEdit *m_toVerify = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_levelState = nullptr;
    QComboBox *m_confidence = nullptr;
    EvidenceEditor *m_evidence = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_recommendation = nullptr;
    QLabel *m_stamp = nullptr;
};

} // namespace dpi
