#include "templateeditorwindow.h"

#include "bundleddata.h"
#include "document.h"
#include "projectreader.h"
#include "projectresults.h"
#include "reportcontext.h"
#include "reporttemplatelocator.h"
#include "savechangesprompt.h"
#include "scoring.h"
#include "templatecodeeditor.h"
#include "templatemanifest.h"
#include "templatepreview.h"
#include "templatesyntaxhighlighter.h"
#include "templatevariablecheck.h"
#include "templatevariablespanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dpi {

namespace {

constexpr int kTypingPauseMs = 500;
// Above this a whole-report preview gets in the way of typing: preview one sector.
constexpr qint64 kSlowRenderMs = 1500;

enum ProblemRole { FileRole = Qt::UserRole + 1, LineRole, ColumnRole };

QWidget *titled(const QString &title, QWidget *content, QWidget *parent, QLabel **titleLabel = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(3);
    auto *label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (titleLabel)
        *titleLabel = label;
    return box;
}

} // namespace

TemplateEditorWindow::TemplateEditorWindow(Document *document, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_document(document)
    , m_mirror(std::make_unique<TemplateMirror>())
    , m_templateChoice(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_scopeChoice(new QComboBox(this))
    , m_fileList(new QListWidget(this))
    , m_editorStack(new QStackedWidget(this))
    , m_variables(new TemplateVariablesPanel(this))
    , m_preview(new TemplatePreview(this))
    , m_problems(new QTreeWidget(this))
    , m_previewStatus(new QLabel(this))
    , m_templateStatus(new QLabel(this))
    , m_cursorStatus(new QLabel(this))
    , m_renderTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("templateEditorWindow"));
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(kTypingPauseMs);
    connect(m_renderTimer, &QTimer::timeout, this, &TemplateEditorWindow::renderNow);
    connect(m_preview, &TemplatePreview::rendered, this, &TemplateEditorWindow::previewRendered);

    createActions();
    createLayout();
    populateTemplateChoices();

    if (m_document) {
        connect(m_document, &Document::projectReplaced, this, &TemplateEditorWindow::scheduleRender);
        connect(m_document, &Document::scoreChanged, this, [this] { scheduleRender(); });
        connect(m_document, &Document::mapsChanged, this, &TemplateEditorWindow::scheduleRender);
    }

    QString initial;
    if (m_document)
        initial = findReportTemplate(m_document->project().report.templateName);
    if (initial.isEmpty())
        initial = findReportTemplate(QStringLiteral("default"));
    if (initial.isEmpty() && m_templateChoice->count() > 0)
        initial = m_templateChoice->itemData(0).toString();
    if (!initial.isEmpty())
        openTemplate(initial);
    resize(1500, 920);
}

TemplateEditorWindow::~TemplateEditorWindow() = default;

void TemplateEditorWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Template"));
    toolbar->setObjectName(QStringLiteral("templateToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    toolbar->addWidget(new QLabel(tr(" Template: "), toolbar));
    m_templateChoice->setObjectName(QStringLiteral("templateChoice"));
    m_templateChoice->setMinimumContentsLength(24);
    m_templateChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(m_templateChoice);
    connect(m_templateChoice, &QComboBox::activated, this, [this](int index) {
        const QString folder = m_templateChoice->itemData(index).toString();
        if (folder != m_sources.folder() && !openTemplate(folder))
            populateTemplateChoices(); // reselects the template still open
    });
    toolbar->addSeparator();

    m_saveAction = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (m_readOnly) { // Ctrl+S on a bundled template: the only way to keep the edits
            saveAsNewTemplateInteractive();
            return;
        }
        QString error;
        if (!save(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Save Template"), error);
    });
    m_saveAsAction = toolbar->addAction(tr("Save as &New Template…"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setToolTip(tr("Copy the whole template, with your edits, into your own template folder"));
    connect(m_saveAsAction, &QAction::triggered, this, &TemplateEditorWindow::saveAsNewTemplateInteractive);
    toolbar->addSeparator();

    m_undoAction = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (TemplateCodeEditor *editor = currentEditor())
            editor->undo();
    });
    m_redoAction = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (TemplateCodeEditor *editor = currentEditor())
            editor->redo();
    });
    // The editors' own shortcuts would compete with the toolbar's.
    m_undoAction->setShortcutContext(Qt::WindowShortcut);
    m_redoAction->setShortcutContext(Qt::WindowShortcut);
    toolbar->addSeparator();

    toolbar->addWidget(new QLabel(tr(" Preview: "), toolbar));
    m_scopeChoice->setObjectName(QStringLiteral("previewScope"));
    m_scopeChoice->addItem(tr("Whole report"), int(PreviewScope::WholeReport));
    m_scopeChoice->addItem(tr("First sector only (faster)"), int(PreviewScope::FirstSector));
    toolbar->addWidget(m_scopeChoice);
    connect(m_scopeChoice, &QComboBox::activated, this, [this](int index) {
        m_scopeChosen = true;
        setPreviewScope(PreviewScope(m_scopeChoice->itemData(index).toInt()));
    });
    toolbar->addWidget(new QLabel(tr("  Language: "), toolbar));
    m_language->setObjectName(QStringLiteral("previewLanguage"));
    toolbar->addWidget(m_language);
    connect(m_language, &QComboBox::activated, this, &TemplateEditorWindow::renderNow);
    QAction *refresh = toolbar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refresh, &QAction::triggered, this, &TemplateEditorWindow::renderNow);
}

void TemplateEditorWindow::createLayout()
{
    m_fileList->setObjectName(QStringLiteral("templateFiles"));
    connect(m_fileList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_files.size())
            showFile(m_files.at(row));
    });

    connect(m_variables, &TemplateVariablesPanel::insertRequested, this, [this](const QString &before, const QString &after) {
        if (TemplateCodeEditor *editor = currentEditor(); editor && !editor->isReadOnly())
            editor->insertAround(before, after);
    });

    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({tr("Where"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->header()->resizeSection(0, 200);
    m_problems->header()->setStretchLastSection(true);
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        jumpToProblem(item->data(0, FileRole).toString(), item->data(0, LineRole).toInt(), item->data(0, ColumnRole).toInt());
    });

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(titled(tr("Files"), m_fileList, left));
    left->addWidget(titled(tr("Variables of this project"), m_variables, left));
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 4);
    left->setSizes({190, 700});

    QLabel *problemsTitle = nullptr;
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(m_editorStack);
    middle->addWidget(titled(tr("Problems"), m_problems, middle, &problemsTitle));
    middle->setStretchFactor(0, 5);
    middle->setStretchFactor(1, 1);
    middle->setSizes({720, 150});
    problemsTitle->setObjectName(QStringLiteral("problemsTitle"));

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(4, 4, 4, 0);
    previewLayout->setSpacing(3);
    auto *previewTitle = new QLabel(tr("Preview"), previewBox);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(previewTitle);
    previewHeader->addWidget(m_previewStatus, 1);
    previewLayout->addLayout(previewHeader);
    previewLayout->addWidget(m_preview, 1);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(middle);
    main->addWidget(previewBox);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 3);
    main->setStretchFactor(2, 2);
    main->setSizes({330, 640, 530});
    main->setChildrenCollapsible(false);
    setCentralWidget(main);

    statusBar()->addWidget(m_templateStatus, 1);
    statusBar()->addPermanentWidget(m_cursorStatus);
}

void TemplateEditorWindow::populateTemplateChoices()
{
    const QSignalBlocker blocker(m_templateChoice);
    m_templateChoice->clear();
    const QStringList names = availableReportTemplates();
    for (const QString &name : names) {
        const QString folder = findReportTemplate(name);
        if (folder.isEmpty())
            continue;
        const bool user = isUserReportTemplate(folder);
        m_templateChoice->addItem(user ? tr("%1 (yours)").arg(name) : tr("%1 (bundled, read-only)").arg(name), folder);
        m_templateChoice->setItemData(m_templateChoice->count() - 1, QDir::toNativeSeparators(folder), Qt::ToolTipRole);
    }
    const int index = m_templateChoice->findData(m_sources.folder());
    if (index >= 0)
        m_templateChoice->setCurrentIndex(index);
}

