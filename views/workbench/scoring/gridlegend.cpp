#include "gridlegend.h"

#include "document.h"
#include "previousroundresults.h"
#include "scorepalette.h"
#include "scoring.h"

#include <QPainter>

#include <algorithm>

#include <functional>
#include <vector>

namespace dpi {

namespace {

struct KeyItem
{
    std::function<void(QPainter &, const QRect &)> drawSwatch;
    QString label;
};

} // namespace

GridLegend::GridLegend(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(document, &Document::projectReplaced, this, [this] {
        setFixedHeight(heightForWidth(width()));
        update();
    });
    // The change marks are explained while there is a previous round to compare with.
    connect(PreviousRoundResults::of(document), &PreviousRoundResults::changed, this, [this] {
        setFixedHeight(heightForWidth(width()));
        update();
    });
}

void GridLegend::setLanguage(const QString &language)
{
    m_language = language;
    setFixedHeight(heightForWidth(width()));
    update();
}

QSize GridLegend::sizeHint() const
{
    return {600, heightForWidth(600)};
}

QSize GridLegend::minimumSizeHint() const
{
    return {100, fontMetrics().height() + 10};
}

int GridLegend::heightForWidth(int width) const
{
    return layoutKey(width, nullptr);
}

void GridLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int wanted = heightForWidth(width());
    if (wanted != height())
        setFixedHeight(wanted);
}

void GridLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    layoutKey(width(), &painter);
}

int GridLegend::layoutKey(int width, QPainter *painter) const
{
    std::vector<KeyItem> items;
    const auto &frameworks = m_document->project().frameworks;
    if (!frameworks.empty()) {
        const Scale &scale = frameworks.front().framework.scale;
        for (const ScaleLevel &level : scale.levels) {
            const QColor colour = scorepalette::forScore(levelPercent(scale, level.value));
            const QString value = QString::number(level.value);
            items.push_back({[colour, value](QPainter &p, const QRect &r) {
                                 p.fillRect(r, colour);
                                 p.setPen(scorepalette::text());
                                 p.drawText(r, Qt::AlignCenter, value);
                             },
                             level.label.text(m_language)});
        }
        // A gate framework after the first: its two levels are the ramp's ends.
        const auto gates = std::find_if(frameworks.begin() + 1, frameworks.end(),
                                        [](const ProjectFramework &f) { return f.framework.isGates(); });
        if (gates != frameworks.end()) {
            const Scale &gateScale = gates->framework.scale;
            for (const bool passed : {true, false}) {
                const QColor colour = scorepalette::forPercent(passed ? 100.0 : 0.0);
                const QString value = QString::number(passed ? gateScale.maxLevel() : gateScale.minLevel());
                items.push_back({[colour, value](QPainter &p, const QRect &r) {
                                     p.fillRect(r, colour);
                                     p.setPen(scorepalette::text());
                                     p.drawText(r, Qt::AlignCenter, value);
                                 },
                                 passed ? tr("gate passed") : tr("gate failed")});
            }
        }
    }
    items.push_back({[](QPainter &p, const QRect &r) {
                         p.fillRect(r, scorepalette::notApplicable());
                         p.fillRect(r, QBrush(scorepalette::notApplicableHatch(), Qt::BDiagPattern));
                     },
                     tr("not applicable")});
    items.push_back({[](QPainter &p, const QRect &r) {
                         p.fillRect(r, scorepalette::unscored());
                         p.setPen(QPen(scorepalette::unscoredOutline(), 1, Qt::DashLine));
                         p.drawRect(r.adjusted(0, 0, -1, -1));
                     },
                     tr("unscored")});
    items.push_back({[](QPainter &p, const QRect &r) {
                         p.fillRect(r, scorepalette::unverified());
                         p.setPen(scorepalette::unverifiedMark());
                         QFont bold = p.font();
                         bold.setBold(true);
                         p.setFont(bold);
                         p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
                     },
                     tr("unverified")});
    items.push_back({[](QPainter &p, const QRect &r) {
                         p.setPen(QPen(scorepalette::redFlag(), 2));
                         p.drawRect(r.adjusted(1, 1, -1, -1));
                     },
                     tr("critical failure")});
    items.push_back({[](QPainter &p, const QRect &r) {
                         p.setRenderHint(QPainter::Antialiasing, true);
                         p.setPen(Qt::NoPen);
                         p.setBrush(QColor(0x2f, 0x3a, 0x48));
                         p.drawEllipse(QPointF(r.left() + 5, r.center().y() + 0.5), 2.2, 2.2);
                         p.setRenderHint(QPainter::Antialiasing, false);
                     },
                     tr("evidence")});
    if (PreviousRoundResults::of(m_document)->isLoaded()) {
        items.push_back({[](QPainter &p, const QRect &r) {
                             // The grid's marks: up and down between levels.
                             p.setRenderHint(QPainter::Antialiasing, true);
                             p.setPen(Qt::NoPen);
                             p.setBrush(scorepalette::changeMark());
                             const QPointF c(r.left() + 6, r.center().y() + 0.5);
                             p.drawPolygon(QPolygonF{c + QPointF(0, -5), c + QPointF(-5, 4), c + QPointF(5, 4)});
                             const QPointF d(r.left() + 18, r.center().y() + 0.5);
                             p.drawPolygon(QPolygonF{d + QPointF(0, 5), d + QPointF(-5, -4), d + QPointF(5, -4)});
                             p.setRenderHint(QPainter::Antialiasing, false);
                         },
                         tr("changed since the last round")});
    }

    const QFontMetrics metrics = fontMetrics();
    const int swatchHeight = metrics.height();
    const int swatchWidth = swatchHeight + 6;
    const int lineHeight = swatchHeight + 8;
    int x = 8;
    int y = 4;
    for (const KeyItem &item : items) {
        const int itemWidth = swatchWidth + 5 + metrics.horizontalAdvance(item.label);
        if (x > 8 && x + itemWidth > width - 4) {
            x = 8;
            y += lineHeight;
        }
        if (painter) {
            painter->save();
            item.drawSwatch(*painter, QRect(x, y, swatchWidth, swatchHeight));
            painter->restore();
            painter->setPen(palette().color(QPalette::WindowText));
            painter->drawText(QRect(x + swatchWidth + 5, y, itemWidth, swatchHeight), Qt::AlignVCenter | Qt::AlignLeft,
                              item.label);
        }
        x += itemWidth + 14;
    }
    return y + lineHeight;
}

} // namespace dpi
