#include "mainwindow.h"

#include "aboutdialog.h"
#include "interfacelanguage.h"
#include "preferencesdialog.h"
#include "autosaver.h"
#include "bundleddata.h"
#include "criterionpanel.h"
#include "csvscores.h"
#include "dashboard.h"
#include "diagnosticsview.h"
#include "document.h"
#include "externalchangewatcher.h"
#include "filterbar.h"
#include "findingspage.h"
#include "frameworkdiffactions.h"
#include "frameworkeditoractions.h"
#include "savechangesprompt.h"
#include "templateeditoractions.h"
#include "mapfileimport.h"
#include "maptab.h"
#include "newprojectwizard.h"
#include "previousroundresults.h"
#include "projectreader.h"
#include "projectresults.h"
#include "projecttree.h"
#include "ratingspanel.h"
#include "recentfiles.h"
#include "recoverystore.h"
#include "reportexportdialog.h"
#include "roundactions.h"
#include "scoreedits.h"
#include "scoregridmodel.h"
#include "scoregridview.h"
#include "scoringpage.h"
#include "teammerge.h"
#include "yamlwriter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>

namespace dpi {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
// One dock layout per tab: kDockStateKey + the tab page's object name.
const QString kDockStateKey = QStringLiteral("mainWindow/dockState/");
// The one layout of versions before the Results tab; the Scoring tab starts from it.
const QString kLegacyStateKey = QStringLiteral("mainWindow/state");
const QString kLanguageKey = QStringLiteral("contentLanguage");
const QString kAnalystKey = QStringLiteral("analyst");
const QString kLastDirectoryKey = QStringLiteral("lastDirectory");
constexpr int kStateVersion = 1;

bool isFrameworkFile(const QString &path)
{
    return path.endsWith(QLatin1String(".framework.yaml"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".framework.yml"), Qt::CaseInsensitive);
}

bool isMapFile(const QString &path)
{
    return path.endsWith(QLatin1String(".owm"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(const QString &recoveryDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_results(ProjectResults::of(m_document))
    , m_tabs(new QTabWidget(this))
    , m_scoringPage(new ScoringPage(m_document, m_tabs))
    , m_autosaver(new Autosaver(m_document,
                                RecoveryStore(recoveryDirectory.isEmpty() ? RecoveryStore::defaultDirectory() : recoveryDirectory),
                                this))
    , m_watcher(new ExternalChangeWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_scoringPage->setObjectName(QStringLiteral("scoringPage"));
    m_tabs->addTab(m_scoringPage, tr("Scoring"));
    m_mapTab = new MapTab(m_document, m_tabs);
    m_tabs->addTab(m_mapTab, tr("Map"));
    createResultsTab();
    m_findingsPage = new FindingsPage(m_document, m_tabs);
    m_findingsPage->setObjectName(QStringLiteral("findingsPage"));
    m_tabs->addTab(m_findingsPage, tr("Findings && Actions"));
    connect(m_findingsPage, &FindingsPage::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    setCentralWidget(m_tabs);

    createDocks();
    createActions();

    m_coverageLabel = new QLabel(this);
    m_coverageLabel->setObjectName(QStringLiteral("coverageLabel"));
    statusBar()->addPermanentWidget(m_coverageLabel);

    const QSettings settings;
    m_document->setAnalyst(settings.value(kAnalystKey).toString());
    // Framework texts follow the interface language until the user picks one.
    setContentLanguage(settings.value(kLanguageKey, InterfaceLanguage::current()).toString());
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1480, available.width()), std::min(940, available.height()));
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString tab = m_tabs->widget(i)->objectName();
        m_dockStates.insert(tab, settings.value(kDockStateKey + tab).toByteArray());
    }
    if (m_dockStates.value(m_scoringPage->objectName()).isEmpty())
        m_dockStates.insert(m_scoringPage->objectName(), settings.value(kLegacyStateKey).toByteArray());
    m_layoutTab = m_tabs->currentWidget();
    if (!restoreState(m_dockStates.value(m_layoutTab->objectName()), kStateVersion)) {
        // First start: the tree narrow, the criterion panel about a third of the window.
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("projectDock")), findChild<QDockWidget *>(QStringLiteral("criterionDock"))},
                    {std::clamp(width() / 7, 180, 260), std::clamp(width() * 34 / 100, 380, 560)}, Qt::Horizontal);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);

