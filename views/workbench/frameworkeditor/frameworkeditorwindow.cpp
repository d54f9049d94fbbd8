#include "frameworkeditorwindow.h"

#include "diagnosticsview.h"
#include "frameworkcompare.h"
#include "frameworkdocument.h"
#include "frameworkedits.h"
#include "frameworkstructureeditor.h"
#include "frameworktextpatch.h"
#include "frameworkvariantdialog.h"
#include "frameworkyamleditor.h"
#include "newframeworkversiondialog.h"
#include "savechangesprompt.h"
#include "yamlvalues.h"

#include <QAction>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>
#include <map>

namespace dpi {

namespace {

const QString kGeometryKey = QStringLiteral("frameworkEditor/geometry");
const QString kStateKey = QStringLiteral("frameworkEditor/state");
const QString kLastDirectoryKey = QStringLiteral("frameworkEditor/lastDirectory");
constexpr int kStateVersion = 1;
constexpr int kListedComments = 5;

QString fileFilter()
{
    return FrameworkEditorWindow::tr("Framework files (*.framework.yaml *.framework.yml);;YAML files (*.yaml *.yml);;All files (*)");
}

} // namespace

FrameworkEditorWindow::FrameworkEditorWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new FrameworkDocument(this))
    , m_tabs(new QTabWidget(this))
    , m_structure(new FrameworkStructureEditor(m_document, m_tabs))
    , m_yaml(new FrameworkYamlEditor(m_document, m_tabs))
    , m_diagnostics(new DiagnosticsView(this))
    , m_pinLabel(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("frameworkEditorWindow"));
    m_tabs->setObjectName(QStringLiteral("frameworkEditorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_structure, tr("Structure"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    setCentralWidget(m_tabs);

    m_diagnostics->setObjectName(QStringLiteral("frameworkDiagnostics"));
    auto *dock = new QDockWidget(tr("Diagnostics"), this);
    dock->setObjectName(QStringLiteral("frameworkDiagnosticsDock"));
    dock->setWidget(m_diagnostics);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    m_pinLabel->setObjectName(QStringLiteral("frameworkPinLabel"));
    m_problemsLabel->setObjectName(QStringLiteral("frameworkProblemsLabel"));
    statusBar()->addPermanentWidget(m_pinLabel);
    statusBar()->addPermanentWidget(m_problemsLabel);

    createMenus();

    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1500, available.width()), std::min(960, available.height()));
    }
    if (!restoreState(settings.value(kStateKey).toByteArray(), kStateVersion))
        resizeDocks({dock}, {height() / 7}, Qt::Vertical);

    connect(m_document, &FrameworkDocument::modifiedChanged, this, &FrameworkEditorWindow::updateTitle);
    connect(m_document, &FrameworkDocument::filePathChanged, this, &FrameworkEditorWindow::updateTitle);
    connect(m_document, &FrameworkDocument::frameworkChanged, this, &FrameworkEditorWindow::updateStatus);
    connect(m_document, &FrameworkDocument::diagnosticsChanged, this, &FrameworkEditorWindow::updateStatus);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &FrameworkEditorWindow::updateUndoActions);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &FrameworkEditorWindow::updateUndoActions);
    // The problem under the cursor is spelled out in the status bar (the tooltip needs a mouse).
    connect(m_yaml, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QStringList messages = m_yaml->messagesAt(m_yaml->textCursor().position());
        if (!messages.isEmpty()) {
            m_problemInStatusBar = messages.join(QStringLiteral("; "));
            statusBar()->showMessage(m_problemInStatusBar);
        } else if (!m_problemInStatusBar.isEmpty()) {
            if (statusBar()->currentMessage() == m_problemInStatusBar)
                statusBar()->clearMessage();
            m_problemInStatusBar.clear();
        }
    });
        connect(m_yaml, &YamlTextEditor::undoRequested, this, &FrameworkEditorWindow::undo);
    connect(m_yaml, &YamlTextEditor::redoRequested, this, &FrameworkEditorWindow::redo);
    // The structured tab must see what was just typed.
    connect(m_tabs, &QTabWidget::currentChanged, m_yaml, &FrameworkYamlEditor::flush);
    connect(m_diagnostics, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        static const QRegularExpression position(QStringLiteral(":(\\d+):(\\d+)$"));
        const QRegularExpressionMatch match = position.match(item->text(0));
        if (match.hasMatch())
            goToPosition(match.captured(1).toInt(), match.captured(2).toInt());
    });

    updateTitle();
    updateStatus();
    updateUndoActions();
}