bool TemplateEditorWindow::openTemplate(const QString &folder)
{
    if (!maybeSave())
        return false;
    TemplateSourceSet sources;
    QString error;
    if (!sources.read(folder, &error)) {
        statusBar()->showMessage(error, 8000);
        return false;
    }
    Diagnostics manifestProblems;
    const auto manifest = readTemplateManifest(QDir(sources.folder()).filePath(QStringLiteral("manifest.yaml")), manifestProblems);
    m_mainFile = manifest ? manifest->mainFile : QStringLiteral("report.html");

    m_renderTimer->stop();
    for (auto &entry : m_editors) {
        m_editorStack->removeWidget(entry.second);
        entry.second->deleteLater();
    }
    m_editors.clear();
    m_sources = sources;
    m_mirror = std::make_unique<TemplateMirror>(); // no stale partials from the previous template
    m_variablesShown = false;
    m_sampleVariableNames.clear(); // labels come from the manifest
    m_contextNamesFor.clear();
    m_files = m_sources.editableFiles(m_mainFile);
    m_readOnly = !isUserReportTemplate(m_sources.folder());

    for (const QString &file : std::as_const(m_files)) {
        auto *editor = new TemplateCodeEditor(m_editorStack);
        editor->setObjectName(QStringLiteral("templateEditor:") + file);
        editor->setPlainText(QString::fromUtf8(m_sources.bytes(file)));
        new TemplateSyntaxHighlighter(TemplateSyntaxHighlighter::languageForFile(file), editor->document());
        editor->document()->setModified(false);
        connect(editor, &QPlainTextEdit::textChanged, this, &TemplateEditorWindow::scheduleRender);
        connect(editor->document(), &QTextDocument::modificationChanged, this, [this] {
            updateActions();
            updateFileList();
        });
        connect(editor, &QPlainTextEdit::undoAvailable, this, &TemplateEditorWindow::updateActions);
        connect(editor, &QPlainTextEdit::redoAvailable, this, &TemplateEditorWindow::updateActions);
        connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &TemplateEditorWindow::updateCursorPosition);
        m_editorStack->addWidget(editor);
        m_editors[file] = editor;
    }

    QStringList partials;
    for (const QString &file : std::as_const(m_files)) {
        if (file != m_mainFile && file != QLatin1String("manifest.yaml"))
            partials << file;
    }
    m_variables->setPartials(partials);

    const QString previous = m_language->currentData().toString();
    m_language->clear();
    const QStringList languages = manifest ? manifest->languages : QStringList{QStringLiteral("en")};
    for (const QString &language : languages)
        m_language->addItem(language, language);
    QString wanted = previous;
    if (wanted.isEmpty() && m_document)
        wanted = m_document->project().report.language;
    if (const int index = m_language->findData(wanted); index >= 0)
        m_language->setCurrentIndex(index);

    const QString name = QFileInfo(m_sources.folder()).fileName();
    setWindowTitle(tr("%1 – Report Template Editor[*]").arg(name));
    m_templateStatus->setText(m_readOnly
                                  ? tr("Bundled template %1 is read-only: save your changes with “Save as New Template…”.")
                                        .arg(QDir::toNativeSeparators(m_sources.folder()))
                                  : tr("Your template: %1").arg(QDir::toNativeSeparators(m_sources.folder())));
    updateFileList();
    populateTemplateChoices();
    showFile(m_mainFile);
    updateActions();
    renderNow();
    return true;
}

bool TemplateEditorWindow::isModified() const
{
    for (const auto &entry : m_editors) {
        if (entry.second->document()->isModified())
            return true;
    }
    return false;
}