    ScoreGridView *grid = m_scoringPage->grid();
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_results, &ProjectResults::changed, this, &MainWindow::updateStatus);
    connect(m_document, &Document::saved, m_watcher, &ExternalChangeWatcher::acceptCurrentContent);
    connect(grid, &ScoreGridView::currentCellChanged, this, &MainWindow::onCellChanged);
    connect(grid, &ScoreGridView::evidenceEditorRequested, this, [this] {
        if (auto *dock = qobject_cast<QDockWidget *>(m_panel->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_panel->focusEvidenceEditor();
    });
    connect(grid, &ScoreGridView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_tree, &ProjectTree::criterionActivated, this, [grid](const QString &frameworkId, const QString &criterionId) {
        grid->selectCell({QString(), frameworkId, criterionId});
    });
    connect(m_tree, &ProjectTree::sectorActivated, grid, &ScoreGridView::selectSector);
    connect(m_tree, &ProjectTree::mapActivated, this, &MainWindow::mapRequested);
    connect(this, &MainWindow::mapRequested, this, &MainWindow::showMapTab);
    // The tree lists maps by name; rebuild it when a map is added or removed, not on every map edit.
    connect(m_document, &Document::mapsChanged, this, [this] {
        QStringList ids;
        for (const WardleyMap &map : m_document->project().maps)
            ids << map.id;
        if (ids != m_mapIdsInTree)
            m_tree->setLanguage(m_language);
        m_mapIdsInTree = ids;
    });
    connect(m_document, &Document::projectReplaced, this, [this] {
        m_mapIdsInTree.clear();
        for (const WardleyMap &map : m_document->project().maps)
            m_mapIdsInTree << map.id;
    });
    connect(m_watcher, &ExternalChangeWatcher::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    });

    updateTitle();
    updateStatus();
    onCellChanged(grid->currentCell());
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_tree = new ProjectTree(m_document, this);
    addPanel(m_tree, tr("Project"), QStringLiteral("projectDock"), Qt::LeftDockWidgetArea);

    m_panel = new CriterionPanel(m_document, this);
    QDockWidget *criterionDock = addPanel(m_panel, tr("Criterion"), QStringLiteral("criterionDock"), Qt::RightDockWidgetArea);
    m_panel->setMinimumWidth(380);

    // Team assessments: the analysts' ratings of the cell, beside the criterion.
    m_ratings = new RatingsPanel(m_document, this);
    QDockWidget *ratingsDock = addPanel(m_ratings, tr("Analysts"), QStringLiteral("ratingsDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(criterionDock, ratingsDock);
    criterionDock->raise();
    connect(m_ratings, &RatingsPanel::analystNameNeeded, this, &MainWindow::setAnalystName);
    connect(m_dashboard, &DashboardWidget::criterionActivated, this,
            [this, criterionDock](const QString &sectorId, const QString &frameworkId, const QString &criterionId) {
                m_tabs->setCurrentWidget(m_scoringPage);
                m_scoringPage->grid()->selectCell({sectorId, frameworkId, criterionId});
                criterionDock->show();
                criterionDock->raise();
            });

    m_diagnostics = new DiagnosticsView(this);
    m_diagnosticsDock = addPanel(m_diagnostics, tr("Diagnostics"), QStringLiteral("diagnosticsDock"), Qt::BottomDockWidgetArea);

    m_history = new QUndoView(m_document->undoStack(), this);
    m_history->setEmptyLabel(tr("<opened project>"));
    QDockWidget *historyDock = addPanel(m_history, tr("History"), QStringLiteral("historyDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_diagnosticsDock, historyDock);
    m_diagnosticsDock->hide();
    historyDock->hide();

}

void MainWindow::createResultsTab()
{
    // A tab of its own, as wide as the window: in a side dock the charts and
    // tables were cut off. The scroll area keeps the charts at their minimum
    // size on small screens.
    m_dashboard = new DashboardWidget(&m_document->project(), &m_results->result());
    m_dashboard->setAgreement(&m_results->agreement());
    // The before/after chart: shown while the previous round is read and compared.
    const PreviousRoundResults *previous = PreviousRoundResults::of(m_document);
    const auto chartRounds = [this, previous] {
        m_dashboard->setRoundComparison(previous->isLoaded() ? &previous->comparison() : nullptr);
    };
    connect(previous, &PreviousRoundResults::changed, m_dashboard, chartRounds);
    chartRounds();
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("resultsPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_dashboard);
    m_resultsPage = scroll;
    m_tabs->addTab(m_resultsPage, tr("Results"));
    // Scored once per change by ProjectResults; charts are rebuilt only while the tab is shown.
    connect(m_results, &ProjectResults::changed, m_dashboard, &DashboardWidget::refreshWhenShown);
}

void MainWindow::onTabChanged(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab || tab == m_layoutTab)
        return;
    if (m_layoutTab)
        m_dockStates.insert(m_layoutTab->objectName(), saveState(kStateVersion));
    m_layoutTab = tab;
    const QByteArray state = m_dockStates.value(tab->objectName());
    if (state.isEmpty() || !restoreState(state, kStateVersion))
        applyDefaultDockLayout(tab);
}

void MainWindow::applyDefaultDockLayout(const QWidget *tab)
{
    // A tab's first visit keeps the docks as they are, less what takes the tab's width.
    if (tab == m_mapTab || tab == m_resultsPage || tab == m_findingsPage) {
        findChild<QDockWidget *>(QStringLiteral("criterionDock"))->hide();
        findChild<QDockWidget *>(QStringLiteral("ratingsDock"))->hide();
    }
    if (tab == m_resultsPage)
        findChild<QDockWidget *>(QStringLiteral("projectDock"))->hide();
}

QDockWidget *MainWindow::addPanel(QWidget *widget, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->insertAction(m_viewMenu->actions().value(0), dock->toggleViewAction());
    return dock;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *create = m_fileMenu->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    create->setShortcut(QKeySequence::New);
    QAction *open = m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addSeparator();
    QAction *saveAction = m_fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAsAction = m_fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    m_importMenu = m_fileMenu->addMenu(tr("&Import"));
    m_exportMenu = m_fileMenu->addMenu(tr("&Export"));
    m_importMenu->addAction(tr("Scores from &CSV…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import scores"), QSettings().value(kLastDirectoryKey).toString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importScoresCsv(path);
    });
    QAction *importMapAction = m_importMenu->addAction(tr("Wardley &Map (OWM)…"), this, [this] {
        // The starter maps are where a first map usually comes from.
        QString directory = QSettings().value(kLastDirectoryKey).toString();
        if (directory.isEmpty())
            directory = bundleddata::starterMapsFolder();
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Wardley map"), directory,
                                                          tr("OnlineWardleyMaps text (*.owm);;All files (*)"));
        if (!path.isEmpty())
            importMap(path);
    });
    importMapAction->setObjectName(QStringLiteral("importMapAction"));
    m_exportMenu->addAction(tr("Scores as &CSV…"), this, [this] {
        QString suggestion = m_document->filePath();
        suggestion = suggestion.isEmpty() ? QStringLiteral("scores.csv")
                                          : QFileInfo(suggestion).absolutePath() + QLatin1Char('/')
                + QFileInfo(suggestion).fileName().section(QLatin1Char('.'), 0, 0) + QStringLiteral("-scores.csv");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export scores"), suggestion, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportScoresCsv(path);
    });
    m_exportMenu->addAction(tr("&Report (PDF)…"), this, &MainWindow::exportReport);
    QAction *mergeAction = new QAction(tr("&Merge Analysts' Files…"), m_fileMenu);
    mergeAction->setObjectName(QStringLiteral("mergeAnalystsAction"));
    m_fileMenu->insertAction(m_importMenu->menuAction(), mergeAction);
    connect(mergeAction, &QAction::triggered, this, &MainWindow::mergeAnalystFilesDialog);
    // The report is the main product, so it also sits directly in the File menu.
    auto *exportReportAction = new QAction(tr("Export &Report…"), m_fileMenu);
    exportReportAction->setObjectName(QStringLiteral("exportReportAction"));
    exportReportAction->setShortcut(QKeySequence::Print); // the report is what gets printed
    m_fileMenu->insertAction(m_importMenu->menuAction(), exportReportAction);
    connect(exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    // Import/export items arrive with later features; hide the menus while empty.
    connect(m_fileMenu, &QMenu::aboutToShow, this, [this] {
        m_importMenu->menuAction()->setVisible(!m_importMenu->actions().isEmpty());
        m_exportMenu->menuAction()->setVisible(!m_exportMenu->actions().isEmpty());
    });
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find Criterion"), this, [this] { m_scoringPage->filterBar()->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    QAction *focusGrid = editMenu->addAction(tr("Back to the &Grid"), this, [this] { m_scoringPage->grid()->setFocus(); });
    focusGrid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    editMenu->addSeparator();
    editMenu->addAction(tr("Analyst &Name…"), this, &MainWindow::setAnalystName);
    QAction *preferences = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        QAction *showTab = m_viewMenu->addAction(m_tabs->tabText(i), this, [this, page] { m_tabs->setCurrentWidget(page); });
        showTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    m_viewMenu->addSeparator();
    QMenu *languageMenu = m_viewMenu->addMenu(tr("Content &Language"));
    auto *languages = new QActionGroup(this);
    const std::pair<QString, QString> choices[] = {{QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("ru"), QStringLiteral("Русский")},
                                                   {QStringLiteral("ky"), QStringLiteral("Кыргызча")}};
    for (const auto &[code, name] : choices) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setContentLanguage(code, true); });
    }
    connect(languageMenu, &QMenu::aboutToShow, this, [this, languages] {
        for (QAction *action : languages->actions())
            action->setChecked(action->data().toString() == m_language);
    });

    // Partners' tools: each adds its own actions (framework editor, template
    // editor, framework diff and upgrade).
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    addFrameworkEditorActions(*this, m_toolsMenu);
    m_toolsMenu->addAction(m_findingsPage->upgradeAction());
    addFrameworkDiffActions(*this, m_toolsMenu);
    addTemplateEditorActions(*this, m_toolsMenu);
    addRoundActions(*this, m_toolsMenu);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard Scoring"), this, [this] {
        ask(tr("Keyboard scoring"),
            tr("In the scoring grid:\n\n"
               "0–9\tset the level\n"
               "N or -\tnot applicable\n"
               "U or ?\tunverified (looked for, not found)\n"
               "Delete\tclear the level (evidence and notes stay)\n"
               "Enter\tadd evidence for the cell\n"
               "Arrows, Tab\tmove between cells\n"
               "Ctrl+F\tsearch criteria; Ctrl+G back to the grid\n"
               "Ctrl+Z / Ctrl+Shift+Z\tundo / redo"),
            QMessageBox::Ok, QMessageBox::Ok);
    });
    QAction *about = helpMenu->addAction(tr("&About DPI Workbench"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setContentLanguage(const QString &language, bool remember)
{
    m_language = language;
    m_scoringPage->setLanguage(language);
    m_panel->setLanguage(language);
    m_ratings->setLanguage(language);
    m_tree->setLanguage(language);
    m_dashboard->setLanguage(language);
    m_findingsPage->setLanguage(language);
    // Only a choice the user made is stored: until then the content language
    // follows the interface language of each start.
    if (remember)
        QSettings().setValue(kLanguageKey, language);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.apply())
        statusBar()->showMessage(tr("The new interface language applies at the next start."), 8000);
}

void MainWindow::setAnalystName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Analyst name"),
                                               tr("Name stamped on the scores you set:"), QLineEdit::Normal,
                                               m_document->analyst(), &ok);
    if (!ok)
        return;
    m_document->setAnalyst(name.trimmed());
    QSettings().setValue(kAnalystKey, name.trimmed());
}

