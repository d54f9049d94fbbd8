#pragma once

#include "editorhost.h"
#include "frameworklibrary.h"
#include "savechangesprompt.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoView;

namespace dpi {

class Autosaver;
class CriterionPanel;
class DashboardWidget;
class DiagnosticsView;
class FindingsPage;
class Document;
class ExternalChangeWatcher;
class MapTab;
class ProjectResults;
class ProjectTree;
class RatingsPanel;
class RecoveryStore;
class ScoringPage;
struct CellRef;

/**
 * The workbench window: Scoring (the grid), Map and Results (the dashboard)
 * as central tabs; the project tree, criterion panel, diagnostics and history
 * as dockable panels. Each tab remembers its own dock layout (the Map and
 * Results tabs start without the criterion panel, so the map and the charts
 * get the width), across tab switches and restarts. It owns the one Document,
 * its ProjectResults, and the data-safety helpers (autosave/recovery,
 * external change watcher).
 *
 * Hooks for later features: centralTabs() takes more tabs, addPanel() more
 * docks, importMenu()/exportMenu() more actions. The framework and template
 * editors see it only as their EditorHost.
 */
class MainWindow : public QMainWindow, public EditorHost
{
    Q_OBJECT

public:
    /** Asks the user a question; replaceable so that tests never block on a dialog. */
    using QuestionHandler = dpi::QuestionHandler;

    /** `recoveryDirectory` empty: the default (AppDataLocation/recovery). */
    explicit MainWindow(const QString &recoveryDirectory = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    ScoringPage *scoringPage() const { return m_scoringPage; }
    CriterionPanel *criterionPanel() const { return m_panel; }
    RatingsPanel *ratingsPanel() const { return m_ratings; }
    DiagnosticsView *diagnosticsView() const { return m_diagnostics; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    /** The Results tab's page (the dashboard in a scroll area). */
    QWidget *resultsPage() const { return m_resultsPage; }
    MapTab *mapTab() const { return m_mapTab; }
    FindingsPage *findingsPage() const { return m_findingsPage; }
    ProjectResults *results() const { return m_results; }
    Autosaver *autosaver() const { return m_autosaver; }
    ExternalChangeWatcher *changeWatcher() const { return m_watcher; }
    FrameworkLibrary &frameworkLibrary() { return m_library; }

    QTabWidget *centralTabs() const { return m_tabs; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *importMenu() const { return m_importMenu; }
    QMenu *exportMenu() const { return m_exportMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    /** Adds a dock with a stable object name, so that its place is remembered. */
    QDockWidget *addPanel(QWidget *widget, const QString &title, const QString &objectName, Qt::DockWidgetArea area);

    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }

    /**
     * Opens a project, a framework (into the library for new projects) or a
     * Wardley map (*.owm: importMap()); problems go to the diagnostics panel.
     */
    bool openFile(const QString &path);
    /** Adds the map of an OWM file to the open project (one undo step) and shows it. */
    bool importMap(const QString &path);
    /**
     * Merges scores from a CSV file as one undo step; bad rows go to the
     * diagnostics panel, conflicts are asked about. Returns the cells changed.
     */
    int importScoresCsv(const QString &path);
    bool exportScoresCsv(const QString &path);
    /**
     * File › Merge Analysts' Files: merges the files into a team file at
     * `output` (written atomically) and opens it; problems go to the
     * diagnostics panel. False when refused or not opened.
     */
    bool mergeAnalystFiles(const QStringList &files, const QString &output);
    /** Runs the new-project wizard; the new project is untitled until saved. */
    void newProject();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    /** Save/Discard/Cancel for unsaved work (promptToSaveChanges); true when it is fine to go on. */
    bool maybeSave();

    // EditorHost: what the framework and template editors see of this window.
    QWidget *hostWindow() override;
    Document *hostDocument() const override;
    QString bundledFrameworkFile(const QString &id, const QString &version) const override;
    /** Offers recovery files left by a crashed session. Returns how many were restored. */
    int offerRecovery();
    /** Language of framework and project texts ("en", "ru", "ky"). */
    void setContentLanguage(const QString &language, bool remember = false);
    QString contentLanguage() const { return m_language; }
    /** Loads the bundled frameworks into the library (for new projects). */
    void loadBundledFrameworks();
    /** Brings the Map tab forward, with `mapId` in the editor when the project has it. */
    void showMapTab(const QString &mapId = QString());
    /** Brings the Results tab forward. */
    void showResultsTab();
    /** File > Export report…: the report dialog on the current project. */
    void exportReport();

Q_SIGNALS:
    /** A map was activated in the project tree (the map editor tab connects here). */
    void mapRequested(const QString &mapId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createResultsTab();
    void onTabChanged(int index);
    void applyDefaultDockLayout(const QWidget *tab);
    void updateTitle();
    void updateStatus();
    void fillRecentMenu();
    void onCellChanged(const CellRef &cell);
    void onChangedOnDisk(const QString &path);
    void openDialog();
    void mergeAnalystFilesDialog();
    bool loadProject(const QString &path);
    bool restoreRecovery(const QString &recoveryFile, const QString &originalPath);
    void setAnalystName();
    void showPreferences();
    QMessageBox::StandardButton ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton);

    Document *m_document;
    ProjectResults *m_results;
    QTabWidget *m_tabs;
    ScoringPage *m_scoringPage;
    CriterionPanel *m_panel = nullptr;
    RatingsPanel *m_ratings = nullptr;
    ProjectTree *m_tree = nullptr;
    DiagnosticsView *m_diagnostics = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    MapTab *m_mapTab = nullptr;
    QWidget *m_resultsPage = nullptr;
    FindingsPage *m_findingsPage = nullptr;
    // Dock layouts (QMainWindow::saveState) by tab page object name, and the tab the docks show now.
    QHash<QString, QByteArray> m_dockStates;
    QWidget *m_layoutTab = nullptr;
    QStringList m_mapIdsInTree;
    QUndoView *m_history = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    Autosaver *m_autosaver;
    ExternalChangeWatcher *m_watcher;
    FrameworkLibrary m_library;
    QuestionHandler m_ask;
    QLabel *m_coverageLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QString m_language = QStringLiteral("en");
    bool m_askingAboutDisk = false;
};

} // namespace dpi