bool TemplateEditorWindow::showFile(const QString &file)
{
    TemplateCodeEditor *target = editor(file);
    if (!target)
        return false;
    m_editorStack->setCurrentWidget(target);
    const int row = int(m_files.indexOf(file));
    if (m_fileList->currentRow() != row) {
        const QSignalBlocker blocker(m_fileList);
        m_fileList->setCurrentRow(row);
    }
    updateActions();
    updateCursorPosition();
    return true;
}

QString TemplateEditorWindow::currentFile() const
{
    for (const auto &entry : m_editors) {
        if (entry.second == m_editorStack->currentWidget())
            return entry.first;
    }
    return {};
}

TemplateCodeEditor *TemplateEditorWindow::editor(const QString &file) const
{
    const auto it = m_editors.find(file);
    return it == m_editors.end() ? nullptr : it->second;
}

TemplateCodeEditor *TemplateEditorWindow::currentEditor() const
{
    return qobject_cast<TemplateCodeEditor *>(m_editorStack->currentWidget());
}

void TemplateEditorWindow::scheduleRender()
{
    m_renderTimer->start();
}

TemplateSourceSet TemplateEditorWindow::workingSources() const
{
    TemplateSourceSet working = m_sources;
    for (const auto &[file, editor] : m_editors) {
        if (editor->document()->isModified())
            working.setBytes(file, editor->toPlainText().toUtf8());
    }
    return working;
}

const Project &TemplateEditorWindow::previewProject()
{
    if (m_document && (!m_document->filePath().isEmpty() || !m_document->project().sectors.empty()))
        return m_document->project();
    return sampleProject();
}

const Project &TemplateEditorWindow::sampleProject()
{
    if (!m_sample) {
        ProjectReadResult read = readProjectFile(bundleddata::sampleProject());
        m_sample = read.project.value_or(Project());
    }
    return *m_sample;
}

void TemplateEditorWindow::setPreviewScope(PreviewScope scope)
{
    m_scopeChosen = true;
    m_scope = scope;
    const QSignalBlocker blocker(m_scopeChoice);
    m_scopeChoice->setCurrentIndex(m_scopeChoice->findData(int(scope)));
    renderNow();
}

