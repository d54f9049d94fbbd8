#include "mapexport.h"
#include "mapgeometry.h"
#include "maplayout.h"
#include "wardleypainter.h"

#include "testmaps.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

int darkPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST(MapGeometry, MapsOwmCoordinatesIntoThePlot)
{
    const MapGeometry g(QSizeF(1100, 780));
    const QRectF plot = g.plotRect();
    EXPECT_EQ(g.toPoint(WardleyPosition{1.0, 0.0}), plot.topLeft());
    EXPECT_EQ(g.toPoint(WardleyPosition{0.0, 1.0}), plot.bottomRight());
    const WardleyPosition back = g.toPosition(g.toPoint(WardleyPosition{0.43, 0.35}));
    EXPECT_DOUBLE_EQ(back.visibility, 0.43);
    EXPECT_DOUBLE_EQ(back.maturity, 0.35);
}

TEST(MapGeometry, UsesTheMapsOwnSize)
{
    WardleyMap map;
    map.width = 1400;
    map.height = 900;
    EXPECT_EQ(MapGeometry(map).canvasRect(), QRectF(0, 0, 1400, 900));
}

TEST(MapLayout, DefaultLabelMovesOffAComponentInItsWay)
{
    WardleyMap map;
    WardleyComponent a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Alpha component");
    a.position = {0.5, 0.5};
    map.components.push_back(a);
    const WardleyPainter painter(map);
    // Put B exactly where A's default label (above right) would be.
    const MapLayout alone(map, painter.labelFont(), painter.anchorFont());
    const QPointF blocked = alone.component(QStringLiteral("a"))->labelRect.center();
    WardleyComponent b;
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("B");
    b.position = MapGeometry(map).toPosition(blocked);
    map.components.push_back(b);

    const MapLayout layout(map, painter.labelFont(), painter.anchorFont());
    const PlacedComponent *pa = layout.component(QStringLiteral("a"));
    const PlacedComponent *pb = layout.component(QStringLiteral("b"));
    ASSERT_TRUE(pa && pb);
    const QRectF circleB(pb->centre - QPointF(pb->radius, pb->radius), QSizeF(2 * pb->radius, 2 * pb->radius));
    const QRectF circleA(pa->centre - QPointF(pa->radius, pa->radius), QSizeF(2 * pa->radius, 2 * pa->radius));
    EXPECT_FALSE(pa->labelRect.intersects(circleB));
    EXPECT_FALSE(pa->labelRect.intersects(circleA));
}

TEST(MapLayout, WrittenLabelOffsetsAreKept)
{
    const WardleyMap map = teaShop();
    const WardleyPainter painter(map);
    const MapLayout layout(map, painter.labelFont(), painter.anchorFont());
    const WardleyComponent *kettle = map.findComponentByName(QStringLiteral("Kettle"));
    ASSERT_TRUE(kettle);
    const PlacedComponent *placed = layout.component(kettle->id);
    ASSERT_TRUE(placed);
    EXPECT_EQ(placed->labelOrigin, placed->centre + QPointF(-57, 4));
    // The evolved twin sits at the evolve maturity, on the same height.
    ASSERT_EQ(layout.twins().size(), 2u);
    const PlacedComponent *electric = layout.byName(QStringLiteral("Electric Kettle"));
    ASSERT_TRUE(electric);
    EXPECT_DOUBLE_EQ(electric->centre.y(), placed->centre.y());
    EXPECT_DOUBLE_EQ(electric->centre.x(), layout.geometry().xOfMaturity(0.62));
}

TEST(MapLayout, WrittenOffsetThatWouldCoverItsOwnCircleKeepsItsSide)
{
    const OwmParseResult parsed = parseOwm(QStringLiteral("component Education systems (Kundoluk, EMIS) [0.5, 0.5] label [-60, 4]\n"
                                                          "component Right [0.2, 0.2] label [2, 2]\n"),
                                           QStringLiteral("offsets.owm"));
    const WardleyPainter painter(parsed.map);
    const MapLayout layout(parsed.map, painter.labelFont(), painter.anchorFont());
    const PlacedComponent &left = layout.components()[0];
    const PlacedComponent &right = layout.components()[1];
    EXPECT_LE(left.labelRect.right(), left.centre.x() - left.radius);
    EXPECT_GE(right.labelRect.left(), right.centre.x() + right.radius);
    EXPECT_DOUBLE_EQ(left.labelOrigin.y(), left.centre.y() + 4); // the height is the author's
}

TEST(MapLayout, ToleratesDanglingReferences)
{
    const OwmParseResult parsed = parseOwm(QStringLiteral("component A [0.5, 0.5]\nA->Ghost\nGhost->A\nevolve Nobody 0.8\n"
                                                          "pipeline Nothing [0.2, 0.4]\n"),
                                           QStringLiteral("dangling.owm"));
    const QImage image = renderMapImage(parsed.map, MapPaintOptions(), 400);
    EXPECT_FALSE(image.isNull());
}

TEST(MapExport, SvgHasTheNamesAsTextAndNoImages)
{
    const WardleyMap map = teaShop();
    const QString svg = QString::fromUtf8(mapToSvg(map));
    EXPECT_TRUE(svg.contains(QLatin1String("<text")));
    EXPECT_FALSE(svg.contains(QLatin1String("<image")));
    for (const WardleyComponent &c : map.components)
        EXPECT_TRUE(svg.contains(QLatin1String(">") + c.name.toHtmlEscaped() + QLatin1String("<"))) << c.name.toStdString();
    for (const QString &stage : {QStringLiteral("Genesis"), QStringLiteral("Custom-Built"), QStringLiteral("Evolution"),
                                 QStringLiteral("Electric Kettle"), QStringLiteral("Tea Shop")})
        EXPECT_TRUE(svg.contains(stage)) << stage.toStdString();
    EXPECT_TRUE(svg.contains(QLatin1String("DejaVu Sans")));
}

TEST(MapExport, SvgFileIsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tea.svg"));
    QString error;
    ASSERT_TRUE(exportMapImage(teaShop(), MapPaintOptions(), 0, path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg"));
    EXPECT_FALSE(exportMapImage(teaShop(), MapPaintOptions(), 0, dir.filePath(QStringLiteral("tea.gif")), &error));
}

TEST(MapExport, PngHasTheRequestedSizeOnWhite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tea.png"));
    QString error;
    ASSERT_TRUE(exportMapImage(teaShop(), MapPaintOptions(), 1650, path, &error)) << error.toStdString();
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1650);
    EXPECT_EQ(image.height(), 1170); // 1100x780 canvas, scaled 1.5
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));
    // Axes, circles and text leave real ink: more than a bare frame would.
    EXPECT_GT(darkPixels(image), 5000);
}

TEST(MapExport, PaintsIntoAnyRectWithoutSpillingOut)
{
    QImage image(800, 800, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    QPainter painter(&image);
    paintWardleyMap(painter, QRectF(100, 100, 600, 600), teaShop());
    painter.end();
    // Fitted with the aspect kept: white inside the target, untouched outside.
    EXPECT_EQ(image.pixelColor(50, 50), QColor(Qt::blue));
    EXPECT_EQ(image.pixelColor(400, 100 + 300 - 212 + 3), QColor(Qt::white));
    EXPECT_EQ(image.pixelColor(400, 150), QColor(Qt::blue));
}
