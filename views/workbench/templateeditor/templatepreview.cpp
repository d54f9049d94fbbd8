#include "templatepreview.h"

#include "reportexporter.h"
#include "reportrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPaintEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSemaphore>
#include <QScrollBar>
#include <QTextDocument>
#include <QThread>

#include <atomic>
#include <optional>

namespace dpi {

namespace {

// The PDF's own: text measured at another resolution breaks lines elsewhere.
const int kLayoutResolution = ReportExportOptions().resolution;
constexpr int kPageGap = 16;
constexpr int kMaxPageWidth = 900;

// Paints whatever part of the pages the scroll area shows.
class PreviewCanvas : public QWidget
{
public:
    explicit PreviewCanvas(TemplatePreview *preview) : QWidget(preview), m_preview(preview) {}

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        m_preview->paintPages(painter, event->rect());
    }

private:
    TemplatePreview *m_preview;
};

} // namespace

// One laid-out report and everything it refers to (the renderer keeps
// references to the project and template, and lays out on the writer).
struct TemplatePreviewPages
{
    Project project;
    std::optional<ProjectResult> result; // the open project's results; empty: score `project` here
    ReportTemplate reportTemplate;
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<ReportRenderer> renderer;
    QSizeF pagePixels;
    QRect paintRect;

    // The thread that laid the pages out, parked until they are gone: the
    // text layout keeps that thread's font engines (Qt's font cache is per
    // thread and is freed when its thread ends), so it must outlive them.
    QThread *layoutThread = nullptr;
    QSemaphore releaseThread;

    TemplatePreviewPages(const Project &p, std::optional<ProjectResult> r, const ReportTemplate &t)
        : project(p), result(std::move(r)), reportTemplate(t)
    {
    }
    ~TemplatePreviewPages()
    {
        deliverTimerHandOver();
        renderer.reset();
        writer.reset();
        if (layoutThread) {
            releaseThread.release();
            layoutThread->wait();
            delete layoutThread;
        }
    }

    // Lays out on the calling thread; false on template errors.
    bool layOut(const QString &language, const QString &date, Diagnostics &diagnostics,
                const ReportProgress &progress = {});
    // Hands the QObjects made while laying out (writer, document) to `thread`.
    void moveToThread(QThread *thread);
    // Moving an object with running timers posts it a call that carries a
    // heap copy of the timer list; deleting the object first drops that call
    // and leaks the copy. Deliver such calls before deleting.
    void deliverTimerHandOver();
};

struct TemplatePreviewRequest
{
    int number = 0;
    Project project;
    std::optional<ProjectResult> result;
    ReportTemplate reportTemplate;
    QString language;
    QString date;
};

// A layout in flight, shared by the worker, the hand-over call and the preview.
struct TemplatePreviewJob
{
    std::shared_ptr<TemplatePreviewRequest> request;
    std::unique_ptr<TemplatePreviewPages> pages;
    Diagnostics diagnostics;
    bool ok = false;
    qint64 milliseconds = 0;
    std::atomic<bool> cancelled{false};
    QSemaphore laidOut; // released by the worker once it no longer touches `pages`
};

bool TemplatePreviewPages::layOut(const QString &language, const QString &date, Diagnostics &diagnostics,
                                  const ReportProgress &progress)
{
    const TemplateManifest &manifest = reportTemplate.manifest();
    const QString pageSizeName = project.report.pageSize.isEmpty() ? manifest.pageSize : project.report.pageSize;
    const QPageSize size(pageSizeName.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0 ? QPageSize::Letter
                                                                                                  : QPageSize::A4);
    buffer.open(QIODevice::WriteOnly);
    writer = std::make_unique<QPdfWriter>(&buffer);
    writer->setResolution(kLayoutResolution);
    const qreal margin = manifest.marginMm;
    writer->setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(margin, margin * 0.6, margin, margin * 0.6),
                                      QPageLayout::Millimeter));
    pagePixels = size.sizePixels(kLayoutResolution);
    paintRect = writer->pageLayout().paintRectPixels(kLayoutResolution);
    renderer = result ? std::make_unique<ReportRenderer>(project, *result, reportTemplate, language, date)
                      : std::make_unique<ReportRenderer>(project, reportTemplate, language, date);
    return renderer->layout(writer.get(), diagnostics, progress);
}

