// Map canvas budget (DESIGN §9): a full repaint at 2,000 components under 16 ms.
// BM_SceneRepaint2000 is the cold cost (everything drawn as vectors); the
// BM_Canvas* benchmarks are what a user waits for on screen: a repaint that
// changes nothing in the map, and one frame of a drag.
#include "document.h"
#include "maplayout.h"
#include "maptextcache.h"
#include "wardleypainter.h"
#include "wardleyscene.h"
#include "wardleyview.h"

#include <QMouseEvent>
#include <QImage>
#include <QPainter>
#include <QApplication>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <random>

namespace {

// Fonts and painting need a GUI application; the benchmark main does not make one.
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "map_paint_bench";
    static char *argv[] = {name, nullptr};
    // Never destroyed: after mouse events, destroying it from an exit handler
    // crashes in Qt's input device list, which is gone by then.
    static QApplication *app = new QApplication(argc, argv);
    Q_UNUSED(app);
}

// A large map shaped like real ones: components in value-chain rows, each
// linked to one or two neighbours in the row below (short links), with some
// decorators, inertia and evolve arrows. `randomLinks` instead joins random
// pairs across the whole map: a stress case no real map looks like.
dpi::WardleyMap generatedMap(int components, int links, bool randomLinks = false)
{
    std::mt19937 random(42);
    std::uniform_real_distribution<double> jitter(-0.004, 0.004);
    const int columns = 50;
    const int rows = (components + columns - 1) / columns;
    dpi::WardleyMap map;
    map.id = QStringLiteral("bench");
    map.title = dpi::LocalizedText(QStringLiteral("Generated map"));
    for (int i = 0; i < components; ++i) {
        dpi::WardleyComponent c;
        c.id = QStringLiteral("c%1").arg(i);
        c.name = QStringLiteral("Component %1").arg(i);
        const int row = i / columns;
        const int column = i % columns;
        c.position = {0.97 - 0.94 * row / std::max(1, rows - 1) + jitter(random),
                      0.02 + 0.96 * column / (columns - 1) + jitter(random)};
        c.inertia = i % 50 == 0;
        c.decorators.build = i % 40 == 0;
        c.decorators.market = i % 97 == 0;
        map.components.push_back(c);
        if (i % 100 == 0)
            map.evolves.push_back({QStringLiteral("e%1").arg(i), c.name, QString(), std::min(0.99, c.position.maturity + 0.05),
                                   std::nullopt, {}, 0});
    }
    std::uniform_int_distribution<int> pick(0, components - 1);
    std::uniform_int_distribution<int> step(-1, 1);
    for (int i = 0; i < links; ++i) {
        dpi::WardleyLink link;
        link.id = QStringLiteral("l%1").arg(i);
        const int from = randomLinks ? pick(random) : i % components;
        int to = randomLinks ? pick(random) : from + columns + step(random);
        to = std::clamp(to, 0, components - 1);
        link.from = map.components[size_t(from)].name;
        link.to = map.components[size_t(to)].name;
        link.flow = i % 30 == 0 ? dpi::WardleyFlow::Forward : dpi::WardleyFlow::None;
        map.links.push_back(link);
    }
    return map;
}

// The canvas shows a map of a Document's project, found by id.
void resetWithMap(dpi::Document &document, const dpi::WardleyMap &map)
{
    dpi::Project project;
    project.maps.push_back(map);
    document.reset(project);
}

