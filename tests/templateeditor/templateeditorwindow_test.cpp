#include "document.h"
#include "messageboxanswer.h"
#include "projectreader.h"
#include "reportexportdialog.h"
#include "reportexporter.h"
#include "reportrenderer.h"
#include "reporttemplate.h"
#include "reporttemplatelocator.h"
#include "templateeditor/templatecodeeditor.h"
#include "templateeditor/templateeditorwindow.h"
#include "templateeditor/templatepreview.h"
#include "templateeditor/templatevariablespanel.h"
#include "testpaths.h"
#include "previewexitchild.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPdfWriter>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dpi;

namespace {

const QString kSample = QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Puts the cursor at the start of line `line` (1-based) of the editor.
void moveToLine(TemplateCodeEditor *editor, int line)
{
    QTextCursor cursor(editor->document()->findBlockByNumber(line - 1));
    editor->setTextCursor(cursor);
}

class TemplateEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The user's template folder is redirected to ~/.qttest/share/…; start it empty.
        QStandardPaths::setTestModeEnabled(true);
        userFolder = userReportTemplateFolder();
        ASSERT_TRUE(userFolder.contains(QLatin1String(".qttest"))) << userFolder.toStdString();
        QDir(userFolder).removeRecursively();
        Diagnostics diagnostics;
        ASSERT_TRUE(document.load(dpitest::sourcePath(kSample), &diagnostics));
    }

    void TearDown() override { QDir(userFolder).removeRecursively(); }

    // A window on the default template with the whole report in the preview.
    std::unique_ptr<TemplateEditorWindow> openWindow()
    {
        auto window = std::make_unique<TemplateEditorWindow>(&document);
        window->setUnsavedChangesPrompt([] { return int(QMessageBox::Discard); });
        window->setPreviewScope(TemplateEditorWindow::PreviewScope::WholeReport);
        EXPECT_TRUE(window->waitForPreview());
        return window;
    }

    QString userFolder;
    Document document;
};

} // namespace

TEST_F(TemplateEditorTest, OpensTheBundledDefaultTemplateReadOnlyWithAPreview)
{
    auto window = openWindow();
    EXPECT_EQ(QFileInfo(window->templateFolder()).fileName(), QStringLiteral("default"));
    EXPECT_TRUE(window->isReadOnly());
    EXPECT_FALSE(window->isModified());
    EXPECT_EQ(window->files().value(0), QStringLiteral("report.html"));
    EXPECT_TRUE(window->files().contains(QStringLiteral("style.css")));
    EXPECT_TRUE(window->files().contains(QStringLiteral("cover.html")));
    EXPECT_TRUE(window->files().contains(QStringLiteral("manifest.yaml")));
    EXPECT_EQ(window->currentFile(), QStringLiteral("report.html"));
    EXPECT_EQ(window->editor(QStringLiteral("style.css"))->toPlainText(),
              readText(dpitest::sourcePath(QStringLiteral("templates/reports/default/style.css"))));
    EXPECT_TRUE(window->diagnostics().isEmpty()) << window->diagnostics().items().front().toString().toStdString();
    EXPECT_GT(window->preview()->pageCount(), 5);
    EXPECT_TRUE(window->preview()->plainText().contains(document.project().metadata.title.text(QStringLiteral("en"))));
    EXPECT_EQ(window->problemsList()->topLevelItemCount(), 0);

    // Pages laid out on the worker thread paint on this one (its font engines
    // must still be alive): the cover has dark text on white.
    const QImage cover = window->preview()->pageImage(0, 400);
    ASSERT_FALSE(cover.isNull());
    int dark = 0;
    for (int y = 0; y < cover.height(); ++y) {
        for (int x = 0; x < cover.width(); ++x)
            dark += qGray(cover.pixel(x, y)) < 128;
    }
    EXPECT_GT(dark, 500);

    // Laid out as the PDF is, so it has the PDF's pages.
    const QTemporaryDir out;
    const ReportExportResult pdf = exportReportPdf(document.project(), out.filePath(QStringLiteral("report.pdf")));
    ASSERT_TRUE(pdf.ok) << pdf.diagnostics.toString().toStdString();
    EXPECT_EQ(window->preview()->pageCount(), pdf.pageCount);
}

