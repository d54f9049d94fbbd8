// The canvas keeps the painted map in pixels (MapCanvasCache). These tests
// compare what the viewport shows with a fresh vector render of the same
// view (QGraphicsView::render, which never uses the pixels) and look at the
// pixels where components were and are.
#include "document.h"
#include "mapcanvascache.h"
#include "mapedits.h"
#include "mapexport.h"
#include "maplayout.h"
#include "maphandleitem.h"
#include "wardleymapeditor.h"
#include "wardleypainter.h"
#include "wardleyscene.h"
#include "wardleyview.h"

#include "eventhelpers.h"
#include "testdocument.h"
#include "testmaps.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QLineF>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace dpi;

namespace {

const QColor kMarked(255, 0, 0);
// Kept pixels are drawn clipped to a larger area than a direct repaint, and
// Qt's rasteriser then shades a few pixels of long antialiased lines one or
// two levels apart (measured: never more than 3 of 255). Anything else is a
// real difference.
constexpr int kClipNoise = 4;

// Pixels that differ by more than `tolerance` in any channel.
int differingPixels(const QImage &a, const QImage &b, int tolerance = kClipNoise)
{
    if (a.size() != b.size())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int column = 0; column < x.width(); ++column) {
            if (std::abs(qRed(p[column]) - qRed(q[column])) > tolerance
                || std::abs(qGreen(p[column]) - qGreen(q[column])) > tolerance
                || std::abs(qBlue(p[column]) - qBlue(q[column])) > tolerance)
                ++count;
        }
    }
    return count;
}

// Red, possibly under the light blue of a selection.
bool isMarked(const QImage &image, const QPoint &at)
{
    const QColor c = image.pixelColor(at);
    return c.red() > 180 && c.green() < 90 && c.blue() < 90;
}

const QString kTea = QStringLiteral("tea");

struct CanvasFixture : ::testing::Test
{
    Document document;
    QUndoStack &stack = *document.undoStack();
    std::unique_ptr<WardleyScene> scene;
    std::unique_ptr<WardleyView> view;
    QString waterId;

    void SetUp() override
    {
        WardleyMap map = teaShop();
        map.id = kTea;
        resetWithMap(document, map);
        waterId = teaMap().findComponentByName(QStringLiteral("Water"))->id;
        scene = std::make_unique<WardleyScene>(&document, kTea);
        // Water filled in pure red, so that its circle can be found in pixels.
        MapPaintOptions options;
        options.showScores = true;
        options.componentColours.insert(waterId, kMarked);
        scene->setPaintOptions(options);
        view = std::make_unique<WardleyView>(scene.get());
        view->resize(1000, 760);
        view->show();
        QApplication::processEvents();
    }
    void TearDown() override
    {
        view.reset();
        scene.reset();
    }

    // What the viewport shows, painted as on screen (through the cache).
    QImage shown(double ratio = 1) const
    {
        if (ratio == 1)
            return view->viewport()->grab().toImage();
        QImage image(view->viewport()->size() * ratio, QImage::Format_RGB32);
        image.setDevicePixelRatio(ratio);
        view->viewport()->render(&image);
        return image;
    }
    // The same view drawn afresh as vectors, without the cache.
    QImage fresh(double ratio = 1) const
    {
        QImage image(view->viewport()->size() * ratio, QImage::Format_RGB32);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::black);
        QPainter painter(&image);
        painter.setRenderHints(view->renderHints());
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(view->viewport()->size())), view->viewport()->rect());
        return image;
    }
    QPoint onScreen(const QPointF &scenePoint) const { return view->mapFromScene(scenePoint); }
    // Where Water's circle is drawn: the shown map keeps positions rounded as OWM writes them.
    QPointF waterPoint() const
    {
        const WardleyMap &map = scene->displayedMap();
        return scene->pointOf(map.positionOf(*map.findComponent(waterId)));
    }
    int renders() const { return view->canvasCache().renders(); }
    const WardleyMap &teaMap() const { return *document.map(kTea); }
};

} // namespace

TEST_F(CanvasFixture, ShowsTheSamePixelsAsAFreshRender)
{
    const QImage image = shown();
    EXPECT_EQ(differingPixels(image, fresh()), 0);
    EXPECT_TRUE(isMarked(image, onScreen(waterPoint())));
}

