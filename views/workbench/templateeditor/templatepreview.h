#pragma once

#include "diagnostic.h"
#include "project.h"
#include "reporttemplate.h"
#include "scoring.h"

#include <QImage>
#include <QMap>
#include <QScrollArea>
#include <QVariantMap>

#include <memory>

class QThread;

namespace dpi {

class ReportRenderer;
struct TemplatePreviewPages;
struct TemplatePreviewRequest;
struct TemplatePreviewJob;

/**
 * The report as it will be printed: the template laid out by the same
 * ReportRenderer (pages, contents numbers, running header and footer) on a
 * PDF device of the template's page size, then painted page by page into
 * the view. Only visible pages are painted (and cached), so a long report
 * scrolls freely; re-rendering keeps the scroll position. A failed render
 * keeps the last good pages on screen.
 *
 * The layout (seconds for a long report) runs on a worker thread so that
 * typing never waits for it: QTextDocument is reentrant and the report's
 * object handler only computes sizes while laying out. The laid-out document
 * is then moved to the GUI thread, where pages (and their charts) are
 * painted. While a layout runs, further requests wait; only the newest one
 * is laid out next.
 */
class TemplatePreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit TemplatePreview(QWidget *parent = nullptr);
    ~TemplatePreview() override;

    /**
     * Lays the report out in the background; `rendered` reports the outcome.
     * `result`, when given, is scoreProject(project) already computed (the
     * open document's ProjectResults); otherwise the layout scores `project`.
     * Returns the request's number (the signal carries it).
     */
    int requestRender(const Project &project, const ReportTemplate &reportTemplate, const QString &language,
                      const QString &date, const ProjectResult *result = nullptr);
    /** Lays the report out now, on this thread; false (pages unchanged) on errors. */
    bool render(const Project &project, const ReportTemplate &reportTemplate, const QString &language,
                const QString &date, Diagnostics &diagnostics);
    bool isBusy() const;
    /** Processes events until no layout runs or waits; false on timeout. */
    bool waitUntilIdle(int timeoutMs = 60000);

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

Q_SIGNALS:
    /** A layout finished: `ok` false keeps the previous pages; problems are in `diagnostics`. */
    void rendered(int request, bool ok, const dpi::Diagnostics &diagnostics, qint64 milliseconds);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayoutCanvas();
    void startNext();
    void adopt(std::unique_ptr<TemplatePreviewPages> pages);
    void finishJob(int request, std::unique_ptr<TemplatePreviewPages> pages, bool ok, const Diagnostics &diagnostics,
                   qint64 milliseconds);

    std::unique_ptr<TemplatePreviewRequest> m_pending;
    QThread *m_worker = nullptr;
    std::shared_ptr<TemplatePreviewJob> m_job; // the layout in flight, if any
    int m_lastRequest = 0;
    std::unique_ptr<TemplatePreviewPages> m_pages;
    mutable QMap<int, QImage> m_cache;
    QWidget *m_canvas;
};

} // namespace dpi
