#pragma once

#include "diagnostic.h"
#include "project.h"
#include "reporttemplate.h"
#include "scoring.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <string>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace dpi {

class ReportObjectHandler;
class ReportTextDocument;

// Return false to cancel. `percent` is 0-100.
using ReportProgress = std::function<bool(int percent, const QString &step)>;

struct ReportHeading
{
    QString title;
    int level = 1;
    int page = 1;   // 1-based physical page
    bool operator==(const ReportHeading &o) const { return title == o.title && level == o.level && page == o.page; }
};

// One report laid out for one paged device (QPdfWriter or QPrinter): renders
// the template, lays the document out page by page (contents filled in by
// repeated passes until the page numbers are stable) and paints each page
// with its running header and "page N of M" footer.
class ReportRenderer
{
public:
    ReportRenderer(const Project &project, const ReportTemplate &reportTemplate, const QString &language,
                   const QString &date = QString());
    // With the project's results already at hand (the app's ProjectResults): no second scoring.
    ReportRenderer(const Project &project, const ProjectResult &result, const ReportTemplate &reportTemplate,
                   const QString &language, const QString &date = QString());
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    // The round this project follows, for "Progress since the last round"
    // (both must outlive the renderer); or, when the project names one that
    // cannot be read, why (`problem`). Call before layout().
    void setPreviousRound(const Project *previous, const ProjectResult *previousResult,
                          const QString &problem = QString());

    // `device` must already have its page size and margins. False on template errors or cancel.
    bool layout(QPagedPaintDevice *device, Diagnostics &diagnostics, const ReportProgress &progress = {});

    int pageCount() const { return m_pageCount; }
    const QList<ReportHeading> &headings() const { return m_headings; }
    const ProjectResult &result() const { return m_result; }
    QTextDocument *document() const;
    const ReportObjectHandler *objects() const { return m_handler; }

    // Paints page `index` (0-based) with an active painter on the device used for layout().
    void paintPage(QPainter &painter, int index) const;
    // Paints every page; false when cancelled or the device cannot be painted.
    bool print(QPagedPaintDevice *device, Diagnostics &diagnostics, const ReportProgress &progress = {});

    // Labels in the report language, falling back to English built-ins.
    QString label(const QString &key) const;

    // The data tree the template saw in the last render pass (with the final
    // contents entries): what the template editor lists as variables.
    const QVariantMap &lastContext() const { return m_lastContext; }

    // How many times the last layout() parsed the HTML into the document and
    // laid it out: 1 when the contents' page numbers need no new layout (the
    // default template draws them through "page:N" objects), more when the
    // numbers change the HTML or the headings' titles had to be read from a
    // parsed document.
    int layoutPasses() const { return m_layoutPasses; }

private:
    void prepareContext();
    std::optional<QString> renderHtml(const QVariantList &toc, Diagnostics &diagnostics);
    bool renderPass(const QVariantList &toc, Diagnostics &diagnostics);
    void setHtml(const QString &html, bool layOut);
    QList<ReportHeading> titlesFromHtml(const QString &html);
    QList<ReportHeading> collectHeadings(bool titlesOnly = false) const;
    QVariantList tocEntries(const QList<ReportHeading> &headings, bool placeholders) const;
    void setPageNumbers(const QList<ReportHeading> &headings);
    QString chapterOnPage(int index) const;
    void paintHeaderFooter(QPainter &painter, int index) const;

    const Project &m_project;
    const ReportTemplate &m_template;
    QString m_language;
    QString m_date;
    ProjectResult m_result;
    const Project *m_previous = nullptr;
    const ProjectResult *m_previousResult = nullptr;
    QString m_previousProblem;
    std::unique_ptr<ReportTextDocument> m_document;
    ReportObjectHandler *m_handler = nullptr; // owned by m_document
    QList<ReportHeading> m_headings;
    QString m_lastHtml;
    bool m_laidOut = false; // m_lastHtml is in the document and laid out
    QVariantMap m_lastContext;
    // m_lastContext converted for the Mustache engine once; passes replace the contents values.
    std::unique_ptr<kainjow::mustache::basic_data<std::string>> m_mustacheContext;
    int m_layoutPasses = 0;
    int m_pageCount = 0;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    QSizeF m_bodySize;
    qreal m_dpi = 96;
};

} // namespace dpi
