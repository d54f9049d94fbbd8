#include "reporttextdocument.h"

#include <QUrl>

namespace dpi {

ReportTextDocument::ReportTextDocument(QObject *parent)
    : QTextDocument(parent)
{
}

QVariant ReportTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    const QString text = name.toString();
    if (!text.startsWith(QLatin1String("chart:")) && !text.startsWith(QLatin1String("map:"))
        && !text.startsWith(QLatin1String("mapdiff:")) && !m_refused.contains(text))
        m_refused << text;
    return {};
}

} // namespace dpi
