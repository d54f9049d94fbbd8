#include "reportrenderer.h"

#include "htmlheadings.h"
#include "mapscorecolours.h"
#include "mustachedata.h"
#include "reportcontext.h"
#include "reportobjecthandler.h"
#include "reporttextdocument.h"
#include "scorepalette.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace dpi {

namespace {

constexpr int kMaxPasses = 5;
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kMuted(0x59, 0x59, 0x59);

QFont reportFont(qreal pointSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

// The words the renderer itself draws when a template's manifest lacks them.
QString builtInLabel(const QString &key, const QString &language)
{
    const bool ru = language == QLatin1String("ru");
    const bool ky = language == QLatin1String("ky");
    if (key == QLatin1String("page_of")) {
        if (ky)
            return QStringLiteral("Бет {page} / {pages}");
        return ru ? QStringLiteral("Страница {page} из {pages}") : QStringLiteral("Page {page} of {pages}");
    }
    if (key == QLatin1String("illustrative_short")) {
        if (ky)
            return QStringLiteral("Мисал маалыматтар");
        return ru ? QStringLiteral("Иллюстративные данные") : QStringLiteral("Illustrative data");
    }
    return {};
}

} // namespace

ReportRenderer::ReportRenderer(const Project &project, const ReportTemplate &reportTemplate, const QString &language,
                               const QString &date)
    : ReportRenderer(project, scoreProject(project), reportTemplate, language, date)
{
}

ReportRenderer::ReportRenderer(const Project &project, const ProjectResult &result, const ReportTemplate &reportTemplate,
                               const QString &language, const QString &date)
    : m_project(project), m_template(reportTemplate), m_language(language), m_date(date), m_result(result)
{
}

ReportRenderer::~ReportRenderer() = default;

void ReportRenderer::setPreviousRound(const Project *previous, const ProjectResult *previousResult,
                                      const QString &problem)
{
    m_previous = previous && previousResult ? previous : nullptr;
    m_previousResult = m_previous ? previousResult : nullptr;
    m_previousProblem = problem;
}

QTextDocument *ReportRenderer::document() const
{
    return m_document.get();
}

QString ReportRenderer::label(const QString &key) const
{
    const QString text = m_template.manifest().label(key, m_language);
    return text.isEmpty() ? builtInLabel(key, m_language) : text;
}

void ReportRenderer::prepareContext()
{
    ReportContextOptions options = reportContextOptions(m_template.manifest(), m_language);
    options.date = m_date;
    options.levelColour = [](const CriterionResult &result) { return scorepalette::forResult(result).name(); };
    // In the report's language, which need not be the interface's.
    for (const MapLegendEntry &entry : mapScoreLegend(label(QStringLiteral("not_scored"))))
        options.mapScoreLegend.emplace_back(entry.colour.name(), entry.text);
    options.previousRound = m_previous;
    options.previousResult = m_previousResult;
    options.previousRoundProblem = m_previousProblem;
    m_lastContext = buildReportContext(m_project, m_result, options);
    m_lastContext[QStringLiteral("page_size")] = m_template.manifest().pageSize;
    m_lastContext[QStringLiteral("template_name")] = m_template.manifest().name;
    m_mustacheContext = std::make_unique<kainjow::mustache::data>(toMustacheData(QVariant(m_lastContext)));
}

std::optional<QString> ReportRenderer::renderHtml(const QVariantList &toc, Diagnostics &diagnostics)
{
    // Only the contents differ from one pass to the next.
    QVariantMap tocValues;
    setReportContextToc(tocValues, toc);
    for (auto it = tocValues.cbegin(); it != tocValues.cend(); ++it) {
        m_lastContext.insert(it.key(), it.value());
        (*m_mustacheContext)[it.key().toStdString()] = toMustacheData(it.value());
    }
    Diagnostics passDiagnostics;
    std::optional<QString> html = m_template.render(*m_mustacheContext, passDiagnostics);
    // Warnings repeat on every pass; keep them once.
    if (toc.isEmpty() || !html)
        diagnostics.append(passDiagnostics);
    return html;
}

void ReportRenderer::setHtml(const QString &html, bool layOut)
{
    m_lastHtml = html;
    m_document->setHtml(html);
    m_laidOut = layOut;
    if (layOut) {
        // A block's layout drops its shaped glyphs when the layout ends, and
        // painting the page shapes the text again. Every block is painted
        // once, right after the layout: keeping the glyphs saves that shaping.
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next())
            block.layout()->setCacheEnabled(true);
        m_pageCount = m_document->pageCount(); // forces the full layout (it is lazy otherwise)
        ++m_layoutPasses;
    }
}

