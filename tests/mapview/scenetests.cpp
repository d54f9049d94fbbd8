#include "document.h"
#include "mapedits.h"
#include "maphandleitem.h"
#include "mapops.h"
#include "wardleyscene.h"
#include "wardleyview.h"

#include "eventhelpers.h"
#include "testdocument.h"
#include "testmaps.h"

#include <QApplication>
#include <QKeyEvent>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace dpi;

namespace {

const QString kTea = QStringLiteral("tea");

struct SceneFixture : ::testing::Test
{
    Document document;
    QUndoStack &stack = *document.undoStack();
    std::unique_ptr<WardleyScene> scene;
    std::unique_ptr<WardleyView> view;
    std::vector<QString> changes; // ids of the maps the document reported changed

    void SetUp() override
    {
        WardleyMap map = teaShop();
        map.id = kTea;
        resetWithMap(document, map);
        scene = std::make_unique<WardleyScene>(&document, kTea);
        view = std::make_unique<WardleyView>(scene.get());
        view->resize(1200, 900);
        view->show();
        // Key events reach the scene's focus item only in an active window.
        view->activateWindow();
        QApplication::setActiveWindow(view.get());
        view->setFocus();
        QApplication::processEvents();
        QObject::connect(&document, &Document::mapChanged, &document,
                         [this](const QString &mapId) { changes.push_back(mapId); });
    }
    void TearDown() override
    {
        view.reset();
        scene.reset();
    }

    const WardleyMap &teaMap() const { return *document.map(kTea); }
    const WardleyComponent &component(const QString &name) const
    {
        const WardleyComponent *c = teaMap().findComponentByName(name);
        EXPECT_TRUE(c) << name.toStdString();
        return *c;
    }
    QPointF pointOf(const QString &name) const { return scene->pointOf(teaMap().positionOf(component(name))); }
};

} // namespace

TEST_F(SceneFixture, EveryComponentHasAHandleFoundById)
{
    for (const WardleyComponent &c : teaMap().components) {
        MapHandleItem *handle = scene->handleFor({MapElementRef::Component, c.id, 0});
        ASSERT_TRUE(handle) << c.id.toStdString();
        EXPECT_EQ(qgraphicsitem_cast<MapHandleItem *>(static_cast<QGraphicsItem *>(handle)), handle);
        EXPECT_EQ(handle->pos(), scene->pointOf(teaMap().positionOf(c)));
    }
    EXPECT_TRUE(scene->handleFor({MapElementRef::Note, teaMap().notes.front().id, 0}));
}

TEST_F(SceneFixture, DragMovesTheComponentAsOneUndoEntry)
{
    const WardleyPosition before = component(QStringLiteral("Tea")).position;
    const QPointF from = pointOf(QStringLiteral("Tea"));
    dragInView(*view, from, from + QPointF(-120, 60));

    const WardleyPosition after = component(QStringLiteral("Tea")).position;
    EXPECT_LT(after.maturity, before.maturity - 0.1);
    EXPECT_LT(after.visibility, before.visibility - 0.05);
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(changes, std::vector<QString>{kTea});
    // Handle follows the model after the drop.
    EXPECT_EQ(scene->handleFor({MapElementRef::Component, component(QStringLiteral("Tea")).id, 0})->pos(),
              pointOf(QStringLiteral("Tea")));

    stack.undo();
    EXPECT_EQ(component(QStringLiteral("Tea")).position, before);
    stack.redo();
    EXPECT_EQ(component(QStringLiteral("Tea")).position, after);
}

