#include "document.h"
#include "mapedits.h"
#include "owmwriter.h"
#include "wardleymapeditor.h"
#include "wardleyscene.h"
#include "wardleyview.h"

#include "testdocument.h"
#include "testmaps.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

struct EditorFixture : ::testing::Test
{
    Document document;
    QUndoStack &stack = *document.undoStack();
    WardleyMapEditor editor{&document};
    std::vector<QString> changed; // ids of the maps the document reported changed

    void SetUp() override
    {
        WardleyMap map = teaShop();
        map.id = QStringLiteral("tea");
        // Something the text cannot carry: a criteria link.
        map.findComponent(map.findComponentByName(QStringLiteral("Kettle"))->id)->criteria
            << QStringLiteral("mini-interop/exchange.logs");
        resetWithMap(document, map);
        editor.showMap(map.id);
        editor.resize(1400, 900);
        editor.show();
        QApplication::processEvents();
        QObject::connect(&document, &Document::mapChanged, &editor,
                         [this](const QString &mapId) { changed.push_back(mapId); });
    }
};

} // namespace

TEST_F(EditorFixture, TextPaneShowsTheMapAsOwmText)
{
    EXPECT_EQ(editor.textEdit()->toPlainText(), writeOwm(editor.map()));
    EXPECT_TRUE(editor.textEdit()->toPlainText().contains(QLatin1String("component Kettle")));
}

TEST_F(EditorFixture, CanvasEditRegeneratesTheText)
{
    const QString id = editor.map().findComponentByName(QStringLiteral("Water"))->id;
    mapedit::renameComponent(document, editor.mapId(), id, QStringLiteral("Spring Water"));
    EXPECT_TRUE(editor.textEdit()->toPlainText().contains(QLatin1String("component Spring Water")));
    EXPECT_TRUE(editor.textEdit()->toPlainText().contains(QLatin1String("Hot Water->Spring Water")));
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed.front(), QStringLiteral("tea"));
    EXPECT_EQ(document.map(QStringLiteral("tea"))->findComponent(id)->name, QStringLiteral("Spring Water"));
}

TEST_F(EditorFixture, TextEditUpdatesTheMapAsOneUndoEntry)
{
    const QString kettleId = editor.map().findComponentByName(QStringLiteral("Kettle"))->id;
    QString text = editor.textEdit()->toPlainText();
    text.replace(QLatin1String("component Water [0.38, 0.82]"), QLatin1String("component Water [0.30, 0.90]"));
    text += QStringLiteral("\ncomponent Filter [0.2, 0.5]\nWater->Filter\n");
    editor.textEdit()->setPlainText(text);
    editor.reparseTextNow();

    const WardleyComponent *water = editor.map().findComponentByName(QStringLiteral("Water"));
    ASSERT_TRUE(water);
    EXPECT_DOUBLE_EQ(water->position.maturity, 0.90);
    ASSERT_TRUE(editor.map().findComponentByName(QStringLiteral("Filter")));
    EXPECT_EQ(stack.count(), 1);
    // What the text cannot say survives: the map id, the component id and its criteria.
    EXPECT_EQ(editor.map().id, QStringLiteral("tea"));
    const WardleyComponent *kettle = editor.map().findComponent(kettleId);
    ASSERT_TRUE(kettle);
    EXPECT_EQ(kettle->criteria, QStringList{QStringLiteral("mini-interop/exchange.logs")});
    // The scene shows the new component.
    EXPECT_TRUE(editor.scene()->displayedMap().findComponentByName(QStringLiteral("Filter")));
    // The user's text is left as typed (no rewrite under the cursor).
    EXPECT_EQ(editor.textEdit()->toPlainText(), text);

    stack.undo();
    EXPECT_FALSE(editor.map().findComponentByName(QStringLiteral("Filter")));
    EXPECT_FALSE(editor.textEdit()->toPlainText().contains(QLatin1String("Filter")));
}

TEST_F(EditorFixture, TextPauseTriggersTheReparse)
{
    QString text = editor.textEdit()->toPlainText() + QStringLiteral("\ncomponent Later [0.5, 0.5]\n");
    editor.textEdit()->setPlainText(text);
    EXPECT_FALSE(editor.map().findComponentByName(QStringLiteral("Later")));
    QElapsedTimer timer;
    timer.start();
    while (!editor.map().findComponentByName(QStringLiteral("Later")) && timer.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_TRUE(editor.map().findComponentByName(QStringLiteral("Later")));
}

TEST_F(EditorFixture, DiagnosticsAreUnderlinedAtTheirLines)
{
    QString text = editor.textEdit()->toPlainText();
    const int badLine = text.count(QLatin1Char('\n')) + 1;
    text += QStringLiteral("Component Capitalised [0.5, 0.5]\n");
    editor.textEdit()->setPlainText(text);
    editor.reparseTextNow();
    ASSERT_FALSE(editor.textDiagnostics().isEmpty());
    bool found = false;
    for (const Diagnostic &d : editor.textDiagnostics().items())
        found = found || d.line == badLine;
    EXPECT_TRUE(found);
    const auto selections = editor.textEdit()->extraSelections();
    ASSERT_FALSE(selections.isEmpty());
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &s : selections) {
        if (s.cursor.block().blockNumber() == badLine - 1) {
            underlined = s.format.underlineStyle() == QTextCharFormat::WaveUnderline;
            EXPECT_TRUE(s.cursor.hasSelection());
        }
    }
    EXPECT_TRUE(underlined);
}

TEST_F(EditorFixture, ExportsWhatIsShown)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(editor.exportSvg(dir.filePath(QStringLiteral("m.svg")), &error)) << error.toStdString();
    ASSERT_TRUE(editor.exportPng(dir.filePath(QStringLiteral("m.png")), 880, &error)) << error.toStdString();
    ASSERT_TRUE(editor.exportOwm(dir.filePath(QStringLiteral("m.owm")), &error)) << error.toStdString();
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("m.png"))).width(), 880);
    QFile owm(dir.filePath(QStringLiteral("m.owm")));
    ASSERT_TRUE(owm.open(QIODevice::ReadOnly));
    const OwmParseResult back = parseOwm(QString::fromUtf8(owm.readAll()), QStringLiteral("m.owm"));
    EXPECT_EQ(back.map.components.size(), editor.map().components.size());
    EXPECT_EQ(back.map.links.size(), editor.map().links.size());
}

TEST_F(EditorFixture, ScreenshotLooksLikeAMap)
{
    editor.view()->fitToWindow();
    const QImage shot = editor.grab().toImage();
    EXPECT_EQ(shot.size(), editor.size());
    if (qEnvironmentVariableIsSet("DPIW_MAPVIEW_SHOT"))
        shot.save(qEnvironmentVariable("DPIW_MAPVIEW_SHOT"));
}