void TemplatePreviewPages::moveToThread(QThread *thread)
{
    if (writer)
        writer->moveToThread(thread);
    if (renderer && renderer->document())
        renderer->document()->moveToThread(thread);
}

void TemplatePreviewPages::deliverTimerHandOver()
{
    QObject *document = renderer ? renderer->document() : nullptr;
    QList<QObject *> moved{writer.get(), document};
    if (document)
        moved += document->findChildren<QObject *>();
    for (QObject *object : std::as_const(moved)) {
        if (object && object->thread() == QThread::currentThread())
            QCoreApplication::sendPostedEvents(object, QEvent::MetaCall);
    }
}

TemplatePreview::TemplatePreview(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new PreviewCanvas(this))
{
    setObjectName(QStringLiteral("templatePreview"));
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Dark, QColor(0x8a, 0x90, 0x99));
    setPalette(palette);
    verticalScrollBar()->setSingleStep(24);
    relayoutCanvas();
}

TemplatePreview::~TemplatePreview()
{
    m_pending.reset();
    // A layout still running would go on using fonts after the application
    // may be gone: stop it at its next step and end its thread here.
    if (m_job) {
        m_job->cancelled = true;
        m_job->laidOut.acquire();
        m_job->pages.reset();
    }
}

bool TemplatePreview::render(const Project &project, const ReportTemplate &reportTemplate, const QString &language,
                             const QString &date, Diagnostics &diagnostics)
{
    auto pages = std::make_unique<TemplatePreviewPages>(project, std::nullopt, reportTemplate);
    if (!pages->layOut(language, date, diagnostics))
        return false;
    adopt(std::move(pages));
    return true;
}

int TemplatePreview::requestRender(const Project &project, const ReportTemplate &reportTemplate, const QString &language,
                                   const QString &date, const ProjectResult *result)
{
    std::optional<ProjectResult> known;
    if (result)
        known = *result;
    m_pending = std::make_unique<TemplatePreviewRequest>(
        TemplatePreviewRequest{++m_lastRequest, project, std::move(known), reportTemplate, language, date});
    if (!m_worker)
        startNext();
    return m_lastRequest;
}

void TemplatePreview::startNext()
{
    if (!m_pending)
        return;
    auto job = std::make_shared<TemplatePreviewJob>();
    job->request = std::shared_ptr<TemplatePreviewRequest>(m_pending.release());
    job->pages = std::make_unique<TemplatePreviewPages>(job->request->project, job->request->result,
                                                        job->request->reportTemplate);
    TemplatePreviewPages *pages = job->pages.get();
    QThread *gui = thread();
    QPointer<TemplatePreview> self(this);
    m_worker = QThread::create([job, pages, gui, self] {
        QElapsedTimer timer;
        timer.start();
        const auto keepGoing = [job](int, const QString &) { return !job->cancelled.load(); };
        job->ok = pages->layOut(job->request->language, job->request->date, job->diagnostics, keepGoing);
        pages->moveToThread(gui);
        job->milliseconds = timer.elapsed();
        job->laidOut.release();
        // Hand the result over, then stay (without an event loop, so the font
        // cache is not trimmed) until the pages are deleted.
        // (Through the application object: a posted call to a deleted preview would be dropped.)
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [job, self] {
                if (self && !job->cancelled)
                    self->finishJob(job->request->number, std::move(job->pages), job->ok, job->diagnostics, job->milliseconds);
                else
                    job->pages.reset();
            },
            Qt::QueuedConnection);
        pages->releaseThread.acquire();
    });
    pages->layoutThread = m_worker;
    m_worker->setObjectName(QStringLiteral("previewLayout")); // the system's name of the thread too
    m_job = job;
    m_worker->start(QThread::LowPriority);
}

void TemplatePreview::finishJob(int request, std::unique_ptr<TemplatePreviewPages> pages, bool ok,
                                const Diagnostics &diagnostics, qint64 milliseconds)
{
    m_worker = nullptr;
    m_job.reset();
    if (ok)
        adopt(std::move(pages));
    pages.reset();
    Q_EMIT rendered(request, ok, diagnostics, milliseconds);
    startNext();
}

