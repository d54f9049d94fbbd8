#include "diagnosticsview.h"
#include "document.h"
#include "maptab.h"
#include "projectreader.h"
#include "wardleymapeditor.h"
#include "workbenchfixture.h"

#include <QTabWidget>
#include <QUndoStack>

using namespace workbenchtest;

using MapImportTest = WorkbenchFixture;

namespace {

const QString kStarterMap = QStringLiteral("templates/maps/tunduk-value-chain.owm");

} // namespace

// Opening an .owm file (a double-click, the command line or File › Open)
// adds its map to the open project as one undo step and shows it.
TEST_F(MapImportTest, OpeningAnOwmFileAddsItsMapAndShowsIt)
{
    ASSERT_TRUE(window->openFile(projectPath));
    dpi::Document *document = window->document();
    const size_t mapsBefore = document->project().maps.size();

    ASSERT_TRUE(window->openFile(dpitest::sourcePath(kStarterMap)));
    ASSERT_EQ(document->project().maps.size(), mapsBefore + 1);
    const dpi::WardleyMap &map = document->project().maps.back();
    EXPECT_EQ(map.id, QStringLiteral("tunduk-value-chain"));
    EXPECT_EQ(map.title.text(), QStringLiteral("Tunduk value chain (Kyrgyz Republic)"));
    EXPECT_GT(map.components.size(), 10u);
    EXPECT_EQ(window->centralTabs()->currentWidget(), window->mapTab());
    EXPECT_EQ(window->mapTab()->editor()->map().id, map.id);
    EXPECT_TRUE(document->isModified());
    EXPECT_EQ(document->filePath(), projectPath); // still the same project
    EXPECT_EQ(document->project().metadata.title.text(), QStringLiteral("Mini assessment"));

    // The same file again: a second map with its own id.
    ASSERT_TRUE(window->openFile(dpitest::sourcePath(kStarterMap)));
    EXPECT_EQ(document->project().maps.back().id, QStringLiteral("tunduk-value-chain-2"));

    document->undoStack()->undo();
    document->undoStack()->undo();
    EXPECT_EQ(document->project().maps.size(), mapsBefore);
    EXPECT_FALSE(document->isModified());
}

// A map file that cannot be read adds nothing and says why, FILE:0:0 style.
TEST_F(MapImportTest, UnreadableMapFileAddsNothing)
{
    ASSERT_TRUE(window->openFile(projectPath));
    dpi::Document *document = window->document();
    const size_t mapsBefore = document->project().maps.size();
    const QString missing = directory.filePath(QStringLiteral("missing.owm"));
    EXPECT_FALSE(window->openFile(missing));
    EXPECT_EQ(document->project().maps.size(), mapsBefore);
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_EQ(window->diagnosticsView()->errorCount(), 1);
}

// `dpi-workbench MAP.owm` on a fresh window: the map is the first map of a
// new, untitled project, which Save As keeps.
TEST_F(MapImportTest, OnAFreshWindowTheMapStartsAnUntitledProject)
{
    dpi::Document *document = window->document();
    ASSERT_TRUE(document->filePath().isEmpty());
    ASSERT_TRUE(document->project().maps.empty());
    ASSERT_TRUE(window->openFile(dpitest::sourcePath(kStarterMap)));
    EXPECT_TRUE(document->filePath().isEmpty());
    ASSERT_EQ(document->project().maps.size(), 1u);
    EXPECT_EQ(window->mapTab()->currentMapId(), QStringLiteral("tunduk-value-chain"));
    // A project needs a title to be read back: it takes the map's.
    EXPECT_EQ(document->project().metadata.title.text(), QStringLiteral("Tunduk value chain (Kyrgyz Republic)"));
    const QString saved = directory.filePath(QStringLiteral("from-map.dpi.yaml"));
    ASSERT_TRUE(window->saveTo(saved));
    const dpi::ProjectReadResult reread = dpi::readProjectFile(saved);
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    ASSERT_EQ(reread.project->maps.size(), 1u);
    EXPECT_EQ(reread.project->maps.front().id, QStringLiteral("tunduk-value-chain"));
}