TEST_F(TemplateEditorTest, VariablesComeFromTheProjectsRenderContext)
{
    auto window = openWindow();
    TemplateVariablesPanel *panel = window->variablesPanel();
    QTreeWidgetItem *title = panel->findItem(QStringLiteral("project.title"));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->text(1), document.project().metadata.title.text(QStringLiteral("en")));
    EXPECT_EQ(title->data(0, TemplateVariablesPanel::SnippetBeforeRole).toString(), QStringLiteral("{{project.title}}"));

    // A list is a section with its items' keys inside, named relative to the item.
    QTreeWidgetItem *sectors = panel->findItem(QStringLiteral("sectors"));
    ASSERT_NE(sectors, nullptr);
    EXPECT_EQ(sectors->data(0, TemplateVariablesPanel::SnippetBeforeRole).toString(), QStringLiteral("{{#sectors}}\n"));
    EXPECT_EQ(sectors->data(0, TemplateVariablesPanel::SnippetAfterRole).toString(), QStringLiteral("\n{{/sectors}}"));
    QTreeWidgetItem *sectorTitle = panel->findItem(QStringLiteral("sectors.title"));
    ASSERT_NE(sectorTitle, nullptr);
    EXPECT_EQ(sectorTitle->parent(), sectors);
    EXPECT_EQ(sectorTitle->data(0, TemplateVariablesPanel::SnippetBeforeRole).toString(), QStringLiteral("{{title}}"));
    // Deep keys of list items, and the contents entries of the final pass.
    EXPECT_NE(panel->findItem(QStringLiteral("sectors.frameworks.dimensions.criteria.evidence.url")), nullptr);
    EXPECT_NE(panel->findItem(QStringLiteral("toc.page_ref")), nullptr);
    EXPECT_NE(panel->findItem(QStringLiteral("labels.footer")), nullptr);
    // Partials are offered too.
    EXPECT_NE(panel->findItem(QStringLiteral("{{>}}/cover.html")), nullptr);
}

TEST_F(TemplateEditorTest, InsertedVariableShowsTheProjectsValueInThePreview)
{
    auto window = openWindow();
    TemplateCodeEditor *editor = window->editor(QStringLiteral("report.html"));
    ASSERT_NE(editor, nullptr);
    const int bodyLine = int(editor->toPlainText().split(QLatin1Char('\n')).indexOf(QStringLiteral("<body>"))) + 1;
    ASSERT_GT(bodyLine, 0);
    moveToLine(editor, bodyLine + 1);
    editor->insertPlainText(QStringLiteral("<p>EDITMARK "));
    TemplateVariablesPanel *panel = window->variablesPanel();
    ASSERT_TRUE(panel->insertItem(panel->findItem(QStringLiteral("project.title"))));
    editor->insertPlainText(QStringLiteral("</p>\n<p>"));
    ASSERT_TRUE(panel->insertItem(panel->findItem(QStringLiteral("sectors"))));
    ASSERT_TRUE(panel->insertItem(panel->findItem(QStringLiteral("sectors.title"))));
    editor->insertPlainText(QStringLiteral("=SECTOR; "));
    EXPECT_TRUE(editor->toPlainText().contains(
        QStringLiteral("<p>EDITMARK {{project.title}}</p>\n<p>{{#sectors}}\n{{title}}=SECTOR; \n{{/sectors}}")));
    EXPECT_TRUE(window->isModified());

    window->renderNow();
    ASSERT_TRUE(window->waitForPreview());
    EXPECT_FALSE(window->diagnostics().hasErrors());
    const QString text = window->preview()->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("EDITMARK ") + document.project().metadata.title.text(QStringLiteral("en"))));
    ASSERT_GT(document.project().sectors.size(), 1u);
    for (const Sector &sector : document.project().sectors)
        EXPECT_TRUE(text.contains(sector.title.text(QStringLiteral("en")) + QStringLiteral("=SECTOR;")))
            << sector.id.toStdString();
    // The bundled files themselves are untouched.
    EXPECT_FALSE(readText(dpitest::sourcePath(QStringLiteral("templates/reports/default/report.html"))).contains(QStringLiteral("EDITMARK")));
}