bool ReportRenderer::renderPass(const QVariantList &toc, Diagnostics &diagnostics)
{
    const std::optional<QString> html = renderHtml(toc, diagnostics);
    if (!html)
        return false;
    // Contents drawn through page: objects do not change the HTML when the
    // numbers change, so the laid-out document is already the final one.
    if (m_laidOut && *html == m_lastHtml)
        return true;
    setHtml(*html, true);
    return true;
}

QList<ReportHeading> ReportRenderer::titlesFromHtml(const QString &html)
{
    setHtml(html, false);
    return collectHeadings(true);
}

QList<ReportHeading> ReportRenderer::collectHeadings(bool titlesOnly) const
{
    QList<ReportHeading> headings;
    const int levels = m_template.manifest().tocLevels;
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 6)
            continue;
        const QString title = block.text().simplified();
        if (title.isEmpty())
            continue;
        if (level > levels && level != 1)
            continue;
        if (titlesOnly) {
            headings << ReportHeading{title, level, 0};
            continue;
        }
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        const qreal top = lines && lines->lineCount() > 0 ? lines->position().y() + lines->lineAt(0).y() : rect.top();
        ReportHeading heading;
        heading.title = title;
        heading.level = level;
        heading.page = int((top + 1) / m_bodySize.height()) + 1;
        if (level <= levels || level == 1)
            headings << heading;
    }
    return headings;
}

