#include "reportexportdialog.h"

#include "reportrenderer.h"
#include "reporttemplate.h"
#include "reporttemplatelocator.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace dpi {

namespace {

constexpr int ThumbnailWidth = 220;
// The preview is laid out at the PDF's resolution: text measured at another
// one breaks lines elsewhere, and a long report ends up a page longer or shorter.
const int PreviewResolution = ReportExportOptions().resolution;
const QString kGeometryKey = QStringLiteral("reportExportDialog/geometry");

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ReportExportDialog::ReportExportDialog(const Project &project, const ProjectResult &result, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_result(result)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_template(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_pdfA(new QCheckBox(tr("PDF/&A-1b (for archiving)"), this))
    , m_preview(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_exportButton(nullptr)
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportExportDialog"));

    for (const QString &name : availableReportTemplates())
        m_template->addItem(name, name);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Russian"), QStringLiteral("ru"));
    m_language->addItem(tr("Kyrgyz"), QStringLiteral("ky"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("Letter"));

    const ReportExportOptions resolved = resolvedReportOptions(m_project, {});
    selectData(m_template, resolved.templateName);
    selectData(m_language, resolved.language);
    selectData(m_pageSize, resolved.pageSize);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Page size:"), m_pageSize);
    // Reports are often re-issued for a meeting or a donor's deadline.
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Cover &date:"), m_date);
    form->addRow(QString(), m_pdfA);

    m_preview->setViewMode(QListView::IconMode);
    m_preview->setIconSize(QSize(ThumbnailWidth, ThumbnailWidth * 297 / 210));
    m_preview->setResizeMode(QListView::Adjust);
    m_preview->setMovement(QListView::Static);
    m_preview->setSpacing(8);
    m_preview->setMinimumSize(520, 420);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportExportDialog::chooseFileAndExport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportExportDialog::updatePreview);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ReportExportDialog::schedulePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportExportDialog::schedulePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ReportExportDialog::schedulePreview);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportExportDialog::schedulePreview);
    schedulePreview();
    // Room for a row of four pages at first; after that, the size the user left it at.
    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(1000, 860);
}

void ReportExportDialog::done(int result)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

ReportExportOptions ReportExportDialog::options() const
{
    ReportExportOptions options;
    options.templateName = m_template->currentData().toString();
    options.language = m_language->currentData().toString();
    options.pageSize = m_pageSize->currentData().toString();
    options.pdfA = m_pdfA->isChecked();
    options.date = m_date->date().toString(Qt::ISODate);
    options.previousRound = m_previous ? &*m_previous : nullptr;
    options.previousResult = m_previous ? &m_previousResult : nullptr;
    options.previousRoundProblem = m_previousProblem;
    return options;
}

void ReportExportDialog::setTemplateName(const QString &name)
{
    selectData(m_template, name);
}

void ReportExportDialog::setLanguage(const QString &language)
{
    selectData(m_language, language);
}

void ReportExportDialog::setPageSize(const QString &pageSize)
{
    selectData(m_pageSize, pageSize);
}

void ReportExportDialog::setPreviousRound(const Project *previous, const ProjectResult &previousResult,
                                          const QString &problem)
{
    m_previous = previous ? std::optional<Project>(*previous) : std::nullopt;
    m_previousResult = previous ? previousResult : ProjectResult();
    m_previousProblem = problem;
    schedulePreview();
}

void ReportExportDialog::setDate(const QString &date)
{
    const QDate parsed = QDate::fromString(date, Qt::ISODate);
    if (parsed.isValid())
        m_date->setDate(parsed);
}

void ReportExportDialog::setPdfA(bool pdfA)
{
    m_pdfA->setChecked(pdfA);
}

void ReportExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

int ReportExportDialog::updatePreview()
{
    m_previewTimer->stop();
    m_pages.clear();
    m_preview->clear();
    const ReportExportOptions resolved = resolvedReportOptions(m_project, options());
    Diagnostics diagnostics;
    const QString folder = findReportTemplate(resolved.templateName);
    if (folder.isEmpty()) {
        m_status->setText(tr("Report template \"%1\" not found.").arg(resolved.templateName));
        return 0;
    }
    const auto reportTemplate = ReportTemplate::load(folder, diagnostics);
    if (!reportTemplate) {
        showStatus(diagnostics, tr("The report template cannot be read."));
        return 0;
    }
    const TemplateManifest &manifest = reportTemplate->manifest();
    const QString pageSize = resolved.pageSize.isEmpty() ? manifest.pageSize : resolved.pageSize;
    const QPageSize size(pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0 ? QPageSize::Letter
                                                                                              : QPageSize::A4);
    // The same page geometry as the export, written to memory and thrown away.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    writer.setResolution(PreviewResolution);
    const qreal margin = manifest.marginMm;
    writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(margin, margin * 0.6, margin, margin * 0.6),
                                     QPageLayout::Millimeter));
    ReportRenderer renderer(m_project, m_result, *reportTemplate, resolved.language, resolved.date);
    renderer.setPreviousRound(resolved.previousRound, resolved.previousResult, resolved.previousRoundProblem);
    if (!renderer.layout(&writer, diagnostics)) {
        showStatus(diagnostics, tr("The report cannot be laid out."));
        return 0;
    }
    const QSizeF pagePixels = size.sizePixels(PreviewResolution);
    const qreal scale = ThumbnailWidth / pagePixels.width();
    const QSize thumbSize(ThumbnailWidth, qRound(pagePixels.height() * scale));
    m_preview->setIconSize(thumbSize);
    for (int i = 0; i < renderer.pageCount(); ++i) {
        QImage image(thumbSize, QImage::Format_RGB32);
        // The renderer sizes its own text (header, footer, contents numbers)
        // for the device's resolution: give the image the layout's, so that
        // text scales down with the page like the rest.
        image.setDotsPerMeterX(qRound(PreviewResolution / 0.0254));
        image.setDotsPerMeterY(qRound(PreviewResolution / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.scale(scale, scale);
            // paintPage draws in the printable area's coordinates: shift by the margins.
            const QRect paintRect = writer.pageLayout().paintRectPixels(PreviewResolution);
            painter.translate(paintRect.topLeft());
            renderer.paintPage(painter, i);
        }
        m_pages.append(image);
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), tr("Page %1").arg(i + 1), m_preview);
        item->setFlags(Qt::ItemIsEnabled);
    }
    showStatus(diagnostics, tr("%n page(s).", nullptr, renderer.pageCount()));
    return renderer.pageCount();
}

