#include "autosaver.h"
#include "csvscores.h"
#include "diagnosticsview.h"
#include "messageboxanswer.h"
#include "document.h"
#include "externalchangewatcher.h"
#include "projectreader.h"
#include "recoverystore.h"
#include "scoreedits.h"
#include "workbenchfixture.h"
#include "yamlwriter.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace dpi;
using namespace workbenchtest;

namespace {

const CellRef kLogs{QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")};

// Makes a recovery file look like one left by a process that has died.
void pretendWriterCrashed(const QString &recoveryFile)
{
    QString sidecar = recoveryFile;
    sidecar.replace(QStringLiteral(".dpi.yaml"), QStringLiteral(".recovery.json"));
    QJsonObject object = QJsonDocument::fromJson(readAll(sidecar)).object();
    object.insert(QStringLiteral("pid"), 0);
    ASSERT_TRUE(writeAll(sidecar, QJsonDocument(object).toJson()));
}

} // namespace

TEST_F(WorkbenchFixture, BrokenFileShowsPositionedDiagnostics)
{
    const QString broken = directory.filePath(QStringLiteral("broken.dpi.yaml"));
    ASSERT_TRUE(writeAll(broken, "schema: dpi-workbench/project/1\ntitle: [unclosed\n"));
    EXPECT_FALSE(window->openFile(broken));
    DiagnosticsView *view = window->diagnosticsView();
    EXPECT_TRUE(view->isVisible());
    EXPECT_GE(view->errorCount(), 1);
    ASSERT_GE(view->topLevelItemCount(), 2);
    const QString location = view->topLevelItem(1)->text(0);
    EXPECT_TRUE(location.startsWith(broken + QLatin1Char(':'))) << location.toStdString();
    EXPECT_NE(location.section(QLatin1Char(':'), 1, 1).toInt(), 0) << "a line number";
    EXPECT_TRUE(window->document()->filePath().isEmpty()) << "nothing was loaded";

    const QString missing = directory.filePath(QStringLiteral("missing.dpi.yaml"));
    EXPECT_FALSE(window->openFile(missing));
    EXPECT_TRUE(view->topLevelItem(1)->text(0).startsWith(missing));
}

TEST_F(WorkbenchFixture, ClosingWithUnsavedWorkAsksFirst)
{
    ASSERT_TRUE(window->openFile(projectPath));
    edit::setLevel(*window->document(), kLogs, 1);
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("mini.dpi.yaml[*] — DPI Workbench"));

    answers = {QMessageBox::Cancel};
    EXPECT_FALSE(window->close());
    EXPECT_EQ(questions, QStringList{QStringLiteral("Unsaved changes")});
    EXPECT_TRUE(window->isVisible());

    answers = {QMessageBox::Save};
    EXPECT_TRUE(window->close());
    EXPECT_EQ(readProjectFile(projectPath).project->findSector(kLogs.sectorId)->score(kLogs.frameworkId, kLogs.criterionId)->level, 1);
}

TEST_F(WorkbenchFixture, DockLayoutIsRemembered)
{
    auto *projectDock = window->findChild<QDockWidget *>(QStringLiteral("projectDock"));
    ASSERT_NE(projectDock, nullptr);
    EXPECT_TRUE(projectDock->isVisible());
    projectDock->hide();
    ASSERT_TRUE(window->close());
    window = makeWindow();
    projectDock = window->findChild<QDockWidget *>(QStringLiteral("projectDock"));
    EXPECT_FALSE(projectDock->isVisible());
    EXPECT_TRUE(window->findChild<QDockWidget *>(QStringLiteral("criterionDock"))->isVisible());
}

TEST_F(WorkbenchFixture, AutosaveIsOfferedBackAfterACrash)
{
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_FALSE(window->autosaver()->autosaveNow()) << "nothing to save while clean";
    EXPECT_EQ(window->autosaver()->interval(), 60 * 1000);
    edit::setLevel(*window->document(), kLogs, 1);
    ASSERT_TRUE(window->autosaver()->autosaveNow());
    const QString recoveryFile = window->autosaver()->store().recoveryFileFor(projectPath);
    EXPECT_TRUE(recoveryFile.startsWith(recoveryDirectory));
    ProjectReadResult recovered = readProjectFile(recoveryFile);
    ASSERT_TRUE(recovered.ok()) << recovered.diagnostics.toString().toStdString();
    EXPECT_EQ(recovered.project->findSector(kLogs.sectorId)->score(kLogs.frameworkId, kLogs.criterionId)->level, 1);
    EXPECT_TRUE(window->autosaver()->store().orphans().empty()) << "our own file is not a crash";

    // The process dies: no close event, no cleanup.
    pretendWriterCrashed(recoveryFile);
    window.reset();

    window = makeWindow();
    answers = {QMessageBox::Yes};
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_EQ(questions, QStringList{QStringLiteral("Recover unsaved changes?")});
    Document *document = window->document();
    EXPECT_EQ(document->score(kLogs)->level, 1);
    EXPECT_TRUE(document->isModified());
    EXPECT_EQ(document->undoStack()->count(), 1) << "restoring is one undoable step";
    document->undoStack()->undo();
    EXPECT_EQ(document->score(kLogs)->level, 4) << "the version on disk";
    document->undoStack()->redo();

    // Saving removes the recovery file.
    ASSERT_TRUE(window->save());
    EXPECT_FALSE(QFileInfo::exists(recoveryFile));
    EXPECT_TRUE(window->autosaver()->store().entries().empty());
}