void TemplatePreview::adopt(std::unique_ptr<TemplatePreviewPages> pages)
{
    const int scroll = verticalScrollBar()->value();
    m_pages = std::move(pages);
    m_cache.clear();
    relayoutCanvas();
    verticalScrollBar()->setValue(scroll);
    m_canvas->update();
}

bool TemplatePreview::isBusy() const
{
    return m_worker || m_pending;
}

bool TemplatePreview::waitUntilIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (isBusy()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

int TemplatePreview::pageCount() const
{
    return m_pages ? m_pages->renderer->pageCount() : 0;
}

QString TemplatePreview::plainText() const
{
    return m_pages && m_pages->renderer->document() ? m_pages->renderer->document()->toPlainText() : QString();
}

QVariantMap TemplatePreview::context() const
{
    return m_pages ? m_pages->renderer->lastContext() : QVariantMap();
}

int TemplatePreview::pageWidth() const
{
    return std::clamp(viewport()->width() - 2 * kPageGap, 200, kMaxPageWidth);
}

QSize TemplatePreview::pageSizeFor(int width) const
{
    const QSizeF pixels = m_pages ? m_pages->pagePixels : QPageSize(QPageSize::A4).sizePixels(kLayoutResolution);
    return QSize(width, qRound(width * pixels.height() / pixels.width()));
}

int TemplatePreview::pageTop(int index) const
{
    return kPageGap + index * (pageSizeFor(pageWidth()).height() + kPageGap);
}

QImage TemplatePreview::pageImage(int index, int width) const
{
    if (!m_pages || index < 0 || index >= pageCount())
        return {};
    const QSize size = pageSizeFor(width);
    QImage image(size * devicePixelRatioF(), QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatioF());
    // Text the renderer draws itself (header, footer, page numbers, chart
    // labels) is sized in points for the device it paints on: give the image
    // the layout's resolution so it matches the laid-out text after scaling.
    const int dotsPerMeter = qRound(kLayoutResolution / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const qreal scale = qreal(width) / m_pages->pagePixels.width();
    painter.scale(scale, scale);
    // paintPage draws in the printable area's coordinates: shift by the margins.
    painter.translate(m_pages->paintRect.topLeft());
    m_pages->renderer->paintPage(painter, index);
    return image;
}

void TemplatePreview::paintPages(QPainter &painter, const QRect &exposed)
{
    painter.fillRect(exposed, palette().color(QPalette::Dark));
    const int width = pageWidth();
    const QSize size = pageSizeFor(width);
    const int left = (m_canvas->width() - width) / 2;
    if (!m_pages) {
        painter.setPen(Qt::white);
        painter.drawText(m_canvas->rect(), Qt::AlignCenter, tr("No preview yet"));
        return;
    }
    int firstShown = -1;
    for (int i = 0; i < pageCount(); ++i) {
        const QRect page(QPoint(left, pageTop(i)), size);
        if (!page.intersects(exposed))
            continue;
        if (firstShown < 0)
            firstShown = i;
        QImage &cached = m_cache[i];
        if (cached.isNull() || cached.deviceIndependentSize().toSize() != size)
            cached = pageImage(i, width);
        painter.fillRect(page.translated(2, 3), QColor(0, 0, 0, 60));
        painter.drawImage(page.topLeft(), cached);
    }
    // Few pages stay cached: a long report would otherwise hold every page image.
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (firstShown >= 0 && std::abs(it.key() - firstShown) > 6)
            it = m_cache.erase(it);
        else
            ++it;
    }
}

void TemplatePreview::relayoutCanvas()
{
    const int width = pageWidth();
    const int pages = std::max(1, pageCount());
    m_canvas->resize(std::max(viewport()->width(), width + 2 * kPageGap),
                     kPageGap + pages * (pageSizeFor(width).height() + kPageGap));
}

void TemplatePreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    m_cache.clear();
    relayoutCanvas();
}

} // namespace dpi