void MainWindow::loadBundledFrameworks()
{
    const QString directory = bundleddata::assessmentsFolder();
    if (directory.isEmpty())
        return;
    Diagnostics diagnostics;
    m_library.loadDirectory(directory, &diagnostics);
    if (diagnostics.hasErrors()) {
        m_diagnostics->setDiagnostics(tr("Bundled frameworks in %1").arg(directory), diagnostics);
        m_diagnosticsDock->show();
    }
}

void MainWindow::showMapTab(const QString &mapId)
{
    if (!mapId.isEmpty())
        m_mapTab->showMap(mapId);
    m_tabs->setCurrentWidget(m_mapTab);
}

void MainWindow::showResultsTab()
{
    m_tabs->setCurrentWidget(m_resultsPage);
}

void MainWindow::exportReport()
{
    ReportExportDialog dialog(m_document->project(), m_results->result(), this);
    const PreviousRoundResults *previous = PreviousRoundResults::of(m_document);
    dialog.setPreviousRound(previous->project(), previous->result(), previous->problem());
    dialog.exec();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — DPI Workbench").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const ProjectResult &results = m_results->result();
    int total = 0;
    int scored = 0;
    int notApplicable = 0;
    int unverified = 0;
    int redFlags = 0;
    for (const SectorResult &sector : results.sectors) {
        // Every cell of the grid, gate frameworks included (a sector's own
        // coverage leaves them out: it describes overall readiness).
        for (const FrameworkResult &framework : sector.frameworks) {
            total += framework.coverage.total;
            scored += framework.coverage.scored;
            notApplicable += framework.coverage.notApplicable;
            unverified += framework.coverage.unverified;
        }
        redFlags += int(sector.redFlags.size());
    }
    QString text = tr("%1 of %2 cells scored").arg(scored).arg(total);
    if (notApplicable > 0)
        text += tr(" · %1 N/A").arg(notApplicable);
    if (unverified > 0)
        text += tr(" · %1 unverified").arg(unverified);
    if (redFlags > 0)
        text += QStringLiteral(" · <span style='color:#c62828'>%1</span>").arg(tr("%n red flag(s)", nullptr, redFlags));
    m_coverageLabel->setText(text);
}

