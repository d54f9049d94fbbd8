#include "reportobjecthandler.h"

#include "chartdatabuilder.h"
#include "chartpainter.h"
#include "chartstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>

namespace dpi {

namespace {

constexpr qreal kReferenceDpi = 96.0;

qreal deviceScale(QTextDocument *doc)
{
    const QPaintDevice *device = doc && doc->documentLayout() ? doc->documentLayout()->paintDevice() : nullptr;
    return device && device->logicalDpiY() > 0 ? device->logicalDpiY() / kReferenceDpi : 1.0;
}

ChartStyle reportChartStyle()
{
    ChartStyle style = ChartStyle::defaults();
    style.font.setFamily(QStringLiteral("DejaVu Sans"));
    style.titleFont.setFamily(QStringLiteral("DejaVu Sans"));
    return style;
}

} // namespace

ReportObjectHandler::ReportObjectHandler(const Project &project, const ProjectResult &result, const QString &language,
                                         QObject *parent)
    : QObject(parent), m_project(project), m_result(result), m_language(language), m_mapPainter(&paintReportMap)
{
}

void ReportObjectHandler::noteUnresolved(const QString &name)
{
    if (!m_unresolved.contains(name))
        m_unresolved << name;
}

ChartData ReportObjectHandler::chartData(const QString &name)
{
    const auto cached = m_chartCache.constFind(name);
    if (cached != m_chartCache.cend())
        return *cached;
    ChartData data;
    const QStringList parts = name.mid(int(qstrlen("chart:"))).split(QLatin1Char('/'));
    if (!name.startsWith(QLatin1String("chart:"))) {
        return data;
    } else if (parts.size() == 3 && parts[0] == QLatin1String("radar")) {
        data = ChartDataBuilder::radar(m_project, m_result, parts[1], parts[2], m_language);
    } else if (parts.size() == 1 && parts[0] == QLatin1String("overview")) {
        data = ChartDataBuilder::sectorComparison(m_project, m_result, QString(), m_language);
    } else if (parts.size() == 1 && parts[0] == QLatin1String("coverage")) {
        data = ChartDataBuilder::coverageAndConfidence(m_project, m_result, QString(), m_language);
    } else if (parts.size() == 2 && parts[0] == QLatin1String("bars") && m_project.findFramework(parts[1])) {
        data = ChartDataBuilder::sectorComparison(m_project, m_result, parts[1], m_language);
    }
    if (data.isEmpty())
        noteUnresolved(name);
    m_chartCache.insert(name, data);
    return data;
}

QSizeF ReportObjectHandler::defaultSize(const QString &name)
{
    if (name.startsWith(QLatin1String("map:")) || name.startsWith(QLatin1String("mapdiff:")))
        return {640, 460};
    const ChartData data = chartData(name);
    if (data.kind == ChartKind::Radar)
        return {640, 440};
    // Bars grow with what they show, so that labels never squeeze together.
    const int bars = int(data.categories.size())
        * (data.kind == ChartKind::StackedBars ? 1 : std::max<int>(1, int(data.series.size())));
    const qreal perCategory = data.kind == ChartKind::StackedBars ? 26 : 10;
    return {620, std::max<qreal>(200, 110 + bars * 14 + data.categories.size() * perCategory)};
}

QSizeF ReportObjectHandler::intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format)
{
    Q_UNUSED(posInDocument)
    const QTextImageFormat image = format.toImageFormat();
    const QString name = image.name();
    if (name.startsWith(QLatin1String("page:"))) {
        const QPaintDevice *device = doc && doc->documentLayout() ? doc->documentLayout()->paintDevice() : nullptr;
        const QFontMetricsF metrics(image.font(), device);
        return {metrics.horizontalAdvance(QStringLiteral("0000")), metrics.ascent()};
    }
    if (!name.startsWith(QLatin1String("chart:")) && !name.startsWith(QLatin1String("map:"))
        && !name.startsWith(QLatin1String("mapdiff:")))
        return {0, 0};
    const QSizeF fallback = defaultSize(name);
    QSizeF size(image.width(), image.height());
    if (size.width() <= 0 && size.height() <= 0)
        size = fallback;
    else if (size.width() <= 0)
        size.setWidth(size.height() * fallback.width() / fallback.height());
    else if (size.height() <= 0)
        size.setHeight(size.width() * fallback.height() / fallback.width());

    size *= deviceScale(doc);
    // Never wider than the page: a too-large object would run off the paper.
    const qreal pageWidth = doc ? doc->pageSize().width() - 2 * doc->documentMargin() : 0;
    if (pageWidth > 0 && size.width() > pageWidth)
        size = QSizeF(pageWidth, size.height() * pageWidth / size.width());
    return size;
}

void ReportObjectHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                                     const QTextFormat &format)
{
    Q_UNUSED(posInDocument)
    const QString name = format.toImageFormat().name();
    if (name.startsWith(QLatin1String("page:"))) {
        bool ok = false;
        const int index = name.mid(int(qstrlen("page:"))).toInt(&ok);
        const QString text = ok ? m_pageNumbers.value(index) : QString();
        const QTextCharFormat charFormat = format.toCharFormat();
        painter->save();
        painter->setFont(charFormat.font());
        painter->setPen(charFormat.foreground().style() == Qt::NoBrush ? QColor(Qt::black) : charFormat.foreground().color());
        const QFontMetricsF metrics(charFormat.font(), painter->device());
        // Right-aligned on the baseline (an inline object's bottom).
        painter->drawText(QPointF(rect.right() - metrics.horizontalAdvance(text), rect.bottom()), text);
        painter->restore();
        m_drewPageNumber = true;
        return;
    }
    if (name.startsWith(QLatin1String("chart:"))) {
        const ChartData data = chartData(name);
        if (data.isEmpty())
            return;
        // Laid out a little larger than printed: on paper the chart's 9 pt
        // labels would crowd the legend, which QtCharts then truncates.
        // Radars need more: long dimension names around the polar plot
        // would otherwise squeeze the plot to a few millimetres.
        const qreal scale = deviceScale(doc) / (data.kind == ChartKind::Radar ? 1.45 : 1.15);
        paintChart(painter, rect, data, reportChartStyle(), rect.size() / scale);
        ++m_chartsDrawn;
    } else if (name.startsWith(QLatin1String("mapdiff:"))) {
        const QString mapId = name.mid(int(qstrlen("mapdiff:")));
        const auto byId = [&mapId](const std::vector<WardleyMap> &maps) -> const WardleyMap * {
            for (const WardleyMap &candidate : maps) {
                if (candidate.id == mapId)
                    return &candidate;
            }
            return nullptr;
        };
        const WardleyMap *map = byId(m_project.maps);
        const WardleyMap *before = m_previous ? byId(m_previous->maps) : nullptr;
        if (!map || !before) {
            noteUnresolved(name);
            return;
        }
        painter->save();
        paintReportMapChanges(*painter, rect, *before, *map, m_changeLegend);
        painter->restore();
        ++m_mapsDrawn;
    } else if (name.startsWith(QLatin1String("map:"))) {
        const QStringList parts = name.mid(int(qstrlen("map:"))).split(QLatin1Char('/'));
        const WardleyMap *map = nullptr;
        for (const WardleyMap &candidate : m_project.maps) {
            if (candidate.id == parts.value(0))
                map = &candidate;
        }
        const QString sectorId = parts.value(1);
        if (!map || (!sectorId.isEmpty() && !m_project.findSector(sectorId))) {
            noteUnresolved(name);
            return;
        }
        if (m_mapPainter) {
            painter->save();
            m_mapPainter(*painter, rect, m_project, m_result, *map, sectorId, m_language);
            painter->restore();
            ++m_mapsDrawn;
        }
    }
}

} // namespace dpi
