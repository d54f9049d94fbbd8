#include "chartdatabuilder.h"
#include "chartpainter.h"
#include "chartwidget.h"
#include "qtchartfactory.h"
#include "testproject.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPolarChart>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <memory>

using namespace dpi;

namespace {

ChartData radarData()
{
    const Project project = dpitest::makeRadarProject();
    return ChartDataBuilder::radar(project, scoreProject(project), QStringLiteral("education"),
                                   QStringLiteral("mini-interop"), QStringLiteral("en"));
}

} // namespace

TEST(QtChartFactory, RadarIsPolarWithClosedOutlineAndPenlessArea)
{
    const ChartData data = radarData();
    std::unique_ptr<QChart> chart(QtChartFactory::create(data, ChartStyle::defaults()));
    ASSERT_EQ(chart->chartType(), QChart::ChartTypePolar);
    EXPECT_FALSE(chart->isDropShadowEnabled());
    EXPECT_EQ(chart->animationOptions(), QChart::NoAnimation);
    EXPECT_EQ(chart->titleFont().family(), QStringLiteral("DejaVu Sans"));

    QLineSeries *outline = nullptr;
    QAreaSeries *area = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            outline = line;
        if (auto *a = qobject_cast<QAreaSeries *>(series))
            area = a;
    }
    ASSERT_TRUE(outline);
    ASSERT_TRUE(area);
    EXPECT_EQ(area->pen().style(), Qt::NoPen);
    const QList<QPointF> points = outline->points();
    ASSERT_EQ(points.size(), data.categories.size() + 1);
    for (int i = 0; i < data.categories.size(); ++i)
        EXPECT_DOUBLE_EQ(points[i].y(), data.series[0].values[std::size_t(i)].value_or(0.0)) << i;
    EXPECT_EQ(points.last().y(), points.first().y());
}

TEST(QtChartFactory, RadarWithTwoSpokesFallsBackToBars)
{
    const Project project = dpitest::makeMiniProject();
    const ChartData data = ChartDataBuilder::radar(project, scoreProject(project), QStringLiteral("healthcare"),
                                                   QStringLiteral("mini-interop"), QStringLiteral("en"));
    ASSERT_EQ(data.categories.size(), 2);
    std::unique_ptr<QChart> chart(QtChartFactory::create(data, ChartStyle::defaults()));
    EXPECT_EQ(chart->chartType(), QChart::ChartTypeCartesian);
    ASSERT_EQ(chart->series().size(), 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    ASSERT_TRUE(bars);
    // Bars are stored bottom-up, so the first category is the last value.
    EXPECT_DOUBLE_EQ(bars->barSets().first()->at(1), *data.series[0].values[0]);
    EXPECT_DOUBLE_EQ(bars->barSets().first()->at(0), *data.series[0].values[1]);
}

TEST(QtChartFactory, StackedCoverageBarsCarryTheCounts)
{
    const Project project = dpitest::makeRadarProject();
    const ChartData data = ChartDataBuilder::coverageAndConfidence(project, scoreProject(project), QString(), QStringLiteral("en"));
    std::unique_ptr<QChart> chart(QtChartFactory::create(data, ChartStyle::defaults()));
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->barSets().size(), int(data.series.size()));
    const int n = int(data.categories.size());
    for (int s = 0; s < int(data.series.size()); ++s) {
        for (int c = 0; c < n; ++c)
            EXPECT_DOUBLE_EQ(bars->barSets()[s]->at(n - 1 - c), *data.series[std::size_t(s)].values[std::size_t(c)]);
    }
}

// QtCharts shows titles, labels and legends as rich text: the factory escapes
// project text exactly once, whichever view (dashboard or report) asks.
TEST(QtChartFactory, ProjectTextReachesQtChartsEscapedOnce)
{
    ChartData data;
    data.kind = ChartKind::Bars;
    data.title = QStringLiteral("R&D <b>bold</b>");
    data.categories = {QStringLiteral("Schools & <i>colleges</i>")};
    data.series.push_back({QStringLiteral("A<B"), QColor(Qt::blue), {50.0}});
    std::unique_ptr<QChart> bars(QtChartFactory::create(data, ChartStyle::defaults()));
    EXPECT_EQ(bars->title(), QStringLiteral("R&amp;D &lt;b&gt;bold&lt;/b&gt;"));
    auto *series = qobject_cast<QHorizontalBarSeries *>(bars->series().first());
    ASSERT_TRUE(series);
    EXPECT_EQ(series->barSets().first()->label(), QStringLiteral("A&lt;B"));
    auto *axis = qobject_cast<QBarCategoryAxis *>(bars->axes(Qt::Vertical).first());
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->categories().first(), QStringLiteral("Schools &amp; &lt;i&gt;colleges&lt;/i&gt;"));

    data.kind = ChartKind::Radar;
    data.categories = {QStringLiteral("R&D"), QStringLiteral("B"), QStringLiteral("C")};
    data.series.front().values = {10.0, 20.0, 30.0};
    std::unique_ptr<QChart> radar(QtChartFactory::create(data, ChartStyle::defaults()));
    bool found = false;
    for (QAbstractAxis *any : radar->axes()) {
        if (auto *angular = qobject_cast<QCategoryAxis *>(any)) {
            EXPECT_TRUE(angular->categoriesLabels().contains(QStringLiteral("R&amp;D")));
            found = true;
        }
    }
    EXPECT_TRUE(found);
}

