#include "document.h"
#include "mapedits.h"
#include "maptab.h"
#include "projectresults.h"
#include "reportexportdialog.h"
#include "wardleymapeditor.h"
#include "wardleyview.h"
#include "workbenchfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

using namespace workbenchtest;

namespace {

const dpi::WardleyMap *projectMap(const dpi::Document *document, const QString &id)
{
    for (const dpi::WardleyMap &map : document->project().maps) {
        if (map.id == id)
            return &map;
    }
    return nullptr;
}

} // namespace

using MapTabTest = WorkbenchFixture;

TEST_F(MapTabTest, NewMapEditedThroughTheTextPaneIsStoredAndUndone)
{
    ASSERT_TRUE(window->openFile(projectPath));
    dpi::Document *document = window->document();
    ASSERT_TRUE(document->project().maps.empty());
    window->showMapTab();
    EXPECT_EQ(window->centralTabs()->currentWidget(), window->mapTab());
    EXPECT_FALSE(document->isModified());

    const QString id = window->mapTab()->addNewMap();
    ASSERT_FALSE(id.isEmpty());
    ASSERT_NE(projectMap(document, id), nullptr);
    EXPECT_TRUE(document->isModified());

    dpi::WardleyMapEditor *editor = window->mapTab()->editor();
    editor->textEdit()->setPlainText(QStringLiteral("title Payments\ncomponent Wallet [0.6, 0.4]\n"));
    // The pane re-reads after a pause; wait for that instead of forcing it.
    ASSERT_TRUE(waitFor([&] {
        const dpi::WardleyMap *map = projectMap(document, id);
        return map && !map->components.empty();
    }));
    const dpi::WardleyMap *edited = projectMap(document, id);
    ASSERT_EQ(edited->components.size(), 1u);
    EXPECT_EQ(edited->components.front().name, QStringLiteral("Wallet"));
    EXPECT_EQ(edited->id, id);
    EXPECT_TRUE(window->isWindowModified());

    document->undoStack()->undo();
    ASSERT_NE(projectMap(document, id), nullptr);
    EXPECT_TRUE(projectMap(document, id)->components.empty());
    document->undoStack()->undo();
    EXPECT_EQ(projectMap(document, id), nullptr);
    EXPECT_TRUE(document->project().maps.empty());
    EXPECT_FALSE(document->isModified());
}

