#include "chartlegend.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsItemGroup>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QPen>
#include <QTextDocument>

#include <algorithm>
#include <vector>

namespace dpi {

namespace {

constexpr qreal kSwatch = 9.0;
constexpr qreal kSwatchGap = 4.0;
constexpr qreal kEntryGap = 14.0;
constexpr qreal kRowGap = 3.0;
constexpr qreal kSideMargin = 6.0;

struct Entry
{
    QGraphicsItemGroup *item;
    qreal width;
    qreal height;
};

Entry createEntry(const ChartSeries &series, const ChartStyle &style, qreal available)
{
    auto *group = new QGraphicsItemGroup;
    auto *text = new QGraphicsTextItem;
    text->document()->setDocumentMargin(0);
    text->setFont(style.font);
    text->setDefaultTextColor(style.textColor);
    text->setPlainText(series.name); // plain text: a name is never markup
    const qreal textRoom = available - kSwatch - kSwatchGap;
    if (QFontMetricsF(style.font).horizontalAdvance(series.name) > textRoom)
        text->setTextWidth(textRoom);
    const QRectF textRect = text->boundingRect();
    const qreal lineHeight = QFontMetricsF(style.font).height();

    auto *swatch = new QGraphicsRectItem(0, (lineHeight - kSwatch) / 2, kSwatch, kSwatch);
    swatch->setBrush(series.color);
    swatch->setPen(QPen(series.color.darker(130), 0.8));
    text->setPos(kSwatch + kSwatchGap, 0);
    group->addToGroup(swatch);
    group->addToGroup(text);
    return {group, kSwatch + kSwatchGap + textRect.width(), std::max(textRect.height(), lineHeight)};
}

} // namespace

bool chartNeedsLegend(const ChartData &data, const ChartStyle &style)
{
    if (!style.showLegend || data.isEmpty())
        return false;
    return data.kind == ChartKind::StackedBars || data.series.size() > 1;
}

QGraphicsItem *createWrappedLegend(const ChartData &data, const ChartStyle &style, qreal width)
{
    auto *legend = new QGraphicsItemGroup;
    const qreal available = std::max<qreal>(40.0, width - 2 * kSideMargin);
    std::vector<std::vector<Entry>> rows(1);
    qreal rowWidth = 0;
    for (const ChartSeries &series : data.series) {
        const Entry entry = createEntry(series, style, available);
        const qreal needed = rowWidth > 0 ? rowWidth + kEntryGap + entry.width : entry.width;
        if (rowWidth > 0 && needed > available) {
            rows.emplace_back();
            rowWidth = entry.width;
        } else {
            rowWidth = needed;
        }
        rows.back().push_back(entry);
    }
    qreal y = 0;
    for (const std::vector<Entry> &row : rows) {
        qreal used = 0;
        qreal height = 0;
        for (const Entry &entry : row) {
            used += (used > 0 ? kEntryGap : 0) + entry.width;
            height = std::max(height, entry.height);
        }
        qreal x = (width - used) / 2;
        for (const Entry &entry : row) {
            entry.item->setPos(x, y);
            legend->addToGroup(entry.item);
            x += entry.width + kEntryGap;
        }
        y += height + kRowGap;
    }
    return legend;
}

} // namespace dpi