bool ReportRenderer::layout(QPagedPaintDevice *device, Diagnostics &diagnostics, const ReportProgress &progress)
{
    auto report = [&progress](int percent, const QString &step) { return !progress || progress(percent, step); };
    m_dpi = device->logicalDpiY() > 0 ? device->logicalDpiY() : 96;
    const qreal mm = m_dpi / 25.4;
    m_headerHeight = 12 * mm;
    m_footerHeight = 12 * mm;
    m_bodySize = QSizeF(device->width(), device->height() - m_headerHeight - m_footerHeight);

    m_document = std::make_unique<ReportTextDocument>();
    m_document->setUndoRedoEnabled(false);
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDefaultFont(reportFont(9.5));
    m_document->setUseDesignMetrics(true);
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs must not widen tables
    m_document->setDefaultTextOption(option);
    m_document->setDocumentMargin(0);
    m_document->setPageSize(m_bodySize);
    m_handler = new ReportObjectHandler(m_project, m_result, m_language, m_document.get());
    m_document->documentLayout()->registerHandler(QTextFormat::ImageObject, m_handler);
    m_handler->setPreviousRound(m_previous, {label(QStringLiteral("progress_map_moved")),
                                             label(QStringLiteral("progress_map_added")),
                                             label(QStringLiteral("progress_map_removed"))});
    m_lastHtml.clear();
    m_laidOut = false;
    m_layoutPasses = 0;
    m_pageCount = 0;
    m_headings.clear();

    if (!report(5, QStringLiteral("layout")))
        return false;
    prepareContext();
    const bool withContents = m_template.manifest().tocLevels > 0;
    QList<ReportHeading> headings;
    if (!withContents) {
        if (!renderPass({}, diagnostics))
            return false;
        headings = collectHeadings();
    } else {
        // The contents need the headings' titles, which exist before any
        // layout: they are read from the HTML rendered without contents. One
        // layout with placeholder numbers follows (the contents push what
        // follows them), then passes with the real numbers until every heading
        // stays on its page; they lay out again only when the numbers change
        // the HTML.
        const std::optional<QString> bare = renderHtml({}, diagnostics);
        if (!bare)
            return false;
        const std::optional<QList<HtmlHeading>> scanned = scanHtmlHeadings(*bare);
        QList<ReportHeading> titles;
        if (scanned) {
            const int levels = m_template.manifest().tocLevels;
            for (const HtmlHeading &heading : *scanned) {
                if (heading.level <= levels || heading.level == 1)
                    titles << ReportHeading{heading.title, heading.level, 0};
            }
        } else {
            titles = titlesFromHtml(*bare);
        }
        if (!report(15, QStringLiteral("contents")) || !renderPass(tocEntries(titles, true), diagnostics))
            return false;
        headings = collectHeadings();
        const auto sameTitles = [](const QList<ReportHeading> &a, const QList<ReportHeading> &b) {
            return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const ReportHeading &x, const ReportHeading &y) {
                return x.title == y.title && x.level == y.level;
            });
        };
        if (scanned && !sameTitles(headings, titles)) {
            // The document has other headings than the scan saw (or the
            // contents add some): take the titles from the parsed HTML.
            titles = titlesFromHtml(*bare);
            if (!report(20, QStringLiteral("contents")) || !renderPass(tocEntries(titles, true), diagnostics))
                return false;
            headings = collectHeadings();
        }
        for (int pass = 0; pass < kMaxPasses; ++pass) {
            setPageNumbers(headings);
            if (!report(25 + pass * 5, QStringLiteral("contents")) || !renderPass(tocEntries(headings, false), diagnostics))
                return false;
            const QList<ReportHeading> settled = collectHeadings();
            const bool stable = settled == headings;
            headings = settled;
            if (stable)
                break;
        }
    }
    m_headings = headings;
    setPageNumbers(headings);
    if (m_document->refusedResources().size() > 0) {
        diagnostics.warning(m_template.mainPath(), 0, 0,
                            QStringLiteral("resources refused: %1").arg(m_document->refusedResources().join(QLatin1String(", "))));
    }
    return report(50, QStringLiteral("layout"));
}

void ReportRenderer::setPageNumbers(const QList<ReportHeading> &headings)
{
    QStringList pages;
    for (const ReportHeading &heading : headings) {
        if (heading.level <= m_template.manifest().tocLevels)
            pages << QString::number(heading.page);
    }
    m_handler->setPageNumbers(pages);
}

QVariantList ReportRenderer::tocEntries(const QList<ReportHeading> &headings, bool placeholders) const
{
    QVariantList toc;
    for (const ReportHeading &heading : headings) {
        if (heading.level > m_template.manifest().tocLevels)
            continue;
        toc << QVariantMap{{QStringLiteral("title"), heading.title},
                           {QStringLiteral("page_ref"), QStringLiteral("page:%1").arg(toc.size())},
                           {QStringLiteral("page"), placeholders ? QStringLiteral("00") : QString::number(heading.page)},
                           {QStringLiteral("level"), QString::number(heading.level)},
                           {QStringLiteral("level1"), heading.level == 1},
                           {QStringLiteral("level2"), heading.level == 2}};
    }
    return toc;
}

QString ReportRenderer::chapterOnPage(int index) const
{
    QString chapter;
    for (const ReportHeading &heading : m_headings) {
        if (heading.level == 1 && heading.page <= index + 1)
            chapter = heading.title;
    }
    return chapter;
}

