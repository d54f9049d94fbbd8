#include "localeformat.h"

#include <QDate>
#include <QDateTime>

namespace dpi::localeformat {

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("ky"))
        return QLocale(QLocale::Kirghiz, QLocale::Kyrgyzstan);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(language);
}

QString number(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString percent(std::optional<double> value, int decimals, const QString &missing, const QLocale &locale)
{
    if (!value)
        return missing;
    // A space before "%" in all three languages (Russian and Kyrgyz style
    // require it; the English interface has always shown it so).
    return number(*value, decimals, locale) + QStringLiteral(" %");
}

QString date(const QDate &date, const QLocale &locale)
{
    // CLDR's long formats start with the weekday; the day, month and year
    // are what an assessment record needs, in each language's own order.
    switch (locale.language()) {
    case QLocale::Russian:
        return locale.toString(date, QStringLiteral("d MMMM yyyy 'г'."));
    case QLocale::Kirghiz:
        return locale.toString(date, QStringLiteral("yyyy-'ж'., d-MMMM"));
    default:
        return locale.toString(date, QStringLiteral("d MMMM yyyy"));
    }
}

QString dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return date(dateTime.date(), locale) + QLatin1Char(' ') + locale.toString(dateTime.time(), QStringLiteral("HH:mm"));
}

} // namespace dpi::localeformat