void BM_PaintMap2000(benchmark::State &state)
{
    ensureApplication();
    const dpi::WardleyMap map = generatedMap(2000, 3000, state.range(0) != 0);
    QImage image(1100, 780, QImage::Format_ARGB32_Premultiplied);
    dpi::MapTextCache cache; // as the canvas keeps it between repaints
    for (auto _ : state) {
        QPainter painter(&image);
        dpi::WardleyPainter mapPainter(map);
        mapPainter.setTextCache(&cache);
        mapPainter.paintCanvas(painter);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}
// Arg 0: value-chain links (the budget case); 1: random links across the map (stress).
BENCHMARK(BM_PaintMap2000)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
// Qt's raster engine hands large fills to a thread pool: count every thread.
BENCHMARK(BM_PaintMap2000)->Arg(0)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

// What the canvas repaints: the scene (painter in the background plus 2,000 handles).
void BM_SceneRepaint2000(benchmark::State &state)
{
    ensureApplication();
    dpi::Document document;
    resetWithMap(document, generatedMap(2000, 3000));
    dpi::WardleyScene scene(&document, QStringLiteral("bench"));
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        scene.render(&painter);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_SceneRepaint2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SceneRepaint2000)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

// Counts the viewport's paint events, so that a benchmark can prove that it
// measured one repaint per iteration.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// The real canvas in a 1600 x 1000 window (offscreen) at 100 % zoom: the
// whole 2,000-component map is in view.
struct Canvas
{
    dpi::Document document;
    std::unique_ptr<dpi::WardleyScene> scene;
    std::unique_ptr<dpi::WardleyView> view;
    PaintCounter counter;

    Canvas()
    {
        resetWithMap(document, generatedMap(2000, 3000));
        scene = std::make_unique<dpi::WardleyScene>(&document, QStringLiteral("bench"));
        view = std::make_unique<dpi::WardleyView>(scene.get());
        view->resize(1600, 1000);
        view->show();
        view->viewport()->installEventFilter(&counter);
        QApplication::processEvents();
    }
    // One frame as the event loop delivers it: the pending update is painted.
    void frame() { QApplication::processEvents(); }
    void mouse(QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        const QPointF local = view->mapFromScene(scenePos);
        QMouseEvent event(type, local, view->viewport()->mapToGlobal(local.toPoint()), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &event);
    }
};

// A repaint that changes nothing in the map (an expose, a hover, the rubber band).
void BM_CanvasRepaintFromCache2000(benchmark::State &state)
{
    ensureApplication();
    Canvas canvas;
    canvas.frame();
    canvas.counter.paints = 0;
    for (auto _ : state) {
        canvas.view->viewport()->update();
        canvas.frame();
    }
    state.counters["paints_per_iteration"] = double(canvas.counter.paints) / double(state.iterations());
}
BENCHMARK(BM_CanvasRepaintFromCache2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CanvasRepaintFromCache2000)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

// One frame of a drag: a component (with its links) moves by about 13 pixels
// (at least one step of the model's 0.01 rounding), then the canvas repaints.
// The first frame of a drag, which also draws the still layer, is in the
// first iteration only.
void BM_CanvasDragFrame2000(benchmark::State &state)
{
    ensureApplication();
    Canvas canvas;
    canvas.frame();
    const dpi::WardleyMap &map = canvas.scene->map();
    const QPointF from = canvas.scene->pointOf(map.positionOf(map.components[1025]));
    canvas.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    canvas.frame();
    canvas.counter.paints = 0;
    bool away = false;
    for (auto _ : state) {
        away = !away;
        canvas.mouse(QEvent::MouseMove, from + (away ? QPointF(12, 6) : QPointF(0, 0)), Qt::NoButton, Qt::LeftButton);
        canvas.frame();
    }
    state.counters["paints_per_iteration"] = double(canvas.counter.paints) / double(state.iterations());
    if (!canvas.scene->dragLayersActive())
        state.SkipWithError("the drag did not move the component");
    canvas.mouse(QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
}
BENCHMARK(BM_CanvasDragFrame2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CanvasDragFrame2000)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

// The first frame of a drag: the press, the first move and its repaint, which
// lays out the map as it was and draws the still layer (a cold repaint).
// Releasing where the drag began (no edit) and repainting are not timed.
void BM_CanvasDragFirstFrame2000(benchmark::State &state)
{
    ensureApplication();
    Canvas canvas;
    canvas.frame();
    const dpi::WardleyMap &map = canvas.scene->map();
    const QPointF from = canvas.scene->pointOf(map.positionOf(map.components[1025]));
    for (auto _ : state) {
        canvas.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        canvas.mouse(QEvent::MouseMove, from + QPointF(12, 6), Qt::NoButton, Qt::LeftButton);
        canvas.frame();
        state.PauseTiming();
        if (!canvas.scene->dragLayersActive())
            state.SkipWithError("the drag did not move the component");
        canvas.mouse(QEvent::MouseMove, from, Qt::NoButton, Qt::LeftButton);
        canvas.mouse(QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
        canvas.frame();
        state.ResumeTiming();
    }
    if (canvas.document.undoStack()->count() != 0)
        state.SkipWithError("a drag back to its start recorded an edit");
}
BENCHMARK(BM_CanvasDragFirstFrame2000)->Unit(benchmark::kMillisecond);

} // namespace

namespace {

void BM_MapLayout2000(benchmark::State &state)
{
    ensureApplication();
    const dpi::WardleyMap map = generatedMap(2000, 3000);
    const dpi::WardleyPainter painter(map);
    for (auto _ : state) {
        dpi::MapLayout layout(map, painter.labelFont(), painter.anchorFont());
        benchmark::DoNotOptimize(layout.components().data());
    }
}
BENCHMARK(BM_MapLayout2000)->Unit(benchmark::kMillisecond);

} // namespace
