#pragma once

#include "project.h"
#include "scoring.h"

#include <QString>
#include <QWidget>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QComboBox)
QT_FORWARD_DECLARE_CLASS(QGridLayout)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QScrollArea)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)
QT_FORWARD_DECLARE_CLASS(QTableWidget)
QT_FORWARD_DECLARE_CLASS(QTreeWidget)
QT_FORWARD_DECLARE_CLASS(QTreeWidgetItem)

namespace dpi {

class AgreementView;
class ChartWidget;

// The results of a project at a glance: a radar per sector over the chosen
// framework's dimensions, sectors compared per framework and overall,
// coverage and confidence mix, the red flags and the unscored criteria; in a
// team assessment also how far the analysts agree.
// Every number comes from scoreProject(); the widget only reads the project.
//
// The main window calls refresh() on the Document's change signals, so the
// dashboard follows every edit (charts whose data did not change are not
// rebuilt). Clicking a red flag or an unscored criterion emits
// criterionActivated() so that the grid can select that cell.
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
    };

    explicit DashboardWidget(const Project *project = nullptr, QWidget *parent = nullptr);
    ~DashboardWidget() override;

    // Not owned; must outlive the widget or be replaced first. Null clears.
    void setProject(const Project *project);
    const Project *project() const { return m_project; }

    // Language of sector, framework and criterion titles ("en", "ru", ...).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // Framework the radars show.
    QString currentFrameworkId() const;
    void setCurrentFrameworkId(const QString &frameworkId);

    // What is on display, as computed by the last refresh().
    const ProjectResult &result() const { return m_result; }

    // The parts, for tests and for the integrator's layout tweaks.
    const std::vector<ChartWidget *> &radarCharts() const { return m_radars; }
    ChartWidget *comparisonChart() const { return m_comparison; }
    ChartWidget *coverageChart() const { return m_coverage; }
    QTableWidget *summaryTable() const { return m_summary; }
    QTreeWidget *redFlagList() const { return m_redFlags; }
    QTreeWidget *unscoredList() const { return m_unscored; }
    AgreementView *agreementView() const { return m_agreement; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void criterionActivated(const QString &sectorId, const QString &frameworkId, const QString &criterionId);

private:
    void buildUi();
    void refreshFrameworkChooser();
    void refreshRadars();
    void layoutRadars();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void refreshSummary();
    void refreshRedFlags();
    void refreshUnscored();
    void onItemClicked(QTreeWidgetItem *item);
    QString criterionTitle(const QString &frameworkId, const QString &criterionId) const;
    QString frameworkTitle(const QString &frameworkId) const;

    const Project *m_project = nullptr;
    ProjectResult m_result;
    QString m_language = QStringLiteral("en");

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QComboBox *m_frameworkChooser = nullptr;
    QScrollArea *m_radarScroll = nullptr;
    QWidget *m_radarHost = nullptr;
    int m_radarColumns = 0;
    QGridLayout *m_radarGrid = nullptr;
    std::vector<ChartWidget *> m_radars;
    ChartWidget *m_comparison = nullptr;
    ChartWidget *m_coverage = nullptr;
    QTableWidget *m_summary = nullptr;
    QTreeWidget *m_redFlags = nullptr;
    QTreeWidget *m_unscored = nullptr;
    QLabel *m_redFlagTitle = nullptr;
    QLabel *m_unscoredTitle = nullptr;
    AgreementView *m_agreement = nullptr;
    QWidget *m_agreementBox = nullptr;
};

} // namespace dpi