TEST_F(SceneFixture, DragShowsTheMoveLiveBeforeRecordingIt)
{
    const QPointF from = pointOf(QStringLiteral("Water"));
    const QString id = component(QStringLiteral("Water")).id;
    sendMouse(*view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseMove, from + QPointF(40, 0), Qt::NoButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseMove, from + QPointF(80, 0), Qt::NoButton, Qt::LeftButton);
    // Mid-drag: the picture moved, the model and the stack did not.
    EXPECT_GT(scene->displayedMap().findComponent(id)->position.maturity, component(QStringLiteral("Water")).position.maturity);
    EXPECT_EQ(stack.count(), 0);
    sendMouse(*view, QEvent::MouseButtonRelease, from + QPointF(80, 0), Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(scene->displayedMap(), teaMap());
}

TEST_F(SceneFixture, ClickWithoutMovingRecordsNothing)
{
    const QPointF at = pointOf(QStringLiteral("Cup"));
    sendMouse(*view, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(stack.count(), 0);
    ASSERT_EQ(scene->selectedRefs().size(), 1u);
    EXPECT_EQ(scene->selectedRefs().front().id, component(QStringLiteral("Cup")).id);
}

TEST_F(SceneFixture, CtrlDragLinksTwoComponents)
{
    const size_t links = teaMap().links.size();
    dragInView(*view, pointOf(QStringLiteral("Water")), pointOf(QStringLiteral("Staff")), Qt::ControlModifier);
    ASSERT_EQ(teaMap().links.size(), links + 1);
    EXPECT_EQ(teaMap().links.back().from, QStringLiteral("Water"));
    EXPECT_EQ(teaMap().links.back().to, QStringLiteral("Staff"));
    // Nothing moved.
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(teaMap().links.size(), links);
}

TEST_F(SceneFixture, DoubleClickOnEmptySpaceAddsAComponentAndRenamesInPlace)
{
    const QPointF empty = scene->pointOf(WardleyPosition{0.2, 0.1});
    sendMouse(*view, QEvent::MouseButtonPress, empty, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseButtonRelease, empty, Qt::LeftButton, Qt::NoButton);
    sendMouse(*view, QEvent::MouseButtonDblClick, empty, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseButtonRelease, empty, Qt::LeftButton, Qt::NoButton);
    ASSERT_EQ(stack.count(), 1);
    const WardleyComponent &added = teaMap().components.back();
    EXPECT_EQ(added.name, QStringLiteral("New component"));
    EXPECT_DOUBLE_EQ(added.position.visibility, 0.2);
    EXPECT_DOUBLE_EQ(added.position.maturity, 0.1);
    ASSERT_TRUE(scene->isRenaming());

    // Type a name and press Enter: a second, separate undo entry.
    QKeyEvent selectAll(QEvent::KeyPress, Qt::Key_A, Qt::ControlModifier);
    QApplication::sendEvent(view->viewport(), &selectAll);
    for (const QChar ch : QStringLiteral("Solar")) {
        QKeyEvent key(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(view->viewport(), &key);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    EXPECT_FALSE(scene->isRenaming());
    EXPECT_EQ(teaMap().components.back().name, QStringLiteral("Solar"));
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(teaMap().components.back().name, QStringLiteral("New component"));
    stack.undo();
    EXPECT_FALSE(teaMap().findComponentByName(QStringLiteral("New component")));
}

TEST_F(SceneFixture, RenameUpdatesLinksAndIsUndoable)
{
    const QString id = component(QStringLiteral("Hot Water")).id;
    mapedit::renameComponent(document, kTea, id, QStringLiteral("Boiling Water"));
    EXPECT_EQ(teaMap().findComponent(id)->name, QStringLiteral("Boiling Water"));
    int touching = 0;
    for (const WardleyLink &link : teaMap().links)
        touching += link.from == QLatin1String("Boiling Water") || link.to == QLatin1String("Boiling Water");
    EXPECT_EQ(touching, 3);
    stack.undo();
    EXPECT_EQ(teaMap().findComponent(id)->name, QStringLiteral("Hot Water"));
    // Renaming to the same name or to blanks is no edit at all.
    mapedit::renameComponent(document, kTea, id, QStringLiteral("Hot Water"));
    mapedit::renameComponent(document, kTea, id, QStringLiteral("   "));
    EXPECT_EQ(stack.index(), 0);
}

TEST_F(SceneFixture, DeleteKeyRemovesTheSelectionWithItsLinks)
{
    const WardleyMap original = teaMap();
    const QString id = component(QStringLiteral("Kettle")).id;
    scene->selectRefs({{MapElementRef::Component, id, 0}});
    view->setFocus();
    QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &del);
    EXPECT_FALSE(teaMap().findComponent(id));
    for (const WardleyLink &link : teaMap().links) {
        EXPECT_NE(link.from, QStringLiteral("Kettle"));
        EXPECT_NE(link.to, QStringLiteral("Kettle"));
    }
    for (const WardleyEvolve &evolve : teaMap().evolves)
        EXPECT_NE(evolve.component, QStringLiteral("Kettle"));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_FALSE(scene->handleFor({MapElementRef::Component, id, 0}));
    stack.undo();
    EXPECT_EQ(teaMap(), original);
    EXPECT_TRUE(scene->handleFor({MapElementRef::Component, id, 0}));
}

TEST_F(SceneFixture, RubberBandSelectsSeveralAndMovesThemAsOneEntry)
{
    // Cup, Tea, Hot Water and Water sit at maturity ~0.8 between visibility 0.36 and 0.75.
    const QPointF topLeft = scene->pointOf(WardleyPosition{0.76, 0.76});
    const QPointF bottomRight = scene->pointOf(WardleyPosition{0.36, 0.84});
    sendMouse(*view, QEvent::MouseButtonPress, topLeft, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        sendMouse(*view, QEvent::MouseMove, topLeft + (bottomRight - topLeft) * (i / 4.0), Qt::NoButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseButtonRelease, bottomRight, Qt::LeftButton, Qt::NoButton);
    const auto selected = scene->selectedRefs();
    EXPECT_GE(selected.size(), 4u);
    EXPECT_EQ(stack.count(), 0);

    const QPointF from = pointOf(QStringLiteral("Tea"));
    dragInView(*view, from, from + QPointF(-100, 0));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_LT(component(QStringLiteral("Water")).position.maturity, 0.75);
    EXPECT_LT(component(QStringLiteral("Cup")).position.maturity, 0.72);
}

TEST_F(SceneFixture, VerbsAreUndoableAndSkipNoOps)
{
    const QString kettle = component(QStringLiteral("Kettle")).id;
    const QString water = component(QStringLiteral("Water")).id;
    mapedit::setInertia(document, kTea, water, true);
    EXPECT_TRUE(component(QStringLiteral("Water")).inertia);
    mapedit::setDecorator(document, kTea, water, MapDecorator::Buy, true);
    EXPECT_TRUE(component(QStringLiteral("Water")).decorators.buy);
    mapedit::setDecorator(document, kTea, water, MapDecorator::Outsource, true);
    EXPECT_FALSE(component(QStringLiteral("Water")).decorators.buy);
    EXPECT_TRUE(component(QStringLiteral("Water")).decorators.outsource);
    mapedit::addEvolve(document, kTea, water);
    EXPECT_EQ(teaMap().evolves.back().component, QStringLiteral("Water"));
    mapedit::addEvolve(document, kTea, kettle); // Kettle evolves already: no second arrow
    mapedit::addPipeline(document, kTea, water);
    ASSERT_TRUE(teaMap().findPipelineOf(QStringLiteral("Water")));
    mapedit::addLink(document, kTea, water, water); // no self link
    const QString note = mapedit::addNote(document, kTea, WardleyPosition{0.1, 0.1}, QStringLiteral("A note"));
    mapedit::setNoteText(document, kTea, note, QStringLiteral("Edited"));
    mapedit::addAnnotation(document, kTea, WardleyPosition{0.2, 0.2});
    EXPECT_EQ(teaMap().annotations.back().number, 3);
    EXPECT_EQ(stack.count(), 8);
    while (stack.canUndo())
        stack.undo();
    WardleyMap expected = teaShop();
    expected.id = kTea;
    EXPECT_EQ(teaMap(), expected);
}

TEST_F(SceneFixture, CommandsForAMapNoLongerShownReportItById)
{
    const WardleyMap before = teaMap();
    mapedit::addNote(document, kTea, WardleyPosition{0.1, 0.1});
    WardleyMap other;
    other.id = QStringLiteral("other");
    document.storeMap(other); // another map, put there without an undo entry
    scene->setMapId(other.id);
    changes.clear();
    stack.undo();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front(), kTea);
    EXPECT_EQ(teaMap(), before); // undone in the document, though not shown
    EXPECT_EQ(scene->mapId(), QStringLiteral("other")); // the shown map is untouched
    EXPECT_EQ(scene->displayedMap(), other);
}

TEST_F(SceneFixture, DragPreviewAndDropAreTheSameMapEdit)
{
    // An evolved twin moves along its row only: a rule of mapops::moveElement,
    // so a diagonal drag shows whether the preview and the drop both apply it.
    const WardleyMap original = teaMap();
    ASSERT_FALSE(original.evolves.empty());
    const MapElementRef twin{MapElementRef::EvolvedTwin, original.evolves.front().id, 0};
    MapHandleItem *handle = scene->handleFor(twin);
    ASSERT_NE(handle, nullptr);
    const QPointF from = handle->pos();
    const QPointF to = from + QPointF(-90, 70);
    sendMouse(*view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseMove, from + (to - from) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);

    const WardleyMap preview = scene->displayedMap();
    const double maturity = preview.evolves.front().maturity;
    EXPECT_LT(maturity, original.evolves.front().maturity - 0.05);
    // The preview is the original with that one pure edit, nothing else moved.
    WardleyMap expected = original;
    mapops::moveElement(expected, twin, {0.99, maturity});
    EXPECT_EQ(preview, expected);
    EXPECT_EQ(stack.count(), 0);

    sendMouse(*view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    ASSERT_EQ(stack.count(), 1);
    // The drop recorded exactly what the preview showed.
    EXPECT_EQ(teaMap(), preview);
    stack.undo();
    EXPECT_EQ(teaMap(), original);
}

TEST_F(SceneFixture, CanvasEditsUndoAndRedoOnceTheCanvasIsGone)
{
    const WardleyMap original = teaMap();
    const QPointF from = pointOf(QStringLiteral("Tea"));
    dragInView(*view, from, from + QPointF(-120, 60));
    const QPointF water = pointOf(QStringLiteral("Water"));
    dragInView(*view, water, water + QPointF(60, -40));
    ASSERT_EQ(stack.count(), 2);
    const WardleyMap edited = teaMap();
    ASSERT_NE(edited, original);

    // The map tab closed: nothing shows the map any more.
    view.reset();
    scene.reset();
    stack.undo();
    stack.undo();
    EXPECT_EQ(teaMap(), original);
    EXPECT_EQ(stack.index(), 0);
    stack.redo();
    stack.redo();
    EXPECT_EQ(teaMap(), edited);
    EXPECT_EQ(changes.size(), 6u);
}
