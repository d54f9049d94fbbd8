#include "chartlegend.h"
#include "chartwidget.h"

#include <QChart>
#include <QLabel>
#include <QLegend>

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <gtest/gtest.h>

#include <memory>

using namespace dpi;

namespace {

ChartData threeLongSeries()
{
    ChartData data;
    data.kind = ChartKind::Bars;
    data.categories = {QStringLiteral("Education"), QStringLiteral("Healthcare")};
    const QStringList names = {QStringLiteral("Technical feasibility of using shared DPI in a sector"),
                               QStringLiteral("Legal and regulatory due diligence for digital public infrastructure"),
                               QStringLiteral("Organisational capacity of the sector for digital public infrastructure")};
    for (int i = 0; i < names.size(); ++i)
        data.series.push_back(ChartSeries{names.at(i), ChartStyle::seriesColor(i), {40.0, 50.0}});
    return data;
}

QStringList textsOf(const QGraphicsItem *legend)
{
    QStringList texts;
    for (const QGraphicsItem *group : legend->childItems()) {
        for (const QGraphicsItem *child : group->childItems()) {
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(child))
                texts << text->toPlainText();
        }
    }
    return texts;
}

} // namespace

TEST(ChartLegend, OnlyChartsWithSeveralSeriesOrStackedPartsNeedOne)
{
    ChartData data = threeLongSeries();
    EXPECT_TRUE(chartNeedsLegend(data, ChartStyle::defaults()));
    ChartStyle hidden = ChartStyle::defaults();
    hidden.showLegend = false;
    EXPECT_FALSE(chartNeedsLegend(data, hidden));
    data.series.resize(1);
    EXPECT_FALSE(chartNeedsLegend(data, ChartStyle::defaults()));
    data.kind = ChartKind::StackedBars;
    EXPECT_TRUE(chartNeedsLegend(data, ChartStyle::defaults()));
}

TEST(ChartLegend, KeepsEveryNameWholeAndWrapsRowsInsideTheWidth)
{
    const ChartData data = threeLongSeries();
    QGraphicsScene scene;
    QGraphicsItem *legend = createWrappedLegend(data, ChartStyle::defaults(), 420);
    scene.addItem(legend);

    // Names are never elided, whatever the width.
    EXPECT_EQ(textsOf(legend), QStringList({data.series[0].name, data.series[1].name, data.series[2].name}));
    const QRectF bounds = legend->childrenBoundingRect();
    EXPECT_GE(bounds.left(), 0.0);
    EXPECT_LE(bounds.right(), 420.0);
    // Three names of ~60 characters cannot share one 420 px row.
    const qreal oneLine = QFontMetricsF(ChartStyle::defaults().font).height();
    EXPECT_GT(bounds.height(), 2.5 * oneLine);

    // A width narrower than one name wraps that name instead of running off.
    QGraphicsItem *narrow = createWrappedLegend(data, ChartStyle::defaults(), 160);
    scene.addItem(narrow);
    EXPECT_LE(narrow->childrenBoundingRect().right(), 160.0);
    EXPECT_EQ(textsOf(narrow).size(), 3);
}

TEST(ChartLegend, TheWidgetShowsWholeEscapedNamesUnderTheChart)
{
    ChartData data = threeLongSeries();
    data.series[1].name += QStringLiteral(" <R&D>");
    ChartWidget widget;
    widget.resize(420, 320);
    widget.setChartData(data);
    ASSERT_TRUE(widget.chart());
    EXPECT_FALSE(widget.chart()->legend()->isVisible()); // QtCharts' own would elide
    ASSERT_TRUE(widget.legend()->isVisibleTo(&widget));
    const QString text = widget.legend()->text();
    for (const ChartSeries &series : data.series)
        EXPECT_TRUE(text.contains(series.name.toHtmlEscaped())) << series.name.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("<R&D>")));

    // One series needs no legend.
    data.series.resize(1);
    widget.setChartData(data);
    EXPECT_FALSE(widget.legend()->isVisibleTo(&widget));
}