void TemplateEditorWindow::renderNow()
{
    m_renderTimer->stop();
    if (m_sources.folder().isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    const TemplateSourceSet working = workingSources();
    Project project = previewProject();
    m_previewReduced = m_scope == PreviewScope::FirstSector && project.sectors.size() > 1;
    if (m_previewReduced)
        project.sectors.resize(1);
    const QString language = m_language->currentData().toString().isEmpty() ? QStringLiteral("en")
                                                                             : m_language->currentData().toString();

    // Checking the template takes milliseconds: its problems show at once;
    // the layout follows in the background.
    m_loadDiagnostics = Diagnostics();
    const auto reportTemplate = m_mirror->load(working, m_loadDiagnostics);
    // Unknown names need the names a real layout provides (contents entries
    // exist only then): before the first one, the check waits for it.
    m_uncheckedSources.reset();
    if (reportTemplate) {
        if (m_variablesShown)
            checkVariables(working, language, m_loadDiagnostics);
        else
            m_uncheckedSources = working;
    }
    m_diagnostics = m_loadDiagnostics;
    showDiagnostics();
    if (!reportTemplate) {
        m_requestedRender = 0;
        if (!m_variablesShown) {
            // Nothing rendered yet: still list the variables (without contents entries).
            ReportContextOptions options;
            options.language = language;
            Diagnostics ignored;
            if (const auto manifest = readTemplateManifest(QDir(m_sources.folder()).filePath(QStringLiteral("manifest.yaml")), ignored))
                options = reportContextOptions(*manifest, language);
            m_variables->setContext(buildReportContext(project, scoreProject(project), options));
        }
        m_lastRenderMs = timer.elapsed();
        updatePreviewStatus(false);
        return;
    }
    // The open project, whole: its results are the Document's, computed once per change.
    const bool wholeDocument = !m_previewReduced && m_document && &previewProject() == &m_document->project();
    const ProjectResult *known = wholeDocument ? &ProjectResults::of(m_document)->result() : nullptr;
    m_requestedRender = m_preview->requestRender(project, *reportTemplate, language, QString(), known);
    updatePreviewStatus(true);
}

void TemplateEditorWindow::checkVariables(const TemplateSourceSet &sources, const QString &language, Diagnostics &diagnostics)
{
    // Names from this project, plus the sample's: an empty list here (no red
    // flags, say) still has item keys a template may rightly use.
    if (m_sampleVariableNames.isEmpty()) {
        const Project &sample = sampleProject();
        ReportContextOptions options;
        Diagnostics ignored; // the manifest's own problems are reported by the template check
        if (const auto manifest = readTemplateManifest(QDir(m_sources.folder()).filePath(QStringLiteral("manifest.yaml")), ignored))
            options = reportContextOptions(*manifest, language);
        m_sampleVariableNames = templateVariableNames(buildReportContext(sample, scoreProject(sample), options));
    }
    // The context changes with each layout; its names are taken once per context.
    if (m_contextNamesFor != m_variables->context()) {
        m_contextNamesFor = m_variables->context();
        m_contextNames = templateVariableNames(m_contextNamesFor);
        m_contextNames.unite(m_sampleVariableNames);
    }
    const QSet<QString> &known = m_contextNames;
    for (const QString &file : std::as_const(m_files)) {
        if (TemplateSyntaxHighlighter::languageForFile(file) == TemplateSyntaxHighlighter::Language::Html)
            checkTemplateVariables(QDir(m_sources.folder()).filePath(file), QString::fromUtf8(sources.bytes(file)), known,
                                   diagnostics);
    }
}

bool TemplateEditorWindow::waitForPreview(int timeoutMs)
{
    return m_preview->waitUntilIdle(timeoutMs);
}

void TemplateEditorWindow::previewRendered(int request, bool ok, const Diagnostics &diagnostics, qint64 milliseconds)
{
    if (ok) {
        m_variables->setContext(m_preview->context());
        m_variablesShown = true;
    }
    if (request != m_requestedRender)
        return; // an older text: its problems are no longer the current ones
    if (ok && m_uncheckedSources) {
        checkVariables(*m_uncheckedSources, m_language->currentData().toString(), m_loadDiagnostics);
        m_uncheckedSources.reset();
    }
    m_lastRenderMs = milliseconds;
    Diagnostics mapped = diagnostics;
    m_mirror->mapPaths(mapped, m_sources.folder());
    m_diagnostics = m_loadDiagnostics;
    m_diagnostics.append(mapped);
    showDiagnostics();
    m_requestedRender = 0;

    // The first whole-report layout decides whether the preview keeps up with typing.
    if (ok && !m_scopeChosen && m_scope == PreviewScope::WholeReport && milliseconds > kSlowRenderMs) {
        setPreviewScope(PreviewScope::FirstSector);
        return;
    }
    m_scopeChosen = m_scopeChosen || ok;
    updatePreviewStatus(false);
}

void TemplateEditorWindow::updatePreviewStatus(bool rendering)
{
    const bool usingSample = !(m_document && (!m_document->filePath().isEmpty() || !m_document->project().sectors.empty()));
    const QString source = usingSample ? tr("the sample assessment") : tr("the current project");
    QStringList notes;
    if (rendering)
        notes << tr("updating…");
    else if (m_diagnostics.hasErrors())
        notes << tr("not updated: fix the problems below");
    else
        notes << tr("%n page(s) of %1, laid out in %2 ms", nullptr, m_preview->pageCount()).arg(source).arg(m_lastRenderMs);
    if (m_previewReduced)
        notes << tr("first sector only, for speed (choose “Whole report” to see all)");
    m_previewStatus->setText(QStringLiteral("— ") + notes.join(QStringLiteral("; ")));
    m_previewStatus->setStyleSheet(!rendering && m_diagnostics.hasErrors() ? QStringLiteral("color: #b71c1c;") : QString());
}

QString TemplateEditorWindow::relativeFile(const QString &path) const
{
    const QString folder = m_sources.folder();
    if (path.startsWith(folder + QLatin1Char('/')))
        return path.mid(folder.size() + 1);
    return {};
}

void TemplateEditorWindow::showDiagnostics()
{
    std::map<QString, QList<EditorMark>> marks;
    m_problems->clear();
    for (const Diagnostic &item : m_diagnostics.items()) {
        const QString file = relativeFile(item.file);
        const bool error = item.severity == Severity::Error;
        if (editor(file) && item.line > 0)
            marks[file] << EditorMark{item.line, item.column, error, item.message};
        QString where = file.isEmpty() ? QFileInfo(item.file).fileName() : file;
        if (item.line > 0)
            where += QStringLiteral(":%1").arg(item.line);
        if (item.column > 0)
            where += QStringLiteral(":%1").arg(item.column);
        auto *row = new QTreeWidgetItem(m_problems, {where, item.message});
        row->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        row->setToolTip(1, item.toString());
        row->setData(0, FileRole, file);
        row->setData(0, LineRole, item.line);
        row->setData(0, ColumnRole, item.column);
    }
    for (const auto &[file, editorWidget] : m_editors) {
        const auto found = marks.find(file);
        editorWidget->setMarks(found == marks.end() ? QList<EditorMark>() : found->second);
    }
    if (auto *title = findChild<QLabel *>(QStringLiteral("problemsTitle"))) {
        const int errors = m_diagnostics.errorCount();
        const int warnings = m_diagnostics.warningCount();
        title->setText(errors + warnings == 0 ? tr("Problems — none") : tr("Problems — %1 error(s), %2 warning(s)").arg(errors).arg(warnings));
    }
    updateFileList();
}

void TemplateEditorWindow::jumpToProblem(const QString &file, int line, int column)
{
    if (file.isEmpty() || !showFile(file))
        return;
    if (line > 0)
        currentEditor()->goTo(line, std::max(1, column));
}

void TemplateEditorWindow::updateFileList()
{
    const QSignalBlocker blocker(m_fileList);
    const int row = m_fileList->currentRow();
    m_fileList->clear();
    for (const QString &file : std::as_const(m_files)) {
        TemplateCodeEditor *fileEditor = editor(file);
        const bool modified = fileEditor && fileEditor->document()->isModified();
        const bool broken = fileEditor && !fileEditor->marks().isEmpty();
        QString label = file;
        if (file == m_mainFile)
            label += tr("  (main)");
        if (modified)
            label += QStringLiteral("  ●");
        auto *item = new QListWidgetItem(label, m_fileList);
        if (broken)
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(modified ? tr("%1 — changed, not saved").arg(file) : file);
    }
    m_fileList->setCurrentRow(row >= 0 ? row : int(m_files.indexOf(currentFile())));
}

void TemplateEditorWindow::updateActions()
{
    const bool modified = isModified();
    setWindowModified(modified);
    m_saveAction->setEnabled(modified);
    m_saveAction->setToolTip(m_readOnly ? tr("Bundled templates are read-only: saving makes a new template of your own")
                                        : tr("Save the changed files of this template"));
    TemplateCodeEditor *editorWidget = currentEditor();
    m_undoAction->setEnabled(editorWidget && editorWidget->document()->isUndoAvailable());
    m_redoAction->setEnabled(editorWidget && editorWidget->document()->isRedoAvailable());
}

void TemplateEditorWindow::updateCursorPosition()
{
    TemplateCodeEditor *editorWidget = currentEditor();
    if (!editorWidget) {
        m_cursorStatus->clear();
        return;
    }
    const QTextCursor cursor = editorWidget->textCursor();
    m_cursorStatus->setText(tr("%1  Line %2, Column %3").arg(currentFile()).arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

bool TemplateEditorWindow::save(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("Bundled templates are read-only; use Save as New Template…");
        return false;
    }
    const TemplateSourceSet working = workingSources();
    QString problem;
    if (!working.writeTo(m_sources.folder(), &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    m_sources = working;
    for (const auto &entry : m_editors)
        entry.second->document()->setModified(false);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_sources.folder())), 5000);
    updateActions();
    updateFileList();
    return true;
}

QString TemplateEditorWindow::checkNewTemplateName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        return tr("Use letters, digits, '-' and '_' only (up to 64), starting with a letter or digit.");
    if (availableReportTemplates().contains(name)
        || QFileInfo::exists(QDir(userReportTemplateFolder()).filePath(name)))
        return tr("A template named \"%1\" already exists.").arg(name);
    if (userReportTemplateFolder().isEmpty())
        return tr("There is no folder for your own templates on this system.");
    return {};
}