void MainWindow::onCellChanged(const CellRef &cell)
{
    m_panel->setCell(cell);
    m_ratings->setCell(cell);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = recentfiles::list();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                recentfiles::remove(path);
                statusBar()->showMessage(tr("%1 no longer exists.").arg(path), 8000);
                return;
            }
            openFile(path);
        });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Menu"), this, [] { recentfiles::clear(); })->setEnabled(!paths.isEmpty());
}

void MainWindow::openDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project or framework"), settings.value(kLastDirectoryKey).toString(),
        tr("DPI projects, frameworks and maps (*.dpi.yaml *.framework.yaml *.owm);;DPI projects (*.dpi.yaml);;"
           "Frameworks (*.framework.yaml);;Wardley maps (*.owm);;YAML files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (isMapFile(path))
        return importMap(path);
    if (isFrameworkFile(path)) {
        Diagnostics diagnostics;
        const bool ok = m_library.loadFile(path, &diagnostics);
        m_diagnostics->setDiagnostics(tr("Reading framework %1").arg(QFileInfo(path).fileName()), diagnostics);
        if (!diagnostics.isEmpty())
            m_diagnosticsDock->show();
        if (!ok) {
            m_diagnosticsDock->raise();
            statusBar()->showMessage(tr("%1 has errors; see Diagnostics.").arg(QFileInfo(path).fileName()), 10000);
            return false;
        }
        statusBar()->showMessage(tr("Framework %1 added to the library for new projects.").arg(QFileInfo(path).fileName()), 8000);
        return true;
    }
    if (!maybeSave())
        return false;
    if (!loadProject(path))
        return false;
    if (const std::optional<RecoveryEntry> orphan = m_autosaver->store().orphanFor(path)) {
        const auto answer = ask(tr("Recover unsaved changes?"),
                                tr("DPI Workbench did not close properly while “%1” had unsaved changes.\n\n"
                                   "An autosaved version from %2 exists. Restore it? You can undo the restore.")
                                    .arg(QFileInfo(path).fileName(), orphan->savedAt.toLocalTime().toString(Qt::TextDate)),
                                QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            restoreRecovery(orphan->recoveryFile, path);
        else if (answer == QMessageBox::Discard)
            m_autosaver->store().removeEntry(*orphan);
    }
    return true;
}

void MainWindow::mergeAnalystFilesDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Merge analysts' files: choose two or more"), settings.value(kLastDirectoryKey).toString(),
        tr("DPI projects (*.dpi.yaml);;All files (*)"));
    if (files.isEmpty())
        return;
    if (files.size() < 2) {
        ask(tr("Merge analysts' files"), tr("Choose at least two files, one per analyst (or a team file and more analysts' files)."),
            QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    settings.setValue(kLastDirectoryKey, QFileInfo(files.front()).absolutePath());
    const QString output = QFileDialog::getSaveFileName(this, tr("Save the team file"),
                                                        QFileInfo(files.front()).absolutePath() + QStringLiteral("/team.dpi.yaml"),
                                                        tr("DPI projects (*.dpi.yaml)"));
    if (!output.isEmpty())
        mergeAnalystFiles(files, output);
}

bool MainWindow::mergeAnalystFiles(const QStringList &files, const QString &output)
{
    const TeamMergeResult merged = mergeProjectFiles(files);
    m_diagnostics->setDiagnostics(tr("Merging %n analysts' file(s)", nullptr, int(files.size())), merged.diagnostics);
    if (!merged.diagnostics.isEmpty()) {
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
    }
    if (!merged.ok()) {
        statusBar()->showMessage(tr("The files were not merged; see Diagnostics."), 10000);
        return false;
    }
    QString error;
    if (!saveProject(*merged.project, output, &error)) {
        ask(tr("Merge analysts' files"), tr("Could not save %1:\n%2").arg(output, error), QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    if (!openFile(output))
        return false;
    // Opening showed the file's own (empty) diagnostics; the merge's warnings matter more.
    if (!merged.diagnostics.isEmpty())
        m_diagnostics->setDiagnostics(tr("Merging %n analysts' file(s)", nullptr, int(files.size())), merged.diagnostics);
    statusBar()->showMessage(tr("Merged the ratings of %1: %n open disagreement(s) to reconcile.", nullptr, merged.disagreements)
                                 .arg(merged.analysts.join(QStringLiteral(", "))),
                             15000);
    return true;
}

bool MainWindow::importMap(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const MapFileImport result = importMapFile(*m_document, path);
    if (!result.ok()) {
        m_diagnostics->setDiagnostics(tr("Importing map %1 failed").arg(name), result.diagnostics);
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
        statusBar()->showMessage(tr("%1 has errors; see Diagnostics.").arg(name), 10000);
        return false;
    }
    m_diagnostics->setDiagnostics(tr("Imported map %1").arg(name), result.diagnostics);
    if (!result.diagnostics.isEmpty())
        m_diagnosticsDock->show();
    showMapTab(result.mapId);
    statusBar()->showMessage(tr("Map %1 added to the project; Undo takes it out again.").arg(name), 8000);
    return true;
}

int MainWindow::importScoresCsv(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    constexpr qint64 kMaximumCsvBytes = 16 * 1024 * 1024;
    Diagnostics diagnostics;
    if (!file.open(QIODevice::ReadOnly))
        diagnostics.error(path, 0, 0, file.errorString());
    else if (file.size() > kMaximumCsvBytes)
        diagnostics.error(path, 0, 0, tr("the file is larger than 16 MiB"));
    if (diagnostics.hasErrors()) {
        m_diagnostics->setDiagnostics(tr("Importing %1 failed").arg(name), diagnostics);
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
        return 0;
    }
    const QByteArray bytes = file.readAll();
    CsvScores::ImportResult result = CsvScores::importScores(m_document->project(), bytes, path);
    if (!result.conflicts.empty()) {
        const auto answer = ask(tr("Import conflicts"),
                                tr("%n cell(s) in %1 differ from scores already in the project.\n\n"
                                   "Take the imported scores (Yes) or keep the project's (No)?",
                                   nullptr, int(result.conflicts.size()))
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return 0;
        if (answer == QMessageBox::No)
            result = CsvScores::importScores(m_document->project(), bytes, path, CsvScores::ConflictPolicy::KeepCurrent);
    }
    m_diagnostics->setDiagnostics(tr("Imported %1").arg(name), result.diagnostics);
    if (!result.diagnostics.isEmpty()) {
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
    }
    if (!edit::replaceProject(*m_document, result.project, tr("Import scores from %1").arg(name))) {
        statusBar()->showMessage(tr("%1 changes no score.").arg(name), 8000);
        return 0;
    }
    statusBar()->showMessage(tr("Imported %n cell(s) from %1; Undo takes the import back.", nullptr, result.changedCells).arg(name), 10000);
    return result.changedCells;
}

bool MainWindow::exportScoresCsv(const QString &path)
{
    CsvScores::ExportOptions options;
    options.byteOrderMark = true; // spreadsheet programs need it to read Cyrillic as UTF-8
    const QByteArray bytes = CsvScores::exportScores(m_document->project(), options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        ask(tr("Export failed"), tr("Could not write “%1”:\n%2").arg(path, file.errorString()), QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    statusBar()->showMessage(tr("Exported scores to %1").arg(path), 8000);
    return true;
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    NewProjectWizard wizard(bundleddata::assessmentsFolder(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    m_watcher->stop();
    m_document->reset(wizard.project());
    m_diagnostics->clear();
    statusBar()->showMessage(tr("New project created; use File › Save As to give it a file."), 10000);
    m_scoringPage->grid()->setFocus();
}

bool MainWindow::loadProject(const QString &path)
{
    Diagnostics diagnostics;
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        diagnostics.error(path, 0, 0, tr("file not found"));
    if (diagnostics.hasErrors() || !m_document->load(path, &diagnostics)) {
        if (diagnostics.isEmpty())
            diagnostics.error(path, 0, 0, tr("the project could not be read"));
        m_diagnostics->setDiagnostics(tr("Opening %1 failed").arg(name), diagnostics);
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
        statusBar()->showMessage(tr("Could not open %1: %n error(s); see Diagnostics.", nullptr,
                                    std::max(1, diagnostics.errorCount())).arg(name), 15000);
        return false;
    }
    m_diagnostics->setDiagnostics(tr("Opened %1").arg(name), diagnostics);
    if (!diagnostics.isEmpty())
        m_diagnosticsDock->show();
    recentfiles::add(path);
    m_watcher->watch(path);
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).absoluteFilePath()), 5000);
    m_scoringPage->grid()->setFocus();
    return true;
}

bool MainWindow::restoreRecovery(const QString &recoveryFile, const QString &originalPath)
{
    ProjectReadResult recovered = readProjectFile(recoveryFile);
    if (!recovered.ok()) {
        m_diagnostics->setDiagnostics(tr("Reading the recovered version failed"), recovered.diagnostics);
        m_diagnosticsDock->show();
        m_diagnosticsDock->raise();
        return false;
    }
    if (!originalPath.isEmpty() && QFileInfo::exists(originalPath)) {
        if (QFileInfo(m_document->filePath()) != QFileInfo(originalPath) && !loadProject(originalPath))
            return false;
        // Restoring is an edit on top of the file on disk: one step, undoable.
        edit::replaceProject(*m_document, *recovered.project, tr("Restore recovered changes"));
    } else {
        m_document->reset(*recovered.project);
    }
    m_autosaver->autosaveNow();
    statusBar()->showMessage(tr("Recovered changes restored; save to keep them."), 10000);
    return true;
}

int MainWindow::offerRecovery()
{
    std::vector<RecoveryEntry> orphans = m_autosaver->store().orphans();
    std::sort(orphans.begin(), orphans.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    for (const RecoveryEntry &orphan : orphans) {
        const QString name = orphan.originalPath.isEmpty() ? tr("an unsaved new project") : QFileInfo(orphan.originalPath).fileName();
        const auto answer = ask(tr("Recover unsaved changes?"),
                                tr("DPI Workbench did not close properly. An autosaved version of %1 from %2 exists.\n\n"
                                   "Restore it now? “Ignore” keeps it for the next start.")
                                    .arg(name, orphan.savedAt.toLocalTime().toString(Qt::TextDate)),
                                QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Discard) {
            m_autosaver->store().removeEntry(orphan);
        } else if (answer == QMessageBox::Yes) {
            if (!maybeSave())
                return 0;
            if (!restoreRecovery(orphan.recoveryFile, orphan.originalPath))
                return 0;
            if (orphan.recoveryFile != m_autosaver->store().recoveryFileFor(m_document->filePath()))
                m_autosaver->store().removeEntry(orphan);
            return 1; // one project per window: the others wait for the next start
        }
    }
    return 0;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QSettings().value(kLastDirectoryKey).toString() + QStringLiteral("/assessment.dpi.yaml");
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), suggestion, tr("DPI projects (*.dpi.yaml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".dpi.yaml")))
        path += QStringLiteral(".dpi.yaml");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    const bool newFile = QFileInfo(path) != QFileInfo(m_document->filePath());
    if (!m_document->saveAs(path, &error)) {
        ask(tr("Save failed"), tr("Could not save “%1”:\n%2\n\nYour changes are still open and autosaved.").arg(path, error),
            QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    if (newFile) {
        m_watcher->watch(path);
        recentfiles::add(path);
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    UnsavedWork work;
    work.title = tr("Unsaved changes");
    work.question = tr("“%1” has unsaved changes. Save them?").arg(m_document->displayName());
    work.save = [this] { return save(); };
    work.discard = [this] { m_autosaver->discard(); };
    return promptToSaveChanges(this, work, m_ask);
}

QWidget *MainWindow::hostWindow()
{
    return this;
}

Document *MainWindow::hostDocument() const
{
    return m_document;
}

QString MainWindow::bundledFrameworkFile(const QString &id, const QString &version) const
{
    const LibraryFramework *bundled = m_library.find(id);
    return bundled && bundled->framework.version == version ? bundled->path : QString();
}

void MainWindow::onChangedOnDisk(const QString &path)
{
    if (m_askingAboutDisk || QFileInfo(path) != QFileInfo(m_document->filePath()))
        return;
    m_askingAboutDisk = true;
    const QString text = m_document->isModified()
        ? tr("“%1” was changed by another program.\n\nReload it from disk and lose your unsaved changes, "
             "or keep your version (saving will overwrite the other change)?")
        : tr("“%1” was changed by another program.\n\nReload it from disk, or keep the version shown "
             "(saving will overwrite the other change)?");
    const auto answer = ask(tr("File changed on disk"), text.arg(QFileInfo(path).fileName()),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        Diagnostics diagnostics;
        if (m_document->load(path, &diagnostics)) {
            m_autosaver->discard();
            m_diagnostics->setDiagnostics(tr("Reloaded %1").arg(QFileInfo(path).fileName()), diagnostics);
            statusBar()->showMessage(tr("Reloaded %1").arg(path), 5000);
        } else {
            m_diagnostics->setDiagnostics(tr("Reloading %1 failed; your version is kept").arg(QFileInfo(path).fileName()), diagnostics);
            m_diagnosticsDock->show();
            m_diagnosticsDock->raise();
            m_document->undoStack()->resetClean();
        }
    } else {
        // What is shown no longer matches the disk: it must count as unsaved.
        m_document->undoStack()->resetClean();
    }
    m_askingAboutDisk = false;
}

QMessageBox::StandardButton MainWindow::ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    if (m_ask)
        return m_ask(title, text, buttons, defaultButton);
    QMessageBox box(buttons == QMessageBox::Ok ? QMessageBox::Information : QMessageBox::Question, title, text, buttons, this);
    box.setDefaultButton(defaultButton);
    if (QAbstractButton *reload = box.button(QMessageBox::Yes); reload && title == tr("File changed on disk")) {
        reload->setText(tr("Reload"));
        box.button(QMessageBox::No)->setText(tr("Keep My Version"));
    }
    if (QAbstractButton *restore = box.button(QMessageBox::Yes); restore && box.button(QMessageBox::Ignore)) {
        restore->setText(tr("Restore"));
        box.button(QMessageBox::Ignore)->setText(tr("Later"));
    }
    return QMessageBox::StandardButton(box.exec());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    m_dockStates.insert(m_layoutTab->objectName(), saveState(kStateVersion));
    for (auto it = m_dockStates.cbegin(); it != m_dockStates.cend(); ++it) {
        if (!it.value().isEmpty())
            settings.setValue(kDockStateKey + it.key(), it.value());
    }
    settings.remove(kLegacyStateKey);
    m_watcher->stop();
    m_autosaver->discard();
    event->accept();
}

} // namespace dpi
