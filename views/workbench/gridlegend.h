#pragma once

#include <QWidget>

namespace dpi {

class Document;

/** A one-line key under the grid: the level colours, N/A, unscored, red flag, evidence. */
class GridLegend : public QWidget
{
    Q_OBJECT

public:
    explicit GridLegend(Document *document, QWidget *parent = nullptr);
    void setLanguage(const QString &language);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Document *const m_document;
    QString m_language = QStringLiteral("en");
};

} // namespace dpi