TEST_F(MapTabTest, SampleMapEditUndoneWithCtrlZ)
{
    const QString sample = directory.filePath(QStringLiteral("kg.dpi.yaml"));
    ASSERT_TRUE(QFile::copy(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")), sample));
    QFile::setPermissions(sample, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(window->openFile(sample));
    dpi::Document *document = window->document();
    const QString id = QStringLiteral("tunduk-value-chain");
    const dpi::WardleyMap *original = projectMap(document, id);
    ASSERT_NE(original, nullptr);
    const dpi::WardleyMap before = *original;
    const std::vector<dpi::Sector> sectorsBefore = document->project().sectors;
    ASSERT_FALSE(before.components.empty());

    Q_EMIT window->mapRequested(id);
    EXPECT_EQ(window->centralTabs()->currentWidget(), window->mapTab());
    dpi::WardleyMapEditor *editor = window->mapTab()->editor();
    EXPECT_EQ(editor->map().id, id);

    const QString componentId = before.components.front().id;
    ASSERT_TRUE(dpi::mapedit::renameComponent(*document, editor->mapId(), componentId, QStringLiteral("Renamed in test")));
    EXPECT_EQ(projectMap(document, id)->findComponent(componentId)->name, QStringLiteral("Renamed in test"));
    EXPECT_TRUE(document->isModified());
    // Scores are untouched by a map edit.
    EXPECT_TRUE(document->project().sectors == sectorsBefore);

    // Edit > Undo, the action bound to Ctrl+Z.
    QAction *undo = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    ASSERT_NE(undo, nullptr);
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_TRUE(*projectMap(document, id) == before);
    EXPECT_EQ(editor->map().findComponent(componentId)->name, before.findComponent(componentId)->name);
    EXPECT_FALSE(document->isModified());
}

TEST_F(MapTabTest, ReportDialogPreviewsAndExportsPdf)
{
    ASSERT_TRUE(window->openFile(projectPath));
    dpi::ReportExportDialog dialog(window->document()->project(),
                                  dpi::ProjectResults::of(window->document())->result(), window.get());
    dialog.setDate(QStringLiteral("2024-12-31"));
    dialog.setLanguage(QStringLiteral("ru"));
    dialog.setPageSize(QStringLiteral("Letter"));
    EXPECT_EQ(dialog.options().language, QStringLiteral("ru"));
    EXPECT_EQ(dialog.options().pageSize, QStringLiteral("Letter"));
    EXPECT_EQ(dialog.options().date, QStringLiteral("2024-12-31"));

    const int pages = dialog.updatePreview();
    ASSERT_GT(pages, 0);
    ASSERT_EQ(dialog.previewPages().size(), pages);
    // A Letter page is wider relative to its height than A4.
    const QImage first = dialog.previewPages().front();
    EXPECT_NEAR(double(first.height()) / first.width(), 11.0 / 8.5, 0.02);
    // Something was painted on the cover (not a blank white page).
    int dark = 0;
    for (int y = 0; y < first.height(); y += 2)
        for (int x = 0; x < first.width(); x += 2)
            dark += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
    EXPECT_GT(dark, 20);

    const QString out = directory.filePath(QStringLiteral("report.pdf"));
    const dpi::ReportExportResult result = dialog.exportTo(out);
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.pageCount, pages);
    EXPECT_TRUE(readAll(out).startsWith("%PDF"));
    // The chosen date, not today's, is on the cover.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), out, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(QStringLiteral("31 декабря 2024")));
}

// The preview is laid out as the PDF is, so it has the PDF's pages (and the
// contents its page numbers), on a report long enough for small differences in
// line breaking to add up.
TEST_F(MapTabTest, ReportDialogPreviewHasTheExportedPdfsPages)
{
    const QString sample = directory.filePath(QStringLiteral("kg.dpi.yaml"));
    ASSERT_TRUE(QFile::copy(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")), sample));
    QFile::setPermissions(sample, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(window->openFile(sample));
    dpi::ReportExportDialog dialog(window->document()->project(),
                                  dpi::ProjectResults::of(window->document())->result(), window.get());
    dialog.setDate(QStringLiteral("2026-11-28"));
    const int previewPages = dialog.updatePreview();
    const dpi::ReportExportResult result = dialog.exportTo(directory.filePath(QStringLiteral("sample.pdf")));
    ASSERT_TRUE(result.ok) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(previewPages, result.pageCount);
}

TEST_F(MapTabTest, ReportDialogStartsOnTodaysDate)
{
    ASSERT_TRUE(window->openFile(projectPath));
    dpi::ReportExportDialog dialog(window->document()->project(),
                                  dpi::ProjectResults::of(window->document())->result(), window.get());
    EXPECT_EQ(dialog.options().date, QDate::currentDate().toString(Qt::ISODate));
    dialog.setDate(QStringLiteral("not a date"));
    EXPECT_EQ(dialog.options().date, QDate::currentDate().toString(Qt::ISODate));
}

// The platform's Print key (Ctrl+P) opens the export dialog, which comes
// back at the size the user last left it.
TEST_F(MapTabTest, PrintShortcutOpensTheReportDialogAtItsRememberedSize)
{
    ASSERT_TRUE(window->openFile(projectPath));
    QList<QSize> shownSizes;
    QAction *printAction = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Print))
            printAction = action;
    }
    ASSERT_NE(printAction, nullptr);
    const auto pressPrintAndCloseTheDialog = [&](const QSize &leaveAt) {
        QTimer::singleShot(0, window.get(), [&shownSizes, leaveAt] {
            auto *dialog = qobject_cast<dpi::ReportExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shownSizes << dialog->size();
            dialog->resize(leaveAt);
            dialog->reject();
        });
        printAction->trigger();
    };
    pressPrintAndCloseTheDialog(QSize(760, 720));
    ASSERT_EQ(shownSizes.size(), 1);
    EXPECT_GE(shownSizes.front().width(), 900); // room for four thumbnails a row
    pressPrintAndCloseTheDialog(QSize(900, 700));
    ASSERT_EQ(shownSizes.size(), 2);
    EXPECT_EQ(shownSizes.back(), QSize(760, 720));
}

TEST_F(MapTabTest, ChooserAppearsWithASecondMapAndSwitchesMaps)
{
    const QString sample = directory.filePath(QStringLiteral("kg.dpi.yaml"));
    ASSERT_TRUE(QFile::copy(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")), sample));
    QFile::setPermissions(sample, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(window->openFile(sample));
    window->showMapTab();
    dpi::MapTab *tab = window->mapTab();
    EXPECT_EQ(tab->currentMapId(), QStringLiteral("tunduk-value-chain"));
    EXPECT_FALSE(tab->mapChooser()->isVisible());

    const QString added = tab->addNewMap();
    EXPECT_EQ(window->document()->project().maps.size(), 2u);
    EXPECT_TRUE(tab->mapChooser()->isVisible());
    EXPECT_EQ(tab->mapChooser()->count(), 2);
    EXPECT_EQ(tab->editor()->map().id, added);

    const int tunduk = tab->mapChooser()->findData(QStringLiteral("tunduk-value-chain"));
    ASSERT_GE(tunduk, 0);
    tab->mapChooser()->setCurrentIndex(tunduk);
    Q_EMIT tab->mapChooser()->activated(tunduk);
    EXPECT_EQ(tab->editor()->map().id, QStringLiteral("tunduk-value-chain"));
    EXPECT_FALSE(tab->editor()->map().components.empty());
    // Switching maps is not an edit.
    EXPECT_EQ(window->document()->undoStack()->count(), 1);
}

TEST_F(MapTabTest, RenameAndDeleteMapsAreUndoable)
{
    const QString sample = directory.filePath(QStringLiteral("kg.dpi.yaml"));
    ASSERT_TRUE(QFile::copy(dpitest::sourcePath(QStringLiteral("assessments/kyrgyzstan-dpi-2024.dpi.yaml")), sample));
    QFile::setPermissions(sample, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(window->openFile(sample));
    window->showMapTab();
    dpi::MapTab *tab = window->mapTab();
    dpi::Document *document = window->document();
    QUndoStack *undo = document->undoStack();
    const dpi::Project original = document->project();
    tab->addNewMap();
    ASSERT_EQ(document->project().maps.size(), 2u);

    // Rename the Tunduk map, the first one: the chooser shows the new title.
    const int tunduk = tab->mapChooser()->findData(QStringLiteral("tunduk-value-chain"));
    tab->mapChooser()->setCurrentIndex(tunduk);
    Q_EMIT tab->mapChooser()->activated(tunduk);
    ASSERT_TRUE(tab->renameCurrentMap(QStringLiteral("Tunduk, 2024")));
    EXPECT_FALSE(tab->renameCurrentMap(QStringLiteral("  Tunduk, 2024 ")));
    EXPECT_EQ(document->project().maps.front().title.text(), QStringLiteral("Tunduk, 2024"));
    EXPECT_EQ(tab->mapChooser()->itemText(tab->mapChooser()->findData(QStringLiteral("tunduk-value-chain"))),
              QStringLiteral("Tunduk, 2024"));
    EXPECT_EQ(tab->editor()->map().title.text(), QStringLiteral("Tunduk, 2024"));

    // Delete it: the other map is shown; undo puts it back first, as it was.
    ASSERT_TRUE(tab->deleteCurrentMap());
    ASSERT_EQ(document->project().maps.size(), 1u);
    EXPECT_NE(tab->currentMapId(), QStringLiteral("tunduk-value-chain"));
    EXPECT_EQ(tab->editor()->map().id, tab->currentMapId());
    undo->undo();
    ASSERT_EQ(document->project().maps.size(), 2u);
    EXPECT_EQ(document->project().maps.front().id, QStringLiteral("tunduk-value-chain"));
    undo->undo(); // the rename
    undo->undo(); // the new map
    EXPECT_TRUE(document->project() == original);
    EXPECT_FALSE(document->isModified());
}

TEST(MapTabLifetime, MapEditsUndoAndRedoAfterTheMapTabIsClosed)
{
    dpi::Document document;
    dpi::Project project;
    dpi::WardleyMap map;
    map.id = QStringLiteral("payments");
    project.maps.push_back(map);
    document.reset(project);
    {
        dpi::MapTab tab(&document);
        tab.show();
        tab.editor()->textEdit()->setPlainText(QStringLiteral("title Payments\ncomponent Wallet [0.6, 0.4]\n"));
        tab.editor()->reparseTextNow();
        ASSERT_EQ(document.map(map.id)->components.size(), 1u);
        ASSERT_TRUE(tab.renameCurrentMap(QStringLiteral("Payments map")));
    }
    // The tab and its editor are gone; Edit > Undo still reaches the map, by its id.
    ASSERT_EQ(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    ASSERT_NE(document.map(map.id), nullptr);
    EXPECT_TRUE(document.map(map.id)->components.empty());
    EXPECT_EQ(document.undoStack()->index(), 0);
    document.undoStack()->redo();
    document.undoStack()->redo();
    ASSERT_EQ(document.map(map.id)->components.size(), 1u);
    EXPECT_EQ(document.map(map.id)->components.front().name, QStringLiteral("Wallet"));
    EXPECT_EQ(document.map(map.id)->title.text(), QStringLiteral("Payments map"));
}