void ReportRenderer::paintHeaderFooter(QPainter &painter, int index) const
{
    if (index + 1 < m_template.manifest().headerFromPage)
        return;
    const qreal mm = m_dpi / 25.4;
    const qreal width = m_bodySize.width();
    const QFont font = reportFont(7.5);
    const QFontMetricsF metrics(font, painter.device());
    painter.save();
    painter.setFont(font);
    painter.setPen(kMuted);

    const qreal textY = m_headerHeight - 4 * mm;
    const QString title = m_project.metadata.title.text(m_language);
    // The contents page belongs to no chapter: name it, not the chapter before.
    const QString chapter = m_handler->drewPageNumber() ? label(QStringLiteral("contents")) : chapterOnPage(index);
    const qreal half = width / 2 - 2 * mm;
    // The chapter keeps up to half the line; the title has the rest, so that a
    // long Russian title is not cut beside a short chapter name.
    const QString right = metrics.elidedText(chapter, Qt::ElideRight, half);
    const qreal rightWidth = metrics.horizontalAdvance(right);
    painter.drawText(QPointF(0, textY), metrics.elidedText(title, Qt::ElideRight, width - rightWidth - 6 * mm));
    painter.drawText(QPointF(width - rightWidth, textY), right);
    painter.setPen(QPen(kAccent, 0.3 * mm));
    painter.drawLine(QPointF(0, m_headerHeight - 2.5 * mm), QPointF(width, m_headerHeight - 2.5 * mm));

    const qreal footerTop = m_headerHeight + m_bodySize.height();
    painter.setPen(QPen(QColor(0xbf, 0xbf, 0xbf), 0.15 * mm));
    painter.drawLine(QPointF(0, footerTop + 2.5 * mm), QPointF(width, footerTop + 2.5 * mm));
    painter.setPen(kMuted);
    const qreal footerY = footerTop + 2.5 * mm + 4.5 * mm;
    QString pageText = label(QStringLiteral("page_of"));
    pageText.replace(QLatin1String("{page}"), QString::number(index + 1));
    pageText.replace(QLatin1String("{pages}"), QString::number(m_pageCount));
    painter.drawText(QPointF(width - metrics.horizontalAdvance(pageText), footerY), pageText);
    QString left = label(QStringLiteral("footer"));
    if (m_project.metadata.illustrative)
        left = left.isEmpty() ? label(QStringLiteral("illustrative_short"))
                              : left + QStringLiteral(" \u00b7 ") + label(QStringLiteral("illustrative_short"));
    painter.drawText(QPointF(0, footerY), metrics.elidedText(left, Qt::ElideRight, half));
    painter.restore();
}

void ReportRenderer::paintPage(QPainter &painter, int index) const
{
    if (!m_document || index < 0 || index >= m_pageCount)
        return;
    const qreal pageHeight = m_bodySize.height();
    painter.save();
    painter.translate(0, m_headerHeight - index * pageHeight);
    const QRectF clip(0, index * pageHeight, m_bodySize.width(), pageHeight);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    // A block that starts a rounding error before the page boundary belongs to
    // the next page; drawing it here would hide it only visually, and its text
    // would still be in the PDF twice. Shrinking the layout's clip skips it.
    const qreal tolerance = m_dpi / 100.0;
    context.clip = clip.adjusted(0, tolerance, 0, -tolerance);
    context.palette.setColor(QPalette::Text, Qt::black);
    m_handler->forgetDrawnPageNumbers();
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
    paintHeaderFooter(painter, index);
}

bool ReportRenderer::print(QPagedPaintDevice *device, Diagnostics &diagnostics, const ReportProgress &progress)
{
    QPainter painter;
    if (!painter.begin(device)) {
        diagnostics.error(QString(), 0, 0, QStringLiteral("cannot start painting the report (is the output writable?)"));
        return false;
    }
    for (int i = 0; i < m_pageCount; ++i) {
        if (progress && !progress(50 + 50 * i / std::max(1, m_pageCount), QStringLiteral("pages"))) {
            painter.end();
            return false;
        }
        if (i > 0 && !device->newPage()) {
            diagnostics.error(QString(), 0, 0, QStringLiteral("cannot add page %1 to the report").arg(i + 1));
            painter.end();
            return false;
        }
        paintPage(painter, i);
    }
    painter.end();
    if (progress)
        progress(100, QStringLiteral("done"));
    return true;
}

} // namespace dpi