TEST_F(TemplateEditorTest, FirstSectorScopePreviewsOneSector)
{
    auto window = openWindow();
    window->setPreviewScope(TemplateEditorWindow::PreviewScope::FirstSector);
    ASSERT_TRUE(window->waitForPreview());
    const auto &sectors = document.project().sectors;
    ASSERT_GT(sectors.size(), 1u);
    EXPECT_EQ(window->variablesPanel()->findItem(QStringLiteral("sectors"))->text(1), QStringLiteral("list, 1 item(s)"));
    window->setPreviewScope(TemplateEditorWindow::PreviewScope::WholeReport);
    ASSERT_TRUE(window->waitForPreview());
    EXPECT_EQ(window->variablesPanel()->findItem(QStringLiteral("sectors"))->text(1),
              QStringLiteral("list, %1 item(s)").arg(sectors.size()));
}

TEST_F(TemplateEditorTest, UnclosedSectionIsUnderlinedAtItsLineAndColumnUntilFixed)
{
    auto window = openWindow();
    TemplateCodeEditor *editor = window->editor(QStringLiteral("report.html"));
    moveToLine(editor, 10);
    editor->insertPlainText(QStringLiteral("  {{#sectors}}open\n"));
    window->renderNow();
    ASSERT_TRUE(window->waitForPreview());

    ASSERT_TRUE(window->diagnostics().hasErrors());
    const Diagnostic &problem = window->diagnostics().items().front();
    EXPECT_EQ(problem.file, QDir(window->templateFolder()).filePath(QStringLiteral("report.html")));
    EXPECT_EQ(problem.line, 10);
    EXPECT_EQ(problem.column, 3);
    EXPECT_TRUE(problem.message.contains(QLatin1String("Unclosed section"))) << problem.message.toStdString();

    ASSERT_EQ(editor->marks().size(), 1);
    EXPECT_EQ(editor->marks().front().line, 10);
    EXPECT_EQ(editor->marks().front().column, 3);
    // The wavy underline covers the tag itself.
    const int tagStart = editor->document()->findBlockByNumber(9).position() + 2;
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &selection : editor->extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline && selection.cursor.selectionStart() == tagStart
            && selection.cursor.selectedText() == QStringLiteral("{{#sectors}}"))
            underlined = true;
    }
    EXPECT_TRUE(underlined);

    QTreeWidget *problems = window->problemsList();
    ASSERT_EQ(problems->topLevelItemCount(), 1);
    EXPECT_EQ(problems->topLevelItem(0)->text(0), QStringLiteral("report.html:10:3"));
    // Activating the entry (double-click) jumps there, from another file too.
    window->showFile(QStringLiteral("style.css"));
    Q_EMIT problems->itemActivated(problems->topLevelItem(0), 0);
    EXPECT_EQ(window->currentFile(), QStringLiteral("report.html"));
    EXPECT_EQ(editor->textCursor().blockNumber(), 9);
    EXPECT_EQ(editor->textCursor().positionInBlock(), 2);

    editor->undo();
    window->renderNow();
    ASSERT_TRUE(window->waitForPreview());
    EXPECT_FALSE(window->diagnostics().hasErrors());
    EXPECT_TRUE(editor->marks().isEmpty());
    EXPECT_EQ(problems->topLevelItemCount(), 0);
    EXPECT_FALSE(window->isModified());
}

TEST_F(TemplateEditorTest, ErrorInAPartialIsShownInThatFile)
{
    auto window = openWindow();
    TemplateCodeEditor *cover = window->editor(QStringLiteral("cover.html"));
    ASSERT_NE(cover, nullptr);
    moveToLine(cover, 2);
    cover->insertPlainText(QStringLiteral("<p>{{> missing.html}}</p>\n"));
    window->renderNow();
    ASSERT_TRUE(window->waitForPreview());
    ASSERT_TRUE(window->diagnostics().hasErrors());
    const Diagnostic &problem = window->diagnostics().items().front();
    EXPECT_EQ(QFileInfo(problem.file).fileName(), QStringLiteral("cover.html"));
    EXPECT_EQ(problem.line, 2);
    EXPECT_EQ(problem.column, 4);
    EXPECT_TRUE(problem.message.contains(QLatin1String("missing.html")));
    EXPECT_EQ(cover->marks().size(), 1);
    EXPECT_TRUE(window->editor(QStringLiteral("report.html"))->marks().isEmpty());
}

