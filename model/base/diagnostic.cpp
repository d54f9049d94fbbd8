#include "diagnostic.h"

#include <algorithm>

namespace dpi {

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1:%2:%3: %4: %5").arg(file).arg(line).arg(column).arg(kind, message);
}

void Diagnostics::error(const QString &file, int line, int column, const QString &message)
{
    m_items.push_back({file, line, column, Severity::Error, message});
}

void Diagnostics::warning(const QString &file, int line, int column, const QString &message)
{
    m_items.push_back({file, line, column, Severity::Warning, message});
}

void Diagnostics::append(const Diagnostics &other)
{
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

int Diagnostics::errorCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

int Diagnostics::warningCount() const
{
    return int(m_items.size()) - errorCount();
}

QString Diagnostics::toString() const
{
    QString result;
    for (const auto &item : m_items)
        result += item.toString() + QLatin1Char('\n');
    return result;
}

} // namespace dpi
