#pragma once

#include <QTextDocument>

namespace dpi {

// A QTextDocument that never loads anything: no files, no URLs, no images.
// Report charts and maps are drawn by ReportObjectHandler instead, so a
// template (or project text pasted raw into one) cannot reach outside.
class ReportTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit ReportTextDocument(QObject *parent = nullptr);

    // Names the document asked for and was refused, for diagnostics.
    QStringList refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QStringList m_refused;
};

} // namespace dpi