TEST_F(WorkbenchFixture, StartupOffersOrphansAndDiscardRemovesThem)
{
    ASSERT_TRUE(window->openFile(projectPath));
    edit::setLevel(*window->document(), kLogs, 2);
    ASSERT_TRUE(window->autosaver()->autosaveNow());
    const QString recoveryFile = window->autosaver()->store().recoveryFileFor(projectPath);
    pretendWriterCrashed(recoveryFile);
    window.reset();

    window = makeWindow();
    answers = {QMessageBox::Ignore};
    EXPECT_EQ(window->offerRecovery(), 0);
    EXPECT_TRUE(QFileInfo::exists(recoveryFile)) << "Later keeps it";
    answers = {QMessageBox::Yes};
    EXPECT_EQ(window->offerRecovery(), 1);
    EXPECT_EQ(window->document()->filePath(), QFileInfo(projectPath).absoluteFilePath());
    EXPECT_EQ(window->document()->score(kLogs)->level, 2);

    answers = {QMessageBox::Discard};
    window.reset();
    window = makeWindow();
    // The restored session autosaved under its own (live) process id: not an orphan.
    EXPECT_EQ(window->offerRecovery(), 0);
}

TEST_F(WorkbenchFixture, ExternalChangesAreNoticedOwnSavesAreNot)
{
    ASSERT_TRUE(window->openFile(projectPath));
    window->changeWatcher()->setSettleDelay(50);
    edit::setLevel(*window->document(), kLogs, 2);
    ASSERT_TRUE(window->save());
    spin(700);
    EXPECT_TRUE(questions.isEmpty()) << "our own save is not an external change";

    // Another program rewrites the file (twice: the watch must survive the first).
    for (const QString &title : {QStringLiteral("Changed elsewhere"), QStringLiteral("Changed again")}) {
        Project changed = *readProjectFile(projectPath).project;
        changed.metadata.title = LocalizedText(title);
        QString error;
        ASSERT_TRUE(saveProject(changed, projectPath, &error)) << error.toStdString();
        answers = {QMessageBox::Yes};
        questions.clear();
        ASSERT_TRUE(waitFor([this] { return !questions.isEmpty(); }, 5000)) << title.toStdString();
        EXPECT_EQ(questions, QStringList{QStringLiteral("File changed on disk")});
        EXPECT_EQ(window->document()->project().metadata.title.text(), title);
        EXPECT_FALSE(window->document()->isModified());
        EXPECT_EQ(window->document()->score(kLogs)->level, 2);
    }

    // "Keep my version": the shown project now counts as unsaved.
    Project changed = *readProjectFile(projectPath).project;
    changed.metadata.title = LocalizedText(QStringLiteral("Third change"));
    QString error;
    ASSERT_TRUE(saveProject(changed, projectPath, &error));
    answers = {QMessageBox::No};
    questions.clear();
    ASSERT_TRUE(waitFor([this] { return !questions.isEmpty(); }, 5000));
    EXPECT_EQ(window->document()->project().metadata.title.text(), QStringLiteral("Changed again"));
    EXPECT_TRUE(window->document()->isModified());
}

TEST_F(WorkbenchFixture, CsvImportIsOneUndoStepAndExportRoundTrips)
{
    ASSERT_TRUE(window->openFile(projectPath));
    Document *document = window->document();
    const QString exported = directory.filePath(QStringLiteral("scores.csv"));
    ASSERT_TRUE(window->exportScoresCsv(exported));
    EXPECT_TRUE(readAll(exported).contains("exchange.logs"));

    // Someone edits the spreadsheet: healthcare logs drop from 4 to 1.
    Project edited = document->project();
    edited.sectors[1].scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")].level = 1;
    const QString incoming = directory.filePath(QStringLiteral("incoming.csv"));
    ASSERT_TRUE(writeAll(incoming, CsvScores::exportScores(edited)));

    answers = {QMessageBox::Yes}; // take the imported value for the conflicting cell
    EXPECT_EQ(window->importScoresCsv(incoming), 1);
    EXPECT_EQ(questions, QStringList{QStringLiteral("Import conflicts")});
    EXPECT_EQ(document->score(kLogs)->level, 1);
    EXPECT_EQ(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(document->score(kLogs)->level, 4);
    EXPECT_FALSE(document->isModified());

    // Keeping the project's values changes nothing and leaves no entry.
    answers = {QMessageBox::No};
    EXPECT_EQ(window->importScoresCsv(incoming), 0);
    EXPECT_EQ(document->undoStack()->count(), 1) << "the undone import is still redoable, nothing new pushed";
    EXPECT_FALSE(document->isModified());

    // A broken row shows up in the diagnostics panel.
    ASSERT_TRUE(writeAll(incoming, "sector,framework,criterion,level\r\nnowhere,mini-interop,exchange.logs,2\r\n"));
    window->importScoresCsv(incoming);
    EXPECT_GE(window->diagnosticsView()->errorCount(), 1);
    EXPECT_TRUE(window->diagnosticsView()->isVisible());
}

TEST_F(WorkbenchFixture, ClosingAsksWithTheOneSavePromptOnScreen)
{
    ASSERT_TRUE(window->openFile(projectPath));
    edit::setLevel(*window->document(), kLogs, 1);
    window->setQuestionHandler({}); // the real message box

    auto cancel = answerNextMessageBox(QMessageBox::Cancel);
    EXPECT_FALSE(window->close());
    ASSERT_TRUE(cancel->seen);
    EXPECT_EQ(cancel->title, QStringLiteral("Unsaved changes"));
    EXPECT_EQ(cancel->buttons, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    EXPECT_TRUE(window->isVisible());

    auto save = answerNextMessageBox(QMessageBox::Save);
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(save->seen);
    EXPECT_EQ(readProjectFile(projectPath).project->findSector(kLogs.sectorId)->score(kLogs.frameworkId, kLogs.criterionId)->level, 1);
}
