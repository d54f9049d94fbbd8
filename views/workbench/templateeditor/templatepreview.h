#pragma once

#include "diagnostic.h"
#include "project.h"
#include "reporttemplate.h"

#include <QImage>
#include <QMap>
#include <QScrollArea>
#include <QVariantMap>

#include <memory>

namespace dpi {

class ReportRenderer;
struct TemplatePreviewPages;

/**
 * The report as it will be printed: the template laid out by the same
 * ReportRenderer (pages, contents numbers, running header and footer) on a
 * PDF device of the template's page size, then painted page by page into
 * the view. Only visible pages are painted (and cached), so a long report
 * scrolls freely; re-rendering keeps the scroll position. A failed render
 * keeps the last good pages on screen.
 */
class TemplatePreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget *parent = nullptr);
    ~TemplatePreview() override;

    /** Lays the report out; false (pages unchanged) on errors, which go to `diagnostics`. */
    bool render(const Project &project, const ReportTemplate &reportTemplate, const QString &language,
                const QString &date, Diagnostics &diagnostics);

    int pageCount() const;
    /** Text of the laid-out report (what the PDF's pages contain). */
    QString plainText() const;
    /** The context of the last good render (see ReportRenderer::lastContext). */
    QVariantMap context() const;
    /** Page `index` painted `width` pixels wide. */
    QImage pageImage(int index, int width) const;
    /** Vertical offset of page `index` in the view. */
    int pageTop(int index) const;

    QSize pageSizeFor(int width) const;
    int pageWidth() const;
    void paintPages(QPainter &painter, const QRect &exposed);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayoutCanvas();

    std::unique_ptr<TemplatePreviewPages> m_pages;
    mutable QMap<int, QImage> m_cache;
    QWidget *m_canvas;
};

} // namespace dpi
