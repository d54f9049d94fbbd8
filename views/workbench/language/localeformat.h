#pragma once

#include <QString>

#include <optional>

class QDate;
class QDateTime;

namespace dpi::localeformat {

// Numbers, percentages and dates as the interface language writes them
// (QLocale::setDefault follows it, interfacelanguage.cpp): "24.1 %" in
// English, "24,1 %" in Russian and Kyrgyz. The dashboard, the scoring grid
// and the status bar use these so that one number reads the same in each.
// Exported files keep "." (scoreformat.h): scripts read them.
QString number(double value, int decimals);
QString percent(std::optional<double> value, int decimals = 1, const QString &missing = QStringLiteral("—"));
// "December 7, 2026", "7 декабря 2026 г.", Kyrgyz "2026-ж., 7-декабрь" (the
// month as Qt's Kyrgyz locale data names it).
QString date(const QDate &date);
// The date as above and the time as hh:mm.
QString dateTime(const QDateTime &dateTime);

} // namespace dpi::localeformat