TEST_F(TemplateEditorTest, SaveAsNewTemplateCopiesTheFolderAndTheReportUsesIt)
{
    auto window = openWindow();
    const QString bundled = window->templateFolder();
    TemplateCodeEditor *cover = window->editor(QStringLiteral("cover.html"));
    moveToLine(cover, 1);
    cover->insertPlainText(QStringLiteral("<p>PARTNER-EDIT for {{project.country}}</p>\n"));

    QString error;
    EXPECT_FALSE(window->save(&error)); // bundled: read-only
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(window->saveAsNewTemplate(QStringLiteral("default"), &error));
    EXPECT_FALSE(window->saveAsNewTemplate(QStringLiteral("../escape"), &error));
    ASSERT_TRUE(window->saveAsNewTemplate(QStringLiteral("partner-test"), &error)) << error.toStdString();
    ASSERT_TRUE(window->waitForPreview());

    const QString copy = QDir(userFolder).filePath(QStringLiteral("partner-test"));
    EXPECT_EQ(window->templateFolder(), copy);
    EXPECT_FALSE(window->isReadOnly());
    EXPECT_FALSE(window->isModified());
    // Every file of the bundled folder is there; only the edited one and the manifest's name differ.
    const QStringList bundledFiles = QDir(bundled).entryList(QDir::Files, QDir::Name);
    ASSERT_GE(bundledFiles.size(), 3) << "the bundled template was not found at " << bundled.toStdString();
    EXPECT_EQ(QDir(copy).entryList(QDir::Files, QDir::Name), bundledFiles);
    for (const QString &file : bundledFiles) {
        if (file == QLatin1String("cover.html") || file == QLatin1String("manifest.yaml"))
            continue;
        EXPECT_EQ(readText(QDir(copy).filePath(file)), readText(QDir(bundled).filePath(file))) << file.toStdString();
    }
    EXPECT_TRUE(readText(QDir(copy).filePath(QStringLiteral("cover.html"))).startsWith(QLatin1String("<p>PARTNER-EDIT for {{project.country}}</p>\n")));
    EXPECT_TRUE(readText(QDir(copy).filePath(QStringLiteral("manifest.yaml"))).contains(QLatin1String("\nname: partner-test\n")));
    EXPECT_FALSE(readText(QDir(bundled).filePath(QStringLiteral("cover.html"))).contains(QLatin1String("PARTNER-EDIT")));

    // The locator and the export dialog see it.
    EXPECT_TRUE(availableReportTemplates().contains(QStringLiteral("partner-test")));
    EXPECT_EQ(findReportTemplate(QStringLiteral("partner-test")), copy);
    ReportExportDialog dialog(document.project(), scoreProject(document.project()));
    auto *choice = dialog.findChild<QComboBox *>();
    ASSERT_NE(choice, nullptr);
    EXPECT_GE(choice->findData(QStringLiteral("partner-test")), 0);

    // A report rendered with it contains the edit.
    Diagnostics diagnostics;
    const auto reportTemplate = ReportTemplate::load(findReportTemplate(QStringLiteral("partner-test")), diagnostics);
    ASSERT_TRUE(reportTemplate.has_value()) << diagnostics.items().front().toString().toStdString();
    EXPECT_EQ(reportTemplate->manifest().name, QStringLiteral("partner-test"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    ReportRenderer renderer(document.project(), *reportTemplate, QStringLiteral("en"), QStringLiteral("2024-06-01"));
    ASSERT_TRUE(renderer.layout(&writer, diagnostics));
    EXPECT_TRUE(renderer.document()->toPlainText().contains(QStringLiteral("PARTNER-EDIT for ") + document.project().metadata.country));
}

TEST_F(TemplateEditorTest, DpiwReportFindsTheUserTemplateByName)
{
    const QString dpiw = QStringLiteral(DPIW_DPIW_EXE);
    if (!QFileInfo(dpiw).isExecutable())
        GTEST_SKIP() << "dpiw is not built";
    auto window = openWindow();
    TemplateCodeEditor *cover = window->editor(QStringLiteral("cover.html"));
    moveToLine(cover, 1);
    cover->insertPlainText(QStringLiteral("<p>CLIMARK</p>\n"));
    QString error;
    ASSERT_TRUE(window->saveAsNewTemplate(QStringLiteral("cli-test"), &error)) << error.toStdString();
    // Let the copy's preview finish first: dpiw blocks this thread's event
    // loop, and a layout still in flight when the test ends is never freed.
    ASSERT_TRUE(window->waitForPreview());

    // dpiw is not in test mode: point its generic data folder at the test one.
    QTemporaryDir out;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    process.start(dpiw, {QStringLiteral("report"), dpitest::sourcePath(kSample), QStringLiteral("-o"), pdf,
                         QStringLiteral("--template"), QStringLiteral("cli-test")});
    ASSERT_TRUE(process.waitForFinished(120000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        GTEST_SKIP() << "pdftotext is not available";
    EXPECT_TRUE(text.readAllStandardOutput().contains("CLIMARK"));
}

TEST_F(TemplateEditorTest, UserTemplatesSaveInPlaceAndUndoWorks)
{
    auto window = openWindow();
    QString error;
    ASSERT_TRUE(window->saveAsNewTemplate(QStringLiteral("in-place"), &error)) << error.toStdString();
    TemplateCodeEditor *css = window->editor(QStringLiteral("style.css"));
    ASSERT_NE(css, nullptr);
    window->showFile(QStringLiteral("style.css"));
    moveToLine(css, 1);
    css->insertPlainText(QStringLiteral("/* partner colours */\n"));
    EXPECT_TRUE(window->isModified());
    ASSERT_TRUE(window->save(&error)) << error.toStdString();
    EXPECT_FALSE(window->isModified());
    const QString path = QDir(window->templateFolder()).filePath(QStringLiteral("style.css"));
    EXPECT_TRUE(readText(path).startsWith(QLatin1String("/* partner colours */\n")));

    css->undo();
    EXPECT_TRUE(window->isModified());
    EXPECT_FALSE(css->toPlainText().contains(QLatin1String("partner colours")));
    css->redo();
    EXPECT_FALSE(window->isModified());
}

TEST_F(TemplateEditorTest, UnsavedChangesAreAskedAboutOnClose)
{
    auto window = openWindow();
    window->show();
    window->editor(QStringLiteral("report.html"))->insertPlainText(QStringLiteral("x"));
    int asked = 0;
    window->setUnsavedChangesPrompt([&asked] {
        ++asked;
        return int(QMessageBox::Cancel);
    });
    EXPECT_FALSE(window->close());
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(window->isVisible());
    window->setUnsavedChangesPrompt([&asked] {
        ++asked;
        return int(QMessageBox::Discard);
    });
    EXPECT_TRUE(window->close());
    EXPECT_EQ(asked, 2);
}

TEST_F(TemplateEditorTest, WithoutAnOpenProjectThePreviewUsesTheSample)
{
    Document empty;
    auto window = std::make_unique<TemplateEditorWindow>(&empty);
    window->setPreviewScope(TemplateEditorWindow::PreviewScope::WholeReport);
    ASSERT_TRUE(window->waitForPreview());
    EXPECT_GT(window->preview()->pageCount(), 0);
    EXPECT_TRUE(window->preview()->plainText().contains(document.project().metadata.title.text(QStringLiteral("en"))));
}

TEST_F(TemplateEditorTest, LayoutRunsInTheBackgroundAndOnlyTheNewestTextCounts)
{
    auto window = openWindow();
    TemplateCodeEditor *editor = window->editor(QStringLiteral("report.html"));
    const int bodyLine = int(editor->toPlainText().split(QLatin1Char('\n')).indexOf(QStringLiteral("<body>"))) + 1;
    moveToLine(editor, bodyLine + 1);
    editor->insertPlainText(QStringLiteral("<p>FIRST</p>\n"));
    window->renderNow();
    // The check is synchronous, the layout is not: the call returns while it runs.
    EXPECT_TRUE(window->preview()->isBusy());
    editor->insertPlainText(QStringLiteral("<p>SECOND</p>\n"));
    window->renderNow();
    ASSERT_TRUE(window->waitForPreview());
    EXPECT_TRUE(window->preview()->plainText().contains(QStringLiteral("SECOND")));
    EXPECT_FALSE(window->diagnostics().hasErrors());
    // Typing stops for the pause, then the preview follows by itself.
    editor->insertPlainText(QStringLiteral("<p>THIRD</p>\n"));
    QElapsedTimer timer;
    timer.start();
    while (!window->preview()->plainText().contains(QStringLiteral("THIRD")) && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_TRUE(window->preview()->plainText().contains(QStringLiteral("THIRD")));
}

TEST_F(TemplateEditorTest, MisspelledVariableIsAWarningAtItsPosition)
{
    auto window = openWindow();
    TemplateCodeEditor *cover = window->editor(QStringLiteral("cover.html"));
    moveToLine(cover, 3);
    cover->insertPlainText(QStringLiteral("<p>{{project.titel}}</p>\n"));
    window->renderNow();
    ASSERT_TRUE(window->waitForPreview());
    EXPECT_FALSE(window->diagnostics().hasErrors());
    ASSERT_EQ(window->diagnostics().warningCount(), 1);
    const Diagnostic &warning = window->diagnostics().items().front();
    EXPECT_EQ(warning.file, QDir(window->templateFolder()).filePath(QStringLiteral("cover.html")));
    EXPECT_EQ(warning.line, 3);
    EXPECT_EQ(warning.column, 4);
    ASSERT_EQ(cover->marks().size(), 1);
    EXPECT_FALSE(cover->marks().front().error);
    // A warning does not stop the preview.
    EXPECT_GT(window->preview()->pageCount(), 0);
}

TEST_F(TemplateEditorTest, PreviewKeepsItsScrollPositionAcrossRenders)
{
    auto window = openWindow();
    window->resize(1500, 900);
    window->show();
    QCoreApplication::processEvents();
    QScrollBar *scroll = window->preview()->verticalScrollBar();
    ASSERT_GT(scroll->maximum(), 5000);
    scroll->setValue(5000);
    TemplateCodeEditor *css = window->editor(QStringLiteral("style.css"));
    css->insertPlainText(QStringLiteral("/* x */\n"));
    window->renderNow();
    ASSERT_TRUE(window->waitForPreview());
    EXPECT_EQ(scroll->value(), 5000);
}

int runPreviewExitChild(int argc, char **argv)
{
    Diagnostics diagnostics;
    const auto reportTemplate =
        ReportTemplate::load(dpitest::sourcePath(QStringLiteral("templates/reports/default")), diagnostics);
    const ProjectReadResult read = readProjectFile(dpitest::sourcePath(kSample));
    if (!reportTemplate || !read.ok())
        return 3;
    {
        QApplication app(argc, argv);
        auto preview = std::make_unique<TemplatePreview>();
        preview->requestRender(*read.project, *reportTemplate, QStringLiteral("en"), QStringLiteral("2026-11-28"));
        if (!preview->isBusy())
            return 4;
        QThread::msleep(50); // well into the layout
    }
    // Any layout still running now does so without an application.
    QThread::msleep(1500);
    return 0;
}

// Closing the editor while a layout runs must not leave the layout going on
// (with fonts) after the window, and perhaps the application, is gone.
TEST(TemplatePreviewExit, ProcessEndsCleanly)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kPreviewExitChild), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    ASSERT_TRUE(child.waitForFinished(300000));
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << errors.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << errors.toStdString();
    // What a layout outliving the application prints before it crashes.
    EXPECT_FALSE(errors.contains(QLatin1String("no QGuiApplication instance"))) << errors.toStdString();
}

TEST_F(TemplateEditorTest, ClosingAsksWithTheOneSavePromptOnScreen)
{
    auto window = openWindow();
    window->show();
    window->editor(QStringLiteral("report.html"))->insertPlainText(QStringLiteral("x"));
    window->setUnsavedChangesPrompt({}); // the real message box

    auto cancel = answerNextMessageBox(QMessageBox::Cancel);
    EXPECT_FALSE(window->close());
    ASSERT_TRUE(cancel->seen);
    EXPECT_EQ(cancel->buttons, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(window->isModified());

    auto discard = answerNextMessageBox(QMessageBox::Discard);
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(discard->seen);
    EXPECT_FALSE(window->isModified());
}