FrameworkEditorWindow::~FrameworkEditorWindow()
{
    // The document is a child, deleted after this destructor: its undo stack
    // clears itself and signals then, and this window can no longer listen.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

FrameworkEditorWindow *FrameworkEditorWindow::launch(const QString &path, QWidget *parent)
{
    auto *window = new FrameworkEditorWindow(parent);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (path.isEmpty())
        window->startNew(newFrameworkTemplate());
    else
        window->openFile(path);
    window->show();
    return window;
}

FrameworkEditorWindow *FrameworkEditorWindow::launchWithText(const QString &text, QWidget *parent)
{
    auto *window = new FrameworkEditorWindow(parent);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->startNew(text);
    window->show();
    return window;
}

QString FrameworkEditorWindow::newFrameworkTemplate()
{
    // Written out rather than generated so that it can teach with comments.
    return QStringLiteral(
               "# A DPI Workbench framework: what is assessed, how each criterion is scored.\n"
               "# Edit it in the Structure tab or here. Comments you write in this tab are\n"
               "# kept when you save; the Structure tab cannot keep them and says so.\n"
               "schema: dpi-workbench/framework/1\n"
               "id: new-framework\n"
               "version: 0.1.0\n"
               "title:\n"
               "  en: New framework\n"
               "  ru: Новая методика\n"
               "description:\n"
               "  en: What this framework assesses, for whom, and where its criteria come from.\n"
               "authors: [Your organisation]\n"
               "licence: CC-BY-4.0\n"
               "scale:\n"
               "  not_applicable: allowed\n"
               "  levels:\n"
               "    - value: 0\n"
               "      label: {en: Absent, ru: Отсутствует}\n"
               "    - value: 1\n"
               "      label: {en: Initial, ru: Начальный}\n"
               "    - value: 2\n"
               "      label: {en: Developing, ru: Развивающийся}\n"
               "    - value: 3\n"
               "      label: {en: Established, ru: Устоявшийся}\n"
               "    - value: 4\n"
               "      label: {en: Optimised, ru: Оптимизированный}\n"
               "dimensions:\n"
               "  - id: first-dimension\n"
               "    title: {en: First dimension, ru: Первое измерение}\n"
               "    weight: 1\n"
               "    criteria:\n"
               "      - id: first-dimension.first-criterion\n"
               "        title: {en: First criterion, ru: Первый критерий}\n"
               "        question: {en: \"What is in place today?\", ru: \"Что есть сегодня?\"}\n"
               "        weight: 1\n"
               "        rubric:\n"
               "          0:\n"
               "            en: Nothing in place.\n"
               "            ru: Ничего нет.\n"
               "          1:\n"
               "            en: Planned or piloted.\n"
               "            ru: Запланировано или в пилоте.\n"
               "          2:\n"
               "            en: In use in part of the sector.\n"
               "            ru: Используется в части отрасли.\n"
               "          3:\n"
               "            en: In use across the sector.\n"
               "            ru: Используется во всей отрасли.\n"
               "          4:\n"
               "            en: In use, measured and improved.\n"
               "            ru: Используется, измеряется и улучшается.\n"
               "        evidence:\n"
               "          en: Documents or systems that show it.\n"
               "          ru: Документы или системы, которые это показывают.\n"
               "changelog:\n"
               "  - version: 0.1.0\n"
               "    date: %1\n"
               "    summary: {en: First draft., ru: Первый черновик.}\n")
        .arg(QDate::currentDate().toString(Qt::ISODate));
}

void FrameworkEditorWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Framework"), this, &FrameworkEditorWindow::newFrameworkAction);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &FrameworkEditorWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, [this] { this->save(); });
    save->setObjectName(QStringLiteral("saveAction"));
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, [this] { this->saveAs(); });
    saveAs->setObjectName(QStringLiteral("saveAsAction"));
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *newVersion = file->addAction(tr("Save as New &Version…"), this, &FrameworkEditorWindow::newVersionDialog);
    newVersion->setObjectName(QStringLiteral("saveAsNewVersionAction"));
    QAction *variant = file->addAction(tr("Create &Variant…"), this, &FrameworkEditorWindow::variantDialog);
    variant->setObjectName(QStringLiteral("createVariantAction"));
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close"), this, &QWidget::close);
    closeAction->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), this, &FrameworkEditorWindow::undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"), this, &FrameworkEditorWindow::redo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);

    edit->addSeparator();
    QAction *nextProblem = edit->addAction(tr("&Next Problem"), this, [this] { goToProblem(true); });
    nextProblem->setObjectName(QStringLiteral("nextProblemAction"));
    nextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previousProblem = edit->addAction(tr("&Previous Problem"), this, [this] { goToProblem(false); });
    previousProblem->setObjectName(QStringLiteral("previousProblemAction"));
    previousProblem->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));

    frameworkcompare::addActions(*this, menuBar()->addMenu(tr("&Compare")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *structure = view->addAction(tr("&Structure"), this, &FrameworkEditorWindow::showStructureTab);
    structure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *yaml = view->addAction(tr("&YAML"), this, &FrameworkEditorWindow::showYamlTab);
    yaml->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
}

bool FrameworkEditorWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    QString error;
    if (!m_document->load(path, &error)) {
        showError(tr("Open framework"), tr("Could not open %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 6000);
    m_yaml->moveCursor(QTextCursor::Start);
    if (!m_document->isInSync()) {
        // The structure can't show a file it could not read: show the text at its first error.
        showYamlTab();
        for (const Diagnostic &diagnostic : m_document->diagnostics().items()) {
            if (diagnostic.severity == Severity::Error && diagnostic.line > 0) {
                m_yaml->goToLineColumn(diagnostic.line, diagnostic.column);
                break;
            }
        }
    }
    return true;
}

bool FrameworkEditorWindow::startNew(const QString &text)
{
    if (!maybeSave())
        return false;
    m_document->reset(text);
    m_yaml->moveCursor(QTextCursor::Start);
    return true;
}

bool FrameworkEditorWindow::save()
{
    m_yaml->flush();
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (!confirmSave())
        return false;
    QString error;
    if (!m_document->save(&error)) {
        showError(tr("Save framework"), tr("Could not save %1:\n%2").arg(QDir::toNativeSeparators(m_document->filePath()), error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 6000);
    return true;
}

bool FrameworkEditorWindow::saveAs(const QString &suggestion)
{
    m_yaml->flush();
    if (!confirmSave())
        return false;
    QString baseName = QStringLiteral("framework.framework.yaml");
    if (const auto &framework = m_document->framework())
        baseName = QStringLiteral("%1-%2.framework.yaml").arg(framework->id, framework->version);
    const QString path = askFileName(tr("Save framework as"), suggestion.isEmpty() ? suggestedFileName(baseName) : suggestion, true);
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(tr("Save framework"), tr("Could not save %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

bool FrameworkEditorWindow::saveAsNewVersion(VersionBump bump, const LocalizedText &summary, const QDate &date)
{
    m_yaml->flush();
    if (!m_document->isInSync() || !m_document->framework()) {
        showError(tr("Save as New Version"),
                  tr("The YAML has errors. Fix them first: a new version is made from what the text says, "
                     "and the text does not say it clearly yet."));
        return false;
    }
    QString error;
    const std::optional<Framework> next = nextFrameworkVersion(*m_document->framework(), bump, summary, date, &error);
    if (!next) {
        showError(tr("Save as New Version"), error);
        return false;
    }
    applyHeaderChange(*next, tr("New Version %1").arg(next->version));
    if (saveAs(suggestedFileName(QStringLiteral("%1-%2.framework.yaml").arg(next->id, next->version))))
        return true;
    statusBar()->showMessage(tr("Version %1 is in the editor but not saved; Undo takes it back.").arg(next->version), 10000);
    return false;
}

bool FrameworkEditorWindow::createVariant(const QString &newId, const LocalizedText &title)
{
    m_yaml->flush();
    if (!m_document->isInSync() || !m_document->framework()) {
        showError(tr("Create Variant"), tr("The YAML has errors. Fix them first: a variant is made from what the text says."));
        return false;
    }
    if (!isValidId(newId) || newId == m_document->framework()->id) {
        showError(tr("Create Variant"), tr("“%1” cannot be the variant's id: it must be a valid id different from %2.")
                                             .arg(newId, m_document->framework()->id));
        return false;
    }
    Framework variant = frameworkVariant(*m_document->framework(), newId, QDate::currentDate());
    if (!title.isEmpty())
        variant.title = title;
    applyHeaderChange(variant, tr("Create Variant %1").arg(newId));
    if (saveAs(suggestedFileName(QStringLiteral("%1.framework.yaml").arg(newId))))
        return true;
    statusBar()->showMessage(tr("The variant is in the editor but not saved; Undo takes it back."), 10000);
    return false;
}

void FrameworkEditorWindow::applyHeaderChange(const Framework &wanted, const QString &actionText)
{
    // Edited in place the partner's comments stay; only when that is not possible is the text rewritten.
    if (const std::optional<QString> patched = patchFrameworkHeader(m_document->text(), *m_document->framework(), wanted)) {
        frameworkedit::replaceText(*m_document, *patched, actionText);
        return;
    }
    frameworkedit::setFramework(*m_document, wanted, actionText);
}

bool FrameworkEditorWindow::maybeSave()
{
    m_yaml->flush();
    if (!m_document->isModified())
        return true;
    UnsavedWork work;
    work.title = tr("Unsaved changes");
    work.question = tr("The framework “%1” has unsaved changes. Save them?").arg(m_document->displayName());
    work.save = [this] { return save(); };
    return promptToSaveChanges(this, work, m_ask);
}

void FrameworkEditorWindow::showYamlTab()
{
    m_tabs->setCurrentWidget(m_yaml);
}

void FrameworkEditorWindow::showStructureTab()
{
    m_tabs->setCurrentWidget(m_structure);
}

void FrameworkEditorWindow::goToPosition(int line, int column)
{
    showYamlTab();
    m_yaml->goToLineColumn(line, column);
}

bool FrameworkEditorWindow::goToProblem(bool forward)
{
    m_yaml->flush();
    std::vector<std::pair<int, int>> positions; // (line, column), in text order
    for (const Diagnostic &diagnostic : m_document->diagnostics().items()) {
        if (diagnostic.line > 0)
            positions.emplace_back(diagnostic.line, std::max(1, diagnostic.column));
    }
    if (positions.empty()) {
        statusBar()->showMessage(tr("No problems in the YAML."), 4000);
        return false;
    }
    std::sort(positions.begin(), positions.end());
    const QTextCursor cursor = m_yaml->textCursor();
    const std::pair<int, int> here{cursor.blockNumber() + 1, cursor.positionInBlock() + 1};
    // The next one after the cursor (or the one before it), wrapping around the text.
    std::pair<int, int> target = forward ? positions.front() : positions.back();
    if (forward) {
        const auto next = std::upper_bound(positions.begin(), positions.end(), here);
        if (next != positions.end())
            target = *next;
    } else {
        const auto previous = std::lower_bound(positions.begin(), positions.end(), here);
        if (previous != positions.begin())
            target = *std::prev(previous);
    }
    goToPosition(target.first, target.second);
    return true;
}

void FrameworkEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
    event->accept();
}

void FrameworkEditorWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Framework Editor").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void FrameworkEditorWindow::updateStatus()
{
    const Diagnostics &diagnostics = m_document->diagnostics();
    m_diagnostics->setDiagnostics(m_document->displayName(), diagnostics);
    if (const auto &framework = m_document->framework()) {
        m_pinLabel->setText(m_document->isInSync() ? framework->pin()
                                                   : tr("%1 (last valid state)").arg(framework->pin()));
    } else {
        m_pinLabel->setText(tr("not readable yet"));
    }
    const int errors = diagnostics.errorCount();
    const int warnings = diagnostics.warningCount();
    const QString text = (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors)) + QStringLiteral(", ")
        + (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    m_problemsLabel->setText(text);
    m_problemsLabel->setStyleSheet(errors > 0 ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                   : warnings > 0 ? QStringLiteral("color: #8a5a00;")
                                                  : QString());
}

void FrameworkEditorWindow::updateUndoActions()
{
    const QUndoStack *stack = m_document->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setEnabled(stack->canRedo());
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void FrameworkEditorWindow::undo()
{
    // Typing not yet handed over is the newest step: it is what Undo takes back.
    m_yaml->flush();
    m_document->undoStack()->undo();
}

void FrameworkEditorWindow::redo()
{
    m_yaml->flush();
    m_document->undoStack()->redo();
}

void FrameworkEditorWindow::openDialog()
{
    QString directory = QFileInfo(m_document->filePath()).absolutePath();
    if (m_document->filePath().isEmpty())
        directory = QSettings().value(kLastDirectoryKey).toString();
    const QString path = askFileName(tr("Open framework"), directory, false);
    if (!path.isEmpty())
        openFile(path);
}

void FrameworkEditorWindow::newFrameworkAction()
{
    startNew(newFrameworkTemplate());
}

void FrameworkEditorWindow::newVersionDialog()
{
    m_yaml->flush();
    if (!m_document->isInSync() || !m_document->framework()) {
        saveAsNewVersion(VersionBump::Minor, LocalizedText(), QDate::currentDate()); // explains the refusal
        return;
    }
    NewFrameworkVersionDialog dialog(*m_document->framework(), this);
    if (dialog.exec() == QDialog::Accepted)
        saveAsNewVersion(dialog.bump(), dialog.summary(), dialog.date());
}

void FrameworkEditorWindow::variantDialog()
{
    m_yaml->flush();
    if (!m_document->isInSync() || !m_document->framework()) {
        createVariant(QString(), LocalizedText()); // explains the refusal
        return;
    }
    FrameworkVariantDialog dialog(*m_document->framework(), this);
    if (dialog.exec() == QDialog::Accepted)
        createVariant(dialog.newId(), dialog.title());
}

bool FrameworkEditorWindow::confirmSave()
{
    const QStringList dropped = m_document->droppedComments();
    if (!dropped.isEmpty()) {
        // Repeated comments (separator lines) are listed once, with a count.
        QStringList distinct;
        std::map<QString, int> repeats;
        for (const QString &comment : dropped) {
            if (repeats[comment]++ == 0)
                distinct << comment;
        }
        QStringList listed;
        for (const QString &comment : distinct.mid(0, kListedComments)) {
            const int count = repeats[comment];
            listed << QStringLiteral("    ") + comment + (count > 1 ? tr("  (%n times)", nullptr, count) : QString());
        }
        const QString count = dropped.size() == 1 ? tr("1 comment") : tr("%1 comments").arg(dropped.size());
        QString text = tr("%1 of %2 would be lost: edits in the Structure tab rewrite the YAML, "
                          "and the rewritten text cannot keep comments.")
                           .arg(count, m_document->displayName())
            + QStringLiteral("\n\n") + listed.join(QLatin1Char('\n'));
        if (distinct.size() > kListedComments)
            text += QLatin1Char('\n') + tr("    … and %n more", nullptr, int(distinct.size() - kListedComments));
        text += QStringLiteral("\n\n")
            + tr("“Show YAML Tab” saves nothing: there you can undo the structured edits (Ctrl+Z) "
                 "to get the comments back and make the change in the text instead, or add the comments again.");
        const auto answer = ask(tr("Comments would be lost"), text, QMessageBox::Save | QMessageBox::Open | QMessageBox::Cancel,
                                QMessageBox::Open,
                                {{QMessageBox::Save, tr("Save Without Them")}, {QMessageBox::Open, tr("Show YAML Tab")}});
        if (answer == QMessageBox::Open) {
            showYamlTab();
            statusBar()->showMessage(tr("Not saved. Undo the structured edits here to get the comments back, or add them again."), 15000);
            return false;
        }
        if (answer != QMessageBox::Save)
            return false;
    }
    const Diagnostics &diagnostics = m_document->diagnostics();
    if (diagnostics.hasErrors()) {
        const Diagnostic &first = *std::find_if(diagnostics.items().begin(), diagnostics.items().end(),
                                                [](const Diagnostic &d) { return d.severity == Severity::Error; });
        const auto answer = ask(tr("Save an invalid framework?"),
                                tr("The framework has %n error(s), the first:\n\n%1\n\n"
                                   "It can be saved as it is to finish later, but projects cannot use it and "
                                   "the Structure tab cannot show it until the errors are fixed.",
                                   nullptr, diagnostics.errorCount())
                                    .arg(first.toString()),
                                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
                                {{QMessageBox::Save, tr("Save Anyway")}});
        if (answer != QMessageBox::Save)
            return false;
    }
    return true;
}

QString FrameworkEditorWindow::suggestedFileName(const QString &baseName) const
{
    QString directory;
    if (!m_document->filePath().isEmpty())
        directory = QFileInfo(m_document->filePath()).absolutePath();
    else
        directory = QSettings().value(kLastDirectoryKey, QDir::homePath()).toString();
    return QDir(directory).filePath(baseName);
}

QMessageBox::StandardButton FrameworkEditorWindow::ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                                       QMessageBox::StandardButton defaultButton,
                                                       const std::vector<std::pair<QMessageBox::StandardButton, QString>> &buttonTexts)
{
    if (m_ask)
        return m_ask(title, text, buttons, defaultButton);
    QMessageBox box(QMessageBox::Question, title, text, buttons, this);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, label] : buttonTexts) {
        if (QAbstractButton *widget = box.button(button))
            widget->setText(label);
    }
    return QMessageBox::StandardButton(box.exec());
}

QString FrameworkEditorWindow::askFileName(const QString &caption, const QString &suggestion, bool saving)
{
    if (m_askFileName)
        return m_askFileName(caption, suggestion, saving);
    return saving ? QFileDialog::getSaveFileName(this, caption, suggestion, fileFilter())
                  : QFileDialog::getOpenFileName(this, caption, suggestion, fileFilter());
}

void FrameworkEditorWindow::showError(const QString &title, const QString &text)
{
    ask(title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace dpi
