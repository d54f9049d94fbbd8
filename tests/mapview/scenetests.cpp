#include "mapdocument.h"
#include "maphandleitem.h"
#include "wardleyscene.h"
#include "wardleyview.h"

#include "eventhelpers.h"
#include "testmaps.h"

#include <QApplication>
#include <QKeyEvent>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace dpi;

namespace {

struct SceneFixture : ::testing::Test
{
    QUndoStack stack;
    MapDocument document{&stack};
    std::unique_ptr<WardleyScene> scene;
    std::unique_ptr<WardleyView> view;
    std::vector<WardleyMap> changes;

    void SetUp() override
    {
        WardleyMap map = teaShop();
        map.id = QStringLiteral("tea");
        document.setMap(map);
        scene = std::make_unique<WardleyScene>(&document);
        view = std::make_unique<WardleyView>(scene.get());
        view->resize(1200, 900);
        view->show();
        // Key events reach the scene's focus item only in an active window.
        view->activateWindow();
        QApplication::setActiveWindow(view.get());
        view->setFocus();
        QApplication::processEvents();
        QObject::connect(&document, &MapDocument::mapChanged, &document,
                         [this](const WardleyMap &m) { changes.push_back(m); });
    }
    void TearDown() override
    {
        view.reset();
        scene.reset();
    }

    const WardleyComponent &component(const QString &name) const
    {
        const WardleyComponent *c = document.map().findComponentByName(name);
        EXPECT_TRUE(c) << name.toStdString();
        return *c;
    }
    QPointF pointOf(const QString &name) const { return scene->pointOf(document.map().positionOf(component(name))); }
};

} // namespace

TEST_F(SceneFixture, EveryComponentHasAHandleFoundById)
{
    for (const WardleyComponent &c : document.map().components) {
        MapHandleItem *handle = scene->handleFor({MapElementRef::Component, c.id, 0});
        ASSERT_TRUE(handle) << c.id.toStdString();
        EXPECT_EQ(qgraphicsitem_cast<MapHandleItem *>(static_cast<QGraphicsItem *>(handle)), handle);
        EXPECT_EQ(handle->pos(), scene->pointOf(document.map().positionOf(c)));
    }
    EXPECT_TRUE(scene->handleFor({MapElementRef::Note, document.map().notes.front().id, 0}));
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
    EXPECT_EQ(changes.size(), 1u);
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
    EXPECT_EQ(scene->displayedMap(), document.map());
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
    const size_t links = document.map().links.size();
    dragInView(*view, pointOf(QStringLiteral("Water")), pointOf(QStringLiteral("Staff")), Qt::ControlModifier);
    ASSERT_EQ(document.map().links.size(), links + 1);
    EXPECT_EQ(document.map().links.back().from, QStringLiteral("Water"));
    EXPECT_EQ(document.map().links.back().to, QStringLiteral("Staff"));
    // Nothing moved.
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(document.map().links.size(), links);
}

TEST_F(SceneFixture, DoubleClickOnEmptySpaceAddsAComponentAndRenamesInPlace)
{
    const QPointF empty = scene->pointOf(WardleyPosition{0.2, 0.1});
    sendMouse(*view, QEvent::MouseButtonPress, empty, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseButtonRelease, empty, Qt::LeftButton, Qt::NoButton);
    sendMouse(*view, QEvent::MouseButtonDblClick, empty, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseButtonRelease, empty, Qt::LeftButton, Qt::NoButton);
    ASSERT_EQ(stack.count(), 1);
    const WardleyComponent &added = document.map().components.back();
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
    EXPECT_EQ(document.map().components.back().name, QStringLiteral("Solar"));
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(document.map().components.back().name, QStringLiteral("New component"));
    stack.undo();
    EXPECT_FALSE(document.map().findComponentByName(QStringLiteral("New component")));
}

TEST_F(SceneFixture, RenameUpdatesLinksAndIsUndoable)
{
    const QString id = component(QStringLiteral("Hot Water")).id;
    document.renameComponent(id, QStringLiteral("Boiling Water"));
    EXPECT_EQ(document.map().findComponent(id)->name, QStringLiteral("Boiling Water"));
    int touching = 0;
    for (const WardleyLink &link : document.map().links)
        touching += link.from == QLatin1String("Boiling Water") || link.to == QLatin1String("Boiling Water");
    EXPECT_EQ(touching, 3);
    stack.undo();
    EXPECT_EQ(document.map().findComponent(id)->name, QStringLiteral("Hot Water"));
    // Renaming to the same name or to blanks is no edit at all.
    document.renameComponent(id, QStringLiteral("Hot Water"));
    document.renameComponent(id, QStringLiteral("   "));
    EXPECT_EQ(stack.index(), 0);
}

TEST_F(SceneFixture, DeleteKeyRemovesTheSelectionWithItsLinks)
{
    const WardleyMap original = document.map();
    const QString id = component(QStringLiteral("Kettle")).id;
    scene->selectRefs({{MapElementRef::Component, id, 0}});
    view->setFocus();
    QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &del);
    EXPECT_FALSE(document.map().findComponent(id));
    for (const WardleyLink &link : document.map().links) {
        EXPECT_NE(link.from, QStringLiteral("Kettle"));
        EXPECT_NE(link.to, QStringLiteral("Kettle"));
    }
    for (const WardleyEvolve &evolve : document.map().evolves)
        EXPECT_NE(evolve.component, QStringLiteral("Kettle"));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_FALSE(scene->handleFor({MapElementRef::Component, id, 0}));
    stack.undo();
    EXPECT_EQ(document.map(), original);
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
    document.setInertia(water, true);
    EXPECT_TRUE(component(QStringLiteral("Water")).inertia);
    document.setDecorator(water, MapDecorator::Buy, true);
    EXPECT_TRUE(component(QStringLiteral("Water")).decorators.buy);
    document.setDecorator(water, MapDecorator::Outsource, true);
    EXPECT_FALSE(component(QStringLiteral("Water")).decorators.buy);
    EXPECT_TRUE(component(QStringLiteral("Water")).decorators.outsource);
    document.addEvolve(water);
    EXPECT_EQ(document.map().evolves.back().component, QStringLiteral("Water"));
    document.addEvolve(kettle); // Kettle evolves already: no second arrow
    document.addPipeline(water);
    ASSERT_TRUE(document.map().findPipelineOf(QStringLiteral("Water")));
    document.addLink(water, water); // no self link
    const QString note = document.addNote(WardleyPosition{0.1, 0.1}, QStringLiteral("A note"));
    document.setNoteText(note, QStringLiteral("Edited"));
    document.addAnnotation(WardleyPosition{0.2, 0.2});
    EXPECT_EQ(document.map().annotations.back().number, 3);
    EXPECT_EQ(stack.count(), 8);
    while (stack.canUndo())
        stack.undo();
    WardleyMap expected = teaShop();
    expected.id = QStringLiteral("tea");
    EXPECT_EQ(document.map(), expected);
}

TEST_F(SceneFixture, CommandsForAMapNoLongerShownReportItById)
{
    document.addNote(WardleyPosition{0.1, 0.1});
    WardleyMap other;
    other.id = QStringLiteral("other");
    document.setMap(other);
    changes.clear();
    stack.undo();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes.front().id, QStringLiteral("tea"));
    EXPECT_EQ(document.map().id, QStringLiteral("other")); // the shown map is untouched
}
