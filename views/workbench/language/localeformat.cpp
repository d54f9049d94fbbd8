#include "localeformat.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace dpi::localeformat {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(std::optional<double> value, int decimals, const QString &missing)
{
    if (!value)
        return missing;
    // A space before "%" in all three languages (Russian and Kyrgyz style
    // require it; the English UI has always shown it so).
    return number(*value, decimals) + QStringLiteral(" %");
}

QString date(const QDate &date)
{
    const QLocale locale;
    // CLDR's long formats start with the weekday; the day, month and year
    // are what an assessment record needs, in each language's own order.
    switch (locale.language()) {
    case QLocale::Russian:
        return locale.toString(date, QStringLiteral("d MMMM yyyy 'г'."));
    case QLocale::Kirghiz:
        return locale.toString(date, QStringLiteral("yyyy-'ж'., d-MMMM"));
    default:
        return locale.toString(date, QStringLiteral("MMMM d, yyyy"));
    }
}

QString dateTime(const QDateTime &dateTime)
{
    return date(dateTime.date()) + QLatin1Char(' ') + QLocale().toString(dateTime.time(), QStringLiteral("HH:mm"));
}

} // namespace dpi::localeformat