bool TemplateEditorWindow::saveAsNewTemplate(const QString &name, QString *error)
{
    const QString problem = checkNewTemplateName(name);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    TemplateSourceSet working = workingSources();
    // The copy names itself after its folder, keeping the rest of the manifest as written.
    if (working.contains(QStringLiteral("manifest.yaml"))) {
        QString manifest = QString::fromUtf8(working.bytes(QStringLiteral("manifest.yaml")));
        static const QRegularExpression nameLine(QStringLiteral(R"(^name:[^\n]*$)"), QRegularExpression::MultilineOption);
        manifest.replace(nameLine, QStringLiteral("name: ") + name);
        working.setBytes(QStringLiteral("manifest.yaml"), manifest.toUtf8());
    }
    const QString target = QDir(userReportTemplateFolder()).filePath(name);
    QString writeError;
    if (!working.writeTo(target, &writeError)) {
        if (error)
            *error = writeError;
        return false;
    }
    // The edits now live in the copy: open it without asking about them.
    for (const auto &entry : m_editors)
        entry.second->document()->setModified(false);
    if (!openTemplate(target)) {
        if (error)
            *error = tr("Saved to %1, but it cannot be opened again.").arg(target);
        return false;
    }
    statusBar()->showMessage(tr("Saved as a new template in %1").arg(QDir::toNativeSeparators(target)), 8000);
    return true;
}

