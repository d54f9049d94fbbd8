#include "barvaluelabels.h"

#include "localeformat.h"


#include <QAbstractBarSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>

#include <vector>

namespace dpi {

namespace {

struct BarLabel
{
    QGraphicsSimpleTextItem *item;
    double value;
    double barCentre; // on the category axis
};

QString labelText(const std::optional<double> &value, bool percent, const QString &language)
{
    if (!percent)
        return value ? QString::number(*value, 'f', 0) : QStringLiteral("-");
    // The chart's language, like the table beside it: "24,1" in Russian and Kyrgyz.
    return value ? localeformat::number(*value, 1, localeformat::localeFor(language.isEmpty() ? QStringLiteral("en") : language))
                 : QStringLiteral("-");
}

} // namespace

void attachBarValueLabels(QChart *chart, QAbstractBarSeries *bars, const ChartData &data,
                          const ChartStyle &style)
{
    const int categories = int(data.categories.size());
    const int sets = int(data.series.size());
    if (!chart || !bars || categories == 0 || sets == 0)
        return;
    // Within one category the sets share the bar width, the first lowest.
    const double slot = bars->barWidth() / sets;
    std::vector<BarLabel> labels;
    for (int s = 0; s < sets; ++s) {
        const ChartSeries &series = data.series.at(std::size_t(s));
        for (int c = 0; c < categories; ++c) {
            const std::optional<double> &value = series.values.at(std::size_t(c));
            auto *item = new QGraphicsSimpleTextItem(labelText(value, data.percent, data.language), chart);
            item->setFont(style.font);
            item->setBrush(style.textColor);
            const double row = categories - 1 - c;
            labels.push_back({item, value.value_or(0.0), row - bars->barWidth() / 2 + (s + 0.5) * slot});
        }
    }
    const auto place = [chart, bars, labels] {
        for (const BarLabel &label : labels) {
            const QPointF end = chart->mapToPosition(QPointF(label.value, label.barCentre), bars);
            const QRectF box = label.item->boundingRect();
            label.item->setPos(end.x() + 3, end.y() - box.height() / 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

} // namespace dpi
