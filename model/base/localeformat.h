#pragma once

#include <QLocale>
#include <QString>

#include <optional>

class QDate;
class QDateTime;

namespace dpi::localeformat {

// Numbers, percentages and dates as a language writes them: "24.1 %" in
// English, "24,1 %" in Russian and Kyrgyz. The app passes nothing and gets
// QLocale() (QLocale::setDefault follows the interface language,
// views/common/interfacelanguage.cpp); the report passes the locale of its
// own language (localeFor), so a Kyrgyz report says "24,1 %" whatever the
// interface speaks. Machine-read exports (CSV, JSON) keep "." (scoreformat.h).
QLocale localeFor(const QString &language);
QString number(double value, int decimals, const QLocale &locale = QLocale());
QString percent(std::optional<double> value, int decimals = 1, const QString &missing = QStringLiteral("—"),
                const QLocale &locale = QLocale());
// "7 December 2026", "7 декабря 2026 г.", "2026-ж., 7-декабрь" (the Kyrgyz
// month as Qt's CLDR data names it).
QString date(const QDate &date, const QLocale &locale = QLocale());
// The date as above and the time as HH:mm.
QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace dpi::localeformat
