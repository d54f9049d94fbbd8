#include "gridlegend.h"

#include "document.h"
#include "levelcolors.h"

#include <QPainter>

namespace dpi {

GridLegend::GridLegend(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    connect(document, &Document::projectReplaced, this, qOverload<>(&QWidget::update));
}

void GridLegend::setLanguage(const QString &language)
{
    m_language = language;
    update();
}

QSize GridLegend::sizeHint() const
{
    return {600, fontMetrics().height() + 12};
}

void GridLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height();
    const int y = (height() - swatch) / 2;
    int x = 8;
    auto drawLabel = [&](const QString &text) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, 0, metrics.horizontalAdvance(text) + 2, height()), Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + 14;
    };

    const auto &frameworks = m_document->project().frameworks;
    if (!frameworks.empty()) {
        const Scale &scale = frameworks.front().framework.scale;
        const int span = scale.maxLevel() - scale.minLevel();
        for (const ScaleLevel &level : scale.levels) {
            const double fraction = span > 0 ? double(level.value - scale.minLevel()) / span : 0.0;
            painter.fillRect(QRect(x, y, swatch + 6, swatch), levelcolors::forFraction(fraction));
            painter.setPen(levelcolors::textOn(fraction));
            painter.drawText(QRect(x, y, swatch + 6, swatch), Qt::AlignCenter, QString::number(level.value));
            x += swatch + 10;
            drawLabel(level.label.text(m_language));
        }
    }
    const QRect na(x, y, swatch + 6, swatch);
    painter.fillRect(na, levelcolors::notApplicable());
    painter.fillRect(na, QBrush(levelcolors::notApplicable().darker(118), Qt::BDiagPattern));
    x += swatch + 10;
    drawLabel(tr("not applicable"));

    const QRect unscored(x, y, swatch + 6, swatch);
    painter.fillRect(unscored, levelcolors::unscored());
    painter.setPen(QPen(QColor(0xc4, 0xc8, 0xce), 1, Qt::DashLine));
    painter.drawRect(unscored.adjusted(0, 0, -1, -1));
    x += swatch + 10;
    drawLabel(tr("unscored"));

    const QRect flag(x, y, swatch + 6, swatch);
    painter.setPen(QPen(levelcolors::redFlag(), 2));
    painter.drawRect(flag.adjusted(1, 1, -1, -1));
    x += swatch + 10;
    drawLabel(tr("critical failure"));

    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x2f, 0x3a, 0x48));
    painter.drawEllipse(QPointF(x + 3, height() / 2.0), 2, 2);
    x += 10;
    drawLabel(tr("evidence item"));
}

} // namespace dpi