TEST(ChartPainter, PdfHoldsVectorsAndTextNotImages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    const Project project = dpitest::makeRadarProject();
    const ProjectResult result = scoreProject(project);
    {
        QPdfWriter pdf(path);
        pdf.setResolution(1200);
        QPainter painter(&pdf);
        const QRectF page(0, 0, pdf.width(), pdf.height());
        paintChart(&painter, QRectF(page.topLeft(), QSizeF(page.width(), page.height() / 2)),
                   ChartDataBuilder::radar(project, result, QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("ru")));
        paintChart(&painter, QRectF(QPointF(0, page.height() / 2), QSizeF(page.width(), page.height() / 2)),
                   ChartDataBuilder::sectorComparison(project, result, QString(), QStringLiteral("ru")));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_GT(bytes.size(), 2000);
    EXPECT_FALSE(bytes.contains("/Subtype /Image")); // a drop shadow or an item cache would add one
    EXPECT_TRUE(bytes.contains("DejaVuSans"));
    // For looking at it: DPIW_TEST_OUTPUT_DIR=/tmp/x charts_tests
    if (!qEnvironmentVariableIsEmpty("DPIW_TEST_OUTPUT_DIR"))
        QFile::copy(path, qEnvironmentVariable("DPIW_TEST_OUTPUT_DIR") + QStringLiteral("/chart.pdf"));
}

TEST(ChartPainter, DrawsInsideTheTargetOnly)
{
    QImage image(400, 300, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintChart(&painter, QRectF(200, 0, 200, 150), radarData());
    }
    int insideOpaque = 0;
    int outsideOpaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool opaque = qAlpha(image.pixel(x, y)) > 0;
            const bool inside = x >= 200 && y < 150;
            (inside ? insideOpaque : outsideOpaque) += opaque ? 1 : 0;
        }
    }
    EXPECT_GT(insideOpaque, 1000);
    EXPECT_EQ(outsideOpaque, 0);
}

TEST(ChartWidget, ShowsTheDataAndSkipsIdenticalUpdates)
{
    ChartWidget widget;
    widget.resize(380, 340);
    EXPECT_EQ(widget.chart(), nullptr);
    const ChartData data = radarData();
    widget.setChartData(data);
    QChart *first = widget.chart();
    ASSERT_TRUE(first);
    // The title is rich text: escaped, its line break a <br>.
    EXPECT_EQ(first->title(), data.title.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    widget.setChartData(data);
    EXPECT_EQ(widget.chart(), first);

    ChartData changed = data;
    changed.series[0].values[0] = 12.5;
    widget.setChartData(changed);
    ASSERT_NE(widget.chart(), nullptr);
    EXPECT_EQ(widget.chartData(), changed);
    const auto grabbed = widget.grab();
    EXPECT_FALSE(grabbed.isNull());
    if (!qEnvironmentVariableIsEmpty("DPIW_TEST_OUTPUT_DIR"))
        grabbed.save(qEnvironmentVariable("DPIW_TEST_OUTPUT_DIR") + QStringLiteral("/radar-widget.png"));
}

// Bar values print like the tables: "24.0", not QtCharts' %g "24"; each label
// sits just past the end of its own bar, in its own row.
TEST(QtChartFactory, BarValueLabelsUseOneDecimalAtTheBarEnd)
{
    ChartData data;
    data.kind = ChartKind::Bars;
    data.categories = {QStringLiteral("Education"), QStringLiteral("Healthcare")};
    data.series.push_back({QStringLiteral("Score"), QColor(Qt::blue), {24.0, std::nullopt}});
    data.series.push_back({QStringLiteral("Other"), QColor(Qt::red), {80.5, 10.0}});
    std::unique_ptr<QChart> chart(QtChartFactory::create(data, ChartStyle::defaults()));
    chart->resize(600, 300);

    std::map<QString, QRectF> labels;
    for (QGraphicsItem *child : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child))
            labels[text->text()] = text->mapRectToScene(text->boundingRect());
    }
    ASSERT_TRUE(labels.count(QStringLiteral("24.0")));
    ASSERT_TRUE(labels.count(QStringLiteral("80.5")));
    ASSERT_TRUE(labels.count(QStringLiteral("10.0")));
    ASSERT_TRUE(labels.count(QStringLiteral("-")));
    // Longer bars end further right; the first category is on top.
    EXPECT_GT(labels[QStringLiteral("80.5")].left(), labels[QStringLiteral("24.0")].left());
    EXPECT_LT(labels[QStringLiteral("24.0")].top(), labels[QStringLiteral("10.0")].top());
    const QRectF plot = chart->plotArea();
    EXPECT_NEAR(labels[QStringLiteral("80.5")].left(), plot.left() + plot.width() * 0.805 + 3, 2.0);
}
