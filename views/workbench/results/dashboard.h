#pragma once

#include "chartdata.h"
#include "project.h"
#include "scoring.h"

#include <QString>
#include <QWidget>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGridLayout)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QScrollArea)
QT_FORWARD_DECLARE_CLASS(QSplitter)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QTableWidget)
QT_FORWARD_DECLARE_CLASS(QTreeWidget)
QT_FORWARD_DECLARE_CLASS(QTreeWidgetItem)

namespace dpi {

class AgreementView;
struct RoundComparison;
struct TeamAgreement;
class ChartWidget;

// The results of a project at a glance: a radar per sector over the chosen
// framework's dimensions, sectors compared per framework and overall,
// coverage and confidence mix, gate frameworks as checklists, the red flags
// and the unscored criteria; in a team assessment also how far the analysts
// agree (computeTeamAgreement()).
// Every number comes from the ProjectResult it is given (scoreProject()'s,
// held by the app's ProjectResults); the widget never scores.
//
// The main window connects ProjectResults::changed() to refreshWhenShown(),
// so the dashboard follows every edit, and a hidden one catches up when it is
// shown (charts whose data did not change are not rebuilt). Clicking a red
// flag or an unscored criterion emits criterionActivated() so that the grid
// can select that cell.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    // Item data roles of the summary table and the two lists, for tests and
    // for anyone who wants the raw numbers behind the text.
    enum Roles {
        ValueRole = Qt::UserRole + 1, // double percent (invalid QVariant when there is none)
        SectorIdRole,
        FrameworkIdRole,
        CriterionIdRole,
        CoverageRole,                 // double: the coverage of the percent in this cell
        ConfidenceRole,               // int HeadlineConfidence of the percent in this cell
    };
    // Columns of the summary table; framework columns follow in project order, then red flags.
    // Under each percentage: its coverage and confidence (CoverageRole, ConfidenceRole).
    enum SummaryColumns {
        kSectorColumn = 0,
        kOverallColumn,
        kFirstFrameworkColumn,
    };

    explicit DashboardWidget(const Project *project = nullptr, const ProjectResult *result = nullptr,
                             QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // `result` must be scoreProject(*project). Neither is owned; both must
    // outlive the widget or be replaced first. Null clears.
    void setProject(const Project *project, const ProjectResult *result);
    const Project *project() const { return m_project; }

    // Language of sector, framework and criterion titles ("en", "ru", ...).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // Framework the radars show.
    QString currentFrameworkId() const;
    void setCurrentFrameworkId(const QString &frameworkId);

    // The results on display (empty without a project).
    const ProjectResult &result() const;

    // The parts, for tests and for the integrator's layout tweaks.
    const std::vector<ChartWidget *> &radarCharts() const { return m_radars; }
    ChartWidget *comparisonChart() const { return m_comparison; }
    ChartWidget *coverageChart() const { return m_coverage; }
    // Before/after: each sector's overall and framework percentages in the
    // previous round and in this one; hidden without a previous round.
    ChartWidget *roundsChart() const { return m_rounds; }
    // The comparison with the previous round to chart (not owned; the app's
    // PreviousRoundResults holds it). Null: the chart is hidden.
    void setRoundComparison(const RoundComparison *comparison);
    QTableWidget *summaryTable() const { return m_summary; }
    // What the second line of each percentage means, under the table.
    QLabel *summaryNote() const { return m_summaryNote; }
    QTreeWidget *redFlagList() const { return m_redFlags; }
    QTreeWidget *unscoredList() const { return m_unscored; }
    AgreementView *agreementView() const { return m_agreement; }
    // The analysts' agreement to show (not owned; the app's ProjectResults
    // holds it). Null or empty: the agreement section is hidden.
    void setAgreement(const TeamAgreement *agreement);
    // Gate frameworks as checklists: one item per sector and gate framework,
    // its children the gates (passed, failed, unverified, unscored, N/A).
    QTreeWidget *gateList() const { return m_gates; }

public Q_SLOTS:
    // Re-reads the project and its result now.
    void refresh();
    // refresh() now when the dashboard is on screen, else when it is next shown.
    void refreshWhenShown();

Q_SIGNALS:
    void criterionActivated(const QString &sectorId, const QString &frameworkId, const QString &criterionId);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void refreshFrameworkChooser();
    void refreshRadars();
    void layoutRadars();
    void placeSplitters();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void refreshSummary();
    void refreshRedFlags();
    void refreshUnscored();
    void refreshGates();
    void onItemClicked(QTreeWidgetItem *item);
    QString criterionTitle(const QString &frameworkId, const QString &criterionId) const;
    QString frameworkTitle(const QString &frameworkId) const;
    ChartData withHeadlineNotes(ChartData comparison) const;

    const Project *m_project = nullptr;
    const ProjectResult *m_result = nullptr;
    bool m_stale = false;
    bool m_splittersPlaced = false;
    bool m_bottomArranged = false;   // the user moved a handle of the lower row
    QString m_language = QStringLiteral("en");

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_summaryNote = nullptr;
    QComboBox *m_frameworkChooser = nullptr;
    QScrollArea *m_radarScroll = nullptr;
    QSplitter *m_top = nullptr;
    QSplitter *m_bottom = nullptr;
    QWidget *m_radarHost = nullptr;
    int m_radarColumns = 0;
    QGridLayout *m_radarGrid = nullptr;
    std::vector<ChartWidget *> m_radars;
    ChartWidget *m_comparison = nullptr;
    ChartWidget *m_coverage = nullptr;
    ChartWidget *m_rounds = nullptr;
    const RoundComparison *m_roundComparison = nullptr;
    QTableWidget *m_summary = nullptr;
    QTreeWidget *m_redFlags = nullptr;
    QTreeWidget *m_unscored = nullptr;
    QTreeWidget *m_gates = nullptr;
    QLabel *m_gatesTitle = nullptr;
    QWidget *m_gatesBox = nullptr;
    QLabel *m_redFlagTitle = nullptr;
    QLabel *m_unscoredTitle = nullptr;
    AgreementView *m_agreement = nullptr;
    QWidget *m_agreementBox = nullptr;
    const TeamAgreement *m_teamAgreement = nullptr;
};

} // namespace dpi
