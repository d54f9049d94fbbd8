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
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /** Lays the key out in lines of at most `width`; paints when `painter` is set. Returns the height. */
    int layoutKey(int width, QPainter *painter) const;

    Document *const m_document;
    QString m_language = QStringLiteral("en");
};

} // namespace dpi