ReportExportResult ReportExportDialog::exportTo(const QString &path)
{
    QProgressDialog progressDialog(tr("Exporting the report…"), tr("Cancel"), 0, 100, this);
    progressDialog.setWindowTitle(tr("Export Report"));
    progressDialog.setWindowModality(Qt::WindowModal);
    progressDialog.setMinimumDuration(300);
    const ReportExportResult result
        = exportReportPdf(m_project, m_result, path, options(), [&progressDialog](int percent, const QString &step) {
              progressDialog.setLabelText(step);
              progressDialog.setValue(percent);
              return !progressDialog.wasCanceled();
          });
    progressDialog.reset();
    if (result.ok)
        showStatus(result.diagnostics, tr("Written %1 (%n page(s)).", nullptr, result.pageCount)
                                           .arg(QFileInfo(path).fileName()));
    else if (result.cancelled)
        m_status->setText(tr("Export cancelled; nothing was written."));
    else
        showStatus(result.diagnostics, tr("The report could not be written."));
    return result;
}

void ReportExportDialog::chooseFileAndExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), QString(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (exportTo(path).ok)
        accept();
}

void ReportExportDialog::showStatus(const Diagnostics &diagnostics, const QString &fallback)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics.items())
        lines << diagnostic.toString();
    m_status->setText(lines.isEmpty() ? fallback : fallback + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace dpi
