#pragma once

#include <QWidget>

class QAction;
class QComboBox;

namespace dpi {

class ActionTableModel;
class ConclusionSection;
class ContextEditor;
class Document;
class FindingListModel;

/**
 * The "Findings & Actions" tab: for the whole assessment or one sector (the
 * scope chooser), its key findings, strengths and action plan, and for the
 * whole assessment the context text the report opens with. A tab rather
 * than a dock: the action plan is a wide table (priority, action, owner,
 * horizon, criteria, cost) and it is written per sector, not per criterion,
 * so it needs neither the grid nor the criterion panel beside it.
 */
class FindingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPage(Document *document, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    /** Shows `sectorId`'s conclusions (empty: the whole assessment). */
    void setScope(const QString &sectorId);
    QString scope() const;

    QComboBox *scopeChooser() const { return m_scope; }
    ConclusionSection *findingsSection() const { return m_findings; }
    ConclusionSection *strengthsSection() const { return m_strengths; }
    ConclusionSection *actionsSection() const { return m_actions; }
    ContextEditor *contextEditor() const { return m_context; }
    /** Tools › Turn Recommendations into Actions (one undo step). */
    QAction *upgradeAction() const { return m_upgrade; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillScopes();
    void onScopeChosen();
    void upgradeRecommendations();

    Document *const m_document;
    QString m_language = QStringLiteral("en");
    QComboBox *m_scope;
    FindingListModel *m_findingModel;
    FindingListModel *m_strengthModel;
    ActionTableModel *m_actionModel;
    ConclusionSection *m_findings;
    ConclusionSection *m_strengths;
    ConclusionSection *m_actions;
    ContextEditor *m_context;
    QAction *m_upgrade;
};

} // namespace dpi