TEST_F(CanvasFixture, RepaintsThatChangeNothingCopyTheKeptPixels)
{
    const QImage first = shown();
    const int drawn = renders();
    ASSERT_GE(drawn, 1);
    // Exposes, hover and selection are drawn over the kept map.
    view->viewport()->update();
    QApplication::processEvents();
    sendMouse(*view, QEvent::MouseMove, waterPoint(), Qt::NoButton, Qt::NoButton);
    scene->selectRefs({{MapElementRef::Component, waterId, 0}});
    QApplication::processEvents();
    const QImage selected = shown();
    EXPECT_EQ(renders(), drawn);
    EXPECT_GT(differingPixels(selected, first), 0); // the selection outline is there
    EXPECT_EQ(differingPixels(selected, fresh()), 0);
}

TEST_F(CanvasFixture, MoveUndoAndRedoShowTheNewPicture)
{
    const QImage before = shown();
    const QPointF from = waterPoint();
    const QPointF to = from + QPointF(-150, 40);
    mapedit::moveElements(document, kTea, {{{MapElementRef::Component, waterId, 0}, scene->positionAt(to)}});
    const QImage moved = shown();
    EXPECT_EQ(differingPixels(moved, fresh()), 0);
    EXPECT_FALSE(isMarked(moved, onScreen(from)));
    EXPECT_TRUE(isMarked(moved, onScreen(waterPoint())));

    stack.undo();
    const QImage undone = shown();
    EXPECT_EQ(differingPixels(undone, fresh()), 0);
    EXPECT_EQ(differingPixels(undone, before), 0);
    EXPECT_TRUE(isMarked(undone, onScreen(from)));

    stack.redo();
    EXPECT_EQ(differingPixels(shown(), moved), 0);
}

TEST_F(CanvasFixture, ZoomScrollAndResizeShowTheNewPicture)
{
    const QImage before = shown();
    view->setZoom(1.7);
    view->centerOn(waterPoint());
    QApplication::processEvents();
    const QImage zoomed = shown();
    EXPECT_GT(differingPixels(zoomed, before), 1000);
    EXPECT_EQ(differingPixels(zoomed, fresh()), 0);
    EXPECT_TRUE(isMarked(zoomed, onScreen(waterPoint())));

    // Scrolling within the kept pixels copies them; far scrolls draw again.
    const int drawn = renders();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 30);
    QApplication::processEvents();
    EXPECT_EQ(differingPixels(shown(), fresh()), 0);
    EXPECT_EQ(renders(), drawn);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum());
    QApplication::processEvents();
    EXPECT_EQ(differingPixels(shown(), fresh()), 0);

    // A zoom that leaves a fraction of a pixel in the view's offset.
    view->setZoom(0.83);
    view->resize(911, 677);
    QApplication::processEvents();
    EXPECT_EQ(differingPixels(shown(), fresh()), 0);
}

TEST_F(CanvasFixture, PaintOptionsAndStyleShowTheNewPicture)
{
    const QImage before = shown();
    MapPaintOptions plain;
    scene->setPaintOptions(plain);
    const QImage unmarked = shown();
    EXPECT_FALSE(isMarked(unmarked, onScreen(waterPoint())));
    EXPECT_EQ(differingPixels(unmarked, fresh()), 0);

    WardleyMap dark = teaMap();
    dark.style = QStringLiteral("dark");
    mapedit::replaceMap(document, dark, QStringLiteral("Dark style"));
    const QImage darkImage = shown();
    EXPECT_GT(differingPixels(darkImage, unmarked), 10000);
    EXPECT_EQ(differingPixels(darkImage, fresh()), 0);
}

TEST_F(CanvasFixture, HighDpiPixelsMatchAFreshRender)
{
    const QImage image = shown(2);
    EXPECT_EQ(image.size(), view->viewport()->size() * 2);
    EXPECT_EQ(differingPixels(image, fresh(2)), 0);
    EXPECT_TRUE(isMarked(image, onScreen(waterPoint()) * 2));
    // And after a move, and at a fractional ratio.
    mapedit::moveElements(document, kTea, {{{MapElementRef::Component, waterId, 0}, scene->positionAt(waterPoint() + QPointF(60, 0))}});
    EXPECT_EQ(differingPixels(shown(2), fresh(2)), 0);
    EXPECT_EQ(differingPixels(shown(1.5), fresh(1.5)), 0);
}