bool TemplateEditorWindow::saveAsNewTemplateInteractive()
{
    const QString base = QFileInfo(m_sources.folder()).fileName() + QStringLiteral("-custom");
    QString suggestion = base;
    for (int i = 2; !checkNewTemplateName(suggestion).isEmpty() && i < 100; ++i)
        suggestion = base + QStringLiteral("-%1").arg(i);
    QString label = tr("Name of the new template (a folder in %1):").arg(QDir::toNativeSeparators(userReportTemplateFolder()));
    for (;;) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as New Template"), label, QLineEdit::Normal, suggestion, &ok).trimmed();
        if (!ok)
            return false;
        QString error;
        if (saveAsNewTemplate(name, &error))
            return true;
        suggestion = name;
        label = error + QStringLiteral("\n\n") + tr("Name of the new template:");
    }
}

bool TemplateEditorWindow::maybeSave()
{
    if (!isModified())
        return true;
    UnsavedWork work;
    work.title = tr("Unsaved Template Changes");
    work.question = m_readOnly ? tr("The bundled template has unsaved changes. Save them as a new template?")
                               : tr("Save the changes to this template?");
    work.save = [this] {
        // A bundled template is never written over: it is saved as a new one.
        if (m_readOnly)
            return saveAsNewTemplateInteractive();
        QString error;
        if (!save(&error)) {
            QMessageBox::warning(this, tr("Save Template"), error);
            return false;
        }
        return true;
    };
    work.discard = [this] {
        for (const auto &entry : m_editors)
            entry.second->document()->setModified(false);
    };
    QuestionHandler ask;
    if (m_prompt) {
        ask = [this](const QString &, const QString &, QMessageBox::StandardButtons, QMessageBox::StandardButton) {
            return QMessageBox::StandardButton(m_prompt());
        };
    }
    return promptToSaveChanges(this, work, ask);
}

void TemplateEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace dpi