TEST_F(CanvasFixture, DragShowsTheComponentWhereItIsEachFrameAndRedrawsOnlyWhatMoves)
{
    const QPointF start = waterPoint();
    sendMouse(*view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    QPointF previous = start;
    int afterFirstFrame = 0;
    for (int step = 1; step <= 4; ++step) {
        const QPointF at = start + QPointF(-30.0 * step, 12.0 * step);
        sendMouse(*view, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
        const QImage frame = shown();
        ASSERT_TRUE(scene->dragLayersActive());
        const QPointF now = waterPoint();
        EXPECT_LT(QLineF(now, at).length(), 8) << step;
        EXPECT_TRUE(isMarked(frame, onScreen(now))) << step;
        EXPECT_FALSE(isMarked(frame, onScreen(previous))) << step;
        EXPECT_FALSE(isMarked(frame, onScreen(start))) << step;
        // The still part was drawn once, at the first frame.
        if (step == 1)
            afterFirstFrame = renders();
        else
            EXPECT_EQ(renders(), afterFirstFrame) << step;
        previous = now;
    }
    // Mid-drag, a render without the cache shows the component at the same place.
    EXPECT_TRUE(isMarked(fresh(), onScreen(previous)));

    sendMouse(*view, QEvent::MouseButtonRelease, previous, Qt::LeftButton, Qt::NoButton);
    EXPECT_FALSE(scene->dragLayersActive());
    EXPECT_EQ(stack.count(), 1);
    const QImage dropped = shown();
    EXPECT_EQ(renders(), afterFirstFrame + 1); // the drop draws the map once
    EXPECT_EQ(differingPixels(dropped, fresh()), 0);
    EXPECT_TRUE(isMarked(dropped, onScreen(waterPoint())));

    stack.undo();
    const QImage undone = shown();
    EXPECT_EQ(differingPixels(undone, fresh()), 0);
    EXPECT_TRUE(isMarked(undone, onScreen(start)));
}

TEST_F(CanvasFixture, DragOfSeveralMovesTheirLinksAndPipeline)
{
    // Cup is a pipeline's parent; moving it with Tea moves the box, the links and both labels.
    const QString cup = teaMap().findComponentByName(QStringLiteral("Cup"))->id;
    const QString tea = teaMap().findComponentByName(QStringLiteral("Tea"))->id;
    scene->selectRefs({{MapElementRef::Component, cup, 0}, {MapElementRef::Component, tea, 0}});
    const QPointF from = scene->handleFor({MapElementRef::Component, tea, 0})->pos();
    sendMouse(*view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseMove, from + QPointF(0, 70), Qt::NoButton, Qt::LeftButton);
    const QImage frame = shown();
    sendMouse(*view, QEvent::MouseButtonRelease, from + QPointF(0, 70), Qt::LeftButton, Qt::NoButton);
    const QImage dropped = shown();
    // During the drag the layers differ from a full drawing only in what
    // overlaps (moving parts are drawn on top); nearly all pixels agree.
    const int differing = differingPixels(frame, dropped, 8);
    EXPECT_GE(differing, 0);
    EXPECT_LT(differing, frame.width() * frame.height() / 200);
    EXPECT_EQ(differingPixels(dropped, fresh()), 0);
}

TEST_F(CanvasFixture, TextPaneEditsShowTheNewPicture)
{
    Document editorDocument;
    WardleyMapEditor editor(&editorDocument);
    WardleyMap map = teaShop();
    map.id = kTea;
    resetWithMap(editorDocument, map);
    editor.showMap(kTea);
    editor.resize(1400, 900);
    editor.show();
    QApplication::processEvents();
    QWidget *viewport = editor.view()->viewport();
    const QImage before = viewport->grab().toImage();
    QString text = editor.textEdit()->toPlainText();
    text.replace(QLatin1String("title Tea Shop"), QLatin1String("title Coffee House With A Much Longer Title"));
    editor.textEdit()->setPlainText(text);
    editor.reparseTextNow();
    QApplication::processEvents();
    const QImage after = viewport->grab().toImage();
    EXPECT_GT(differingPixels(after, before), 100);
    QImage image(viewport->size(), QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHints(editor.view()->renderHints());
    editor.view()->render(&painter, QRectF(QPointF(0, 0), QSizeF(viewport->size())), viewport->rect());
    painter.end();
    EXPECT_EQ(differingPixels(after, image), 0);
}

TEST_F(CanvasFixture, ExportsDoNotDependOnTheCanvas)
{
    const MapPaintOptions options = scene->paintOptions();
    const QByteArray svg = mapToSvg(teaMap(), options);
    const QImage png = renderMapImage(teaMap(), options, 900);
    shown();
    const QPointF from = waterPoint();
    sendMouse(*view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseMove, from + QPointF(20, 0), Qt::NoButton, Qt::LeftButton);
    shown();
    EXPECT_EQ(mapToSvg(scene->displayedMap(), options).contains("<image"), false);
    sendMouse(*view, QEvent::MouseButtonRelease, from + QPointF(20, 0), Qt::LeftButton, Qt::NoButton);
    stack.undo();
    shown();
    EXPECT_EQ(mapToSvg(teaMap(), options), svg);
    EXPECT_EQ(renderMapImage(teaMap(), options, 900), png);
}

TEST(MapLayoutForADrag, PlacesOnlyWhatMovedAndKeepsTheRest)
{
    const WardleyMap before = teaShop();
    const WardleyPainter painter(before);
    const MapLayout base(before, painter.labelFont(), painter.anchorFont());
    WardleyMap after = before;
    WardleyComponent *water = after.findComponent(after.findComponentByName(QStringLiteral("Water"))->id);
    water->position.maturity -= 0.2;
    // Kettle's twin (Electric Kettle) follows Kettle's visibility.
    WardleyComponent *kettle = after.findComponent(after.findComponentByName(QStringLiteral("Kettle"))->id);
    kettle->position.visibility += 0.1;

    const MapLayout moved(base, after);
    const MapLayout full(after, painter.labelFont(), painter.anchorFont());
    ASSERT_EQ(moved.components().size(), full.components().size());
    ASSERT_EQ(moved.twins().size(), full.twins().size());
    for (size_t i = 0; i < full.components().size(); ++i) {
        const PlacedComponent &m = moved.components()[i];
        EXPECT_EQ(m.centre, full.components()[i].centre) << i;
        EXPECT_EQ(m.component, &after.components[i]); // refers to the new map
        if (m.centre == base.components()[i].centre) {
            EXPECT_EQ(m.labelRect, base.components()[i].labelRect) << i;
        }
    }
    for (size_t i = 0; i < full.twins().size(); ++i)
        EXPECT_EQ(moved.twins()[i].centre, full.twins()[i].centre) << i;
    const PlacedComponent *movedWater = moved.byName(QStringLiteral("Water"));
    ASSERT_TRUE(movedWater);
    EXPECT_EQ(movedWater, moved.component(water->id));
    EXPECT_EQ(movedWater->labelRect, full.component(water->id)->labelRect); // nothing in its way either time
    EXPECT_TRUE(moved.byName(QStringLiteral("Electric Kettle")));
    EXPECT_EQ(moved.byName(QStringLiteral("Electric Kettle"))->centre, full.byName(QStringLiteral("Electric Kettle"))->centre);

    // Another map (an element added) is laid out in full.
    WardleyMap other = after;
    other.components.push_back(other.components.front());
    other.components.back().id = QStringLiteral("extra");
    other.components.back().name = QStringLiteral("Extra");
    const MapLayout relaid(base, other);
    EXPECT_EQ(relaid.components().size(), other.components.size());
    EXPECT_TRUE(relaid.byName(QStringLiteral("Extra")));
}

TEST_F(CanvasFixture, DragBackToTheStartAndAFontChangeShowTheRightPicture)
{
    const QImage before = shown();
    const QPointF start = waterPoint();
    sendMouse(*view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseMove, start + QPointF(90, 30), Qt::NoButton, Qt::LeftButton);
    EXPECT_FALSE(isMarked(shown(), onScreen(start)));
    sendMouse(*view, QEvent::MouseMove, start, Qt::NoButton, Qt::LeftButton);
    sendMouse(*view, QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(stack.count(), 0);
    const QImage back = shown();
    EXPECT_EQ(differingPixels(back, fresh()), 0);
    EXPECT_TRUE(isMarked(back, onScreen(start)));

    // Another font family lays the labels out again.
    MapPaintOptions options = scene->paintOptions();
    options.fontFamily = QStringLiteral("DejaVu Serif");
    scene->setPaintOptions(options);
    const QImage serif = shown();
    EXPECT_GT(differingPixels(serif, before), 1000);
    EXPECT_EQ(differingPixels(serif, fresh()), 0);
}
