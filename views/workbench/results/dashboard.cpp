#include "dashboard.h"

#include "localeformat.h"

#include "agreementview.h"
#include "chartdatabuilder.h"
#include "chartwidget.h"
#include "headlineconfidence.h"
#include "scorepalette.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dpi {

namespace {

constexpr int kRadarWidth = 340;  // below this a radar's labels eat its plot
constexpr int kRadarHeight = 320;
constexpr int kRadarSpacing = 6;
// Shares of the lower row: the summary table needs most (a column per framework).
constexpr int kSummaryStretch = 10;
constexpr int kGatesStretch = 4;
constexpr int kRedFlagsStretch = 3;
constexpr int kUnscoredStretch = 3;
constexpr int kFrameworkColumnWidth = 105; // framework titles are long: elided, whole in the tooltip

QString percentText(const std::optional<double> &value)
{
    return localeformat::percent(value);
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem *percentItem(const std::optional<double> &value)
{
    QTableWidgetItem *item = readOnlyItem(percentText(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (value)
        item->setData(DashboardWidget::ValueRole, *value);
    return item;
}

QString confidenceWord(HeadlineConfidence confidence)
{
    switch (confidence) {
    case HeadlineConfidence::High: return DashboardWidget::tr("high");
    case HeadlineConfidence::Medium: return DashboardWidget::tr("medium");
    case HeadlineConfidence::Low: return DashboardWidget::tr("low");
    case HeadlineConfidence::None: break;
    }
    return DashboardWidget::tr("none");
}

QString confidenceMixText(const ConfidenceMix &mix)
{
    return DashboardWidget::tr("Confidence of the %1 score(s) behind it: %2 high, %3 medium, %4 low, %5 not given "
                               "(counted as low). The label is the median.")
        .arg(mix.total())
        .arg(mix.high)
        .arg(mix.medium)
        .arg(mix.low)
        .arg(mix.unset);
}

// A headline percentage never stands alone: its coverage and the confidence
// of the scores behind it go beside it (issue 14, honest headlines).
void addHeadlineNote(QTableWidgetItem *item, const Coverage &coverage, const ConfidenceMix &mix)
{
    const HeadlineConfidence confidence = headlineConfidence(mix);
    item->setText(DashboardWidget::tr("%1\n%2 · %3").arg(item->text(), percentText(coverage.percent()), confidenceWord(confidence)));
    item->setData(DashboardWidget::CoverageRole, coverage.percent());
    item->setData(DashboardWidget::ConfidenceRole, int(confidence));
    item->setToolTip(DashboardWidget::tr("Coverage %1: %2 of %3 applicable criteria scored, %4 unverified.\n%5")
                         .arg(percentText(coverage.percent()))
                         .arg(coverage.scored)
                         .arg(coverage.applicable())
                         .arg(coverage.unverified)
                         .arg(confidenceMixText(mix)));
}

// How a gate framework stands for a sector, in words.
QString gateStatusText(const GateResult &gate)
{
    switch (gate.status()) {
    case GateResult::Status::Meets: return DashboardWidget::tr("meets");
    case GateResult::Status::DoesNotMeet: return DashboardWidget::tr("does not meet");
    case GateResult::Status::Undetermined: break;
    }
    return DashboardWidget::tr("not determined");
}

QString gateCountsText(const GateResult &gate)
{
    return DashboardWidget::tr("%1 of %2 passed, %3 failed, %4 unverified, %5 unscored")
        .arg(gate.passed)
        .arg(gate.total())
        .arg(gate.failed)
        .arg(gate.unverified)
        .arg(gate.unscored);
}

// A small square of a palette colour, outlined so that a pale one still shows.
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    // Wraps rather than widening its column: a long title ("Шарттар (1
    // методика, орточоланбайт)") would otherwise squeeze the table beside it.
    label->setWordWrap(true);
    return label;
}

QWidget *titled(QLabel *title, QWidget *body, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    return box;
}

} // namespace

DashboardWidget::DashboardWidget(const Project *project, const ProjectResult *result, QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    setProject(project, result);
}

DashboardWidget::~DashboardWidget() = default;

void DashboardWidget::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    m_emptyLabel = new QLabel(tr("Add a framework and a sector to see results here."), m_pages);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_pages->addWidget(m_emptyLabel);

    auto *content = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *chooserRow = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("Radars for &framework:"), content);
    m_frameworkChooser = new QComboBox(content);
    m_frameworkChooser->setObjectName(QStringLiteral("dashboardFrameworkChooser"));
    m_frameworkChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    chooserLabel->setBuddy(m_frameworkChooser);
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_frameworkChooser);
    chooserRow->addStretch(1);
    layout->addLayout(chooserRow);

    auto *vertical = new QSplitter(Qt::Vertical, content);
    vertical->setChildrenCollapsible(false);
    layout->addWidget(vertical, 1);

    auto *top = new QSplitter(Qt::Horizontal, vertical);
    m_top = top;
    top->setChildrenCollapsible(false);
    auto *radarScroll = new QScrollArea(top);
    m_radarScroll = radarScroll;
    radarScroll->setWidgetResizable(true);
    radarScroll->setFrameShape(QFrame::NoFrame);
    m_radarHost = new QWidget(radarScroll);
    m_radarGrid = new QGridLayout(m_radarHost);
    m_radarGrid->setContentsMargins(0, 0, 0, 0);
    m_radarGrid->setSpacing(kRadarSpacing);
    radarScroll->setWidget(m_radarHost);
    radarScroll->setMinimumWidth(kRadarWidth + 24);
    radarScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    radarScroll->viewport()->installEventFilter(this); // re-flow the radar grid on resize

    auto *right = new QWidget(top);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_comparison = new ChartWidget(right);
    m_comparison->setObjectName(QStringLiteral("dashboardComparisonChart"));
    m_coverage = new ChartWidget(right);
    m_coverage->setObjectName(QStringLiteral("dashboardCoverageChart"));
    m_rounds = new ChartWidget(right);
    m_rounds->setObjectName(QStringLiteral("dashboardRoundsChart"));
    m_rounds->hide();
    rightLayout->addWidget(m_comparison, 3);
    rightLayout->addWidget(m_rounds, 3);
    rightLayout->addWidget(m_coverage, 2);
    top->addWidget(radarScroll);
    top->addWidget(right);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto *bottom = new QSplitter(Qt::Horizontal, vertical);
    m_bottom = bottom;
    bottom->setChildrenCollapsible(false);

    m_summary = new QTableWidget(bottom);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->verticalHeader()->hide();
    m_summary->setAlternatingRowColors(true);
    auto *summaryTitle = sectionTitle(bottom);
    summaryTitle->setText(tr("Summary"));
    m_summaryNote = new QLabel(tr("Under each percentage: its coverage (applicable criteria scored) · the confidence of "
                                  "the scores behind it (their median; not given counts as low). Gate frameworks are "
                                  "checklists, never averaged. The figures are not a ranking."),
                               bottom);
    m_summaryNote->setObjectName(QStringLiteral("dashboardSummaryNote"));
    m_summaryNote->setWordWrap(true);
    m_summaryNote->setForegroundRole(QPalette::PlaceholderText);

    m_redFlags = new QTreeWidget(bottom);
    m_redFlags->setObjectName(QStringLiteral("dashboardRedFlags"));
    m_redFlags->setRootIsDecorated(false);
    m_redFlags->setHeaderLabels({tr("Sector"), tr("Criterion"), tr("Level")});
    m_redFlags->header()->setStretchLastSection(false);
    m_redFlags->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_redFlags->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_redFlags->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_redFlagTitle = sectionTitle(bottom);

    m_gates = new QTreeWidget(bottom);
    m_gates->setObjectName(QStringLiteral("dashboardGates"));
    m_gates->setHeaderHidden(true);
    m_gatesTitle = sectionTitle(bottom);

    m_unscored = new QTreeWidget(bottom);
    m_unscored->setObjectName(QStringLiteral("dashboardUnscored"));
    m_unscored->setHeaderHidden(true);
    m_unscoredTitle = sectionTitle(bottom);

    QWidget *summaryBox = titled(summaryTitle, m_summary, bottom);
    summaryBox->layout()->addWidget(m_summaryNote);
    bottom->addWidget(summaryBox);
    m_gatesBox = titled(m_gatesTitle, m_gates, bottom);
    bottom->addWidget(m_gatesBox);
    bottom->addWidget(titled(m_redFlagTitle, m_redFlags, bottom));
    bottom->addWidget(titled(m_unscoredTitle, m_unscored, bottom));
    bottom->setStretchFactor(0, kSummaryStretch);
    bottom->setStretchFactor(1, kGatesStretch);
    bottom->setStretchFactor(2, kRedFlagsStretch);
    bottom->setStretchFactor(3, kUnscoredStretch);

    auto *agreementTitle = sectionTitle(vertical);
    agreementTitle->setText(tr("Agreement between analysts"));
    m_agreement = new AgreementView(vertical);
    m_agreementBox = titled(agreementTitle, m_agreement, vertical);

    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->addWidget(m_agreementBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setStretchFactor(2, 2);

    m_pages->addWidget(content);

    connect(m_frameworkChooser, &QComboBox::currentIndexChanged, this, &DashboardWidget::refreshRadars);
    connect(m_bottom, &QSplitter::splitterMoved, this, [this] { m_bottomArranged = true; });
    connect(m_redFlags, &QTreeWidget::itemClicked, this, &DashboardWidget::onItemClicked);
    connect(m_unscored, &QTreeWidget::itemClicked, this, &DashboardWidget::onItemClicked);
    connect(m_gates, &QTreeWidget::itemClicked, this, &DashboardWidget::onItemClicked);
    connect(m_gates, &QTreeWidget::itemActivated, this, &DashboardWidget::onItemClicked);
    connect(m_redFlags, &QTreeWidget::itemActivated, this, &DashboardWidget::onItemClicked);
    connect(m_unscored, &QTreeWidget::itemActivated, this, &DashboardWidget::onItemClicked);
}

void DashboardWidget::setProject(const Project *project, const ProjectResult *result)
{
    m_project = result ? project : nullptr;
    m_result = project ? result : nullptr;
    refresh();
}

const ProjectResult &DashboardWidget::result() const
{
    static const ProjectResult none;
    return m_result ? *m_result : none;
}

void DashboardWidget::refreshWhenShown()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    placeSplitters();
}

void DashboardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeSplitters();
}

void DashboardWidget::placeSplitters()
{
    // The radars side by side (up to three), the charts the rest: once, at the
    // first real width; later the user's. The lower row keeps its proportions
    // as the window grows (QSplitter gives new width by size hints, not by
    // stretch) until the user moves one of its handles.
    const int width = m_top->width();
    if (!isVisible() || width < 2 * kRadarWidth || !m_project || m_project->sectors.empty())
        return;
    if (!m_splittersPlaced) {
        m_splittersPlaced = true;
        const int columns = std::min(int(m_project->sectors.size()), 3);
        const int radars = std::min(columns * (kRadarWidth + kRadarSpacing) + m_radarScroll->verticalScrollBar()->sizeHint().width(),
                                    width * 55 / 100);
        m_top->setSizes({radars, width - radars});
    }
    if (m_bottomArranged)
        return;
    // Summary, gates (hidden without a gate framework), red flags, unscored.
    const bool gatesShown = m_gatesBox->isVisibleTo(this);
    const int bottom = m_bottom->width();
    const int parts = kSummaryStretch + (gatesShown ? kGatesStretch : 0) + kRedFlagsStretch + kUnscoredStretch;
    const int gates = gatesShown ? bottom * kGatesStretch / parts : 0;
    const int summary = bottom * kSummaryStretch / parts;
    const int flags = bottom * kRedFlagsStretch / parts;
    m_bottom->setSizes({summary, gates, flags, bottom - summary - gates - flags});
}

void DashboardWidget::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_agreement->setLanguage(language);
    refreshWhenShown();
}

QString DashboardWidget::currentFrameworkId() const
{
    return m_frameworkChooser->currentData().toString();
}

void DashboardWidget::setCurrentFrameworkId(const QString &frameworkId)
{
    const int index = m_frameworkChooser->findData(frameworkId);
    if (index >= 0)
        m_frameworkChooser->setCurrentIndex(index);
}

void DashboardWidget::refresh()
{
    m_stale = false;
    const bool hasContent = m_project && !m_project->frameworks.empty() && !m_project->sectors.empty();
    m_pages->setCurrentIndex(hasContent ? 1 : 0);

    refreshFrameworkChooser(); // may refresh the radars through currentIndexChanged
    refreshRadars();
    if (hasContent) {
        m_comparison->setChartData(withHeadlineNotes(
            ChartDataBuilder::sectorComparison(*m_project, result(), QString(), m_language)));
        m_coverage->setChartData(ChartDataBuilder::coverageAndConfidence(*m_project, result(), QString(), m_language));
    } else {
        m_comparison->setChartData(ChartData());
        m_coverage->setChartData(ChartData());
    }
    const bool withRounds = hasContent && m_roundComparison && !m_roundComparison->sectors.empty();
    m_rounds->setChartData(withRounds ? ChartDataBuilder::roundComparison(*m_project, *m_roundComparison, m_language)
                                      : ChartData());
    m_rounds->setVisible(withRounds);
    // Two bars per category: as tall as it needs, the page scrolls.
    m_rounds->setMinimumHeight(withRounds ? m_rounds->sizeHint().height() : 0);
    refreshSummary();
    refreshRedFlags();
    refreshUnscored();
    refreshGates();
    m_agreement->setAgreement(m_project, m_teamAgreement);
    m_agreementBox->setVisible(m_agreement->hasRatings());
}

void DashboardWidget::setRoundComparison(const RoundComparison *comparison)
{
    m_roundComparison = comparison;
    refreshWhenShown();
}

void DashboardWidget::setAgreement(const TeamAgreement *agreement)
{
    m_teamAgreement = agreement;
    refreshWhenShown();
}

void DashboardWidget::refreshFrameworkChooser()
{
    const QString current = currentFrameworkId();
    QStringList ids;
    QStringList titles;
    if (m_project) {
        for (const ProjectFramework &framework : m_project->frameworks) {
            if (framework.framework.isGates())
                continue; // no dimension scores to draw: shown as a checklist instead
            ids << framework.id;
            const QString title = framework.framework.title.text(m_language);
            titles << (title.isEmpty() ? framework.id : title);
        }
    }
    bool same = m_frameworkChooser->count() == ids.size();
    for (int i = 0; same && i < ids.size(); ++i)
        same = m_frameworkChooser->itemData(i).toString() == ids.at(i) && m_frameworkChooser->itemText(i) == titles.at(i);
    if (same)
        return;

    const QSignalBlocker blocker(m_frameworkChooser);
    m_frameworkChooser->clear();
    for (int i = 0; i < ids.size(); ++i)
        m_frameworkChooser->addItem(titles.at(i), ids.at(i));
    const int index = m_frameworkChooser->findData(current);
    m_frameworkChooser->setCurrentIndex(index >= 0 ? index : (ids.isEmpty() ? -1 : 0));
}

void DashboardWidget::refreshRadars()
{
    const std::size_t sectorCount = m_project ? m_project->sectors.size() : 0;
    while (m_radars.size() > sectorCount) {
        delete m_radars.back();
        m_radars.pop_back();
    }
    while (m_radars.size() < sectorCount) {
        auto *chart = new ChartWidget(m_radarHost);
        chart->setObjectName(QStringLiteral("dashboardRadar%1").arg(m_radars.size()));
        chart->setMinimumSize(kRadarWidth, kRadarHeight);
        m_radars.push_back(chart);
    }
    layoutRadars();
    const QString frameworkId = currentFrameworkId();
    for (std::size_t i = 0; i < sectorCount; ++i) {
        ChartData radar = ChartDataBuilder::radar(*m_project, result(), m_project->sectors[i].id, frameworkId, m_language);
        const SectorResult *sector = result().sector(m_project->sectors[i].id);
        if (const FrameworkResult *framework = sector ? sector->framework(frameworkId) : nullptr; framework && framework->percent) {
            // The chooser above names the framework; the title carries the framework
            // score with its coverage and confidence.
            const QString title = m_project->sectors[i].title.text(m_language);
            radar.title = tr("%1: %2\n%3 covered · %4 confidence")
                              .arg(title.isEmpty() ? m_project->sectors[i].id : title, percentText(framework->percent),
                                   percentText(framework->coverage.percent()),
                                   confidenceWord(headlineConfidence(framework->confidence)));
        }
        m_radars[i]->setChartData(radar);
    }
}

void DashboardWidget::layoutRadars()
{
    const int columns = std::max(1, (m_radarScroll->viewport()->width() + m_radarGrid->spacing())
                                        / (kRadarWidth + m_radarGrid->spacing()));
    if (columns == m_radarColumns && m_radarGrid->count() == int(m_radars.size()))
        return;
    m_radarColumns = columns;
    for (ChartWidget *chart : m_radars)
        m_radarGrid->removeWidget(chart);
    for (int i = 0; i < int(m_radars.size()); ++i)
        m_radarGrid->addWidget(m_radars[std::size_t(i)], i / columns, i % columns);
    for (int c = 0; c < m_radarGrid->columnCount(); ++c)
        m_radarGrid->setColumnStretch(c, c < columns ? 1 : 0);
    m_radarGrid->setRowStretch(m_radarGrid->rowCount(), 1);
}

bool DashboardWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_radarScroll->viewport() && event->type() == QEvent::Resize)
        layoutRadars();
    return QWidget::eventFilter(watched, event);
}

void DashboardWidget::refreshSummary()
{
    m_summary->clear();
    if (!m_project) {
        m_summary->setRowCount(0);
        m_summary->setColumnCount(0);
        return;
    }
    QStringList headers = {tr("Sector"), tr("Overall")};
    for (const ProjectFramework &framework : m_project->frameworks) {
        const QString title = framework.framework.title.text(m_language);
        headers << (title.isEmpty() ? framework.id : title);
    }
    headers << tr("Red flags");
    m_summary->setColumnCount(int(headers.size()));
    m_summary->setHorizontalHeaderLabels(headers);
    for (int column = 0; column < int(headers.size()); ++column)
        m_summary->horizontalHeaderItem(column)->setToolTip(headers.at(column));
    m_summary->setRowCount(int(m_project->sectors.size()));

    for (int row = 0; row < int(m_project->sectors.size()); ++row) {
        const Sector &sector = m_project->sectors[std::size_t(row)];
        const SectorResult *result = this->result().sector(sector.id);
        QTableWidgetItem *name = readOnlyItem(sector.title.text(m_language).isEmpty() ? sector.id : sector.title.text(m_language));
        name->setData(SectorIdRole, sector.id);
        m_summary->setItem(row, kSectorColumn, name);
        QTableWidgetItem *overall = percentItem(result ? result->overall : std::nullopt);
        QFont bold = overall->font();
        bold.setBold(true);
        overall->setFont(bold);
        if (result)
            addHeadlineNote(overall, result->coverage, result->confidence);
        m_summary->setItem(row, kOverallColumn, overall);
        int column = kFirstFrameworkColumn;
        for (const ProjectFramework &framework : m_project->frameworks) {
            const FrameworkResult *fr = result ? result->framework(framework.id) : nullptr;
            QTableWidgetItem *item = percentItem(fr ? fr->percent : std::nullopt);
            if (fr && fr->gates) {
                // A checklist has no percent: say whether the standard is met.
                item->setText(tr("%1\n%2 of %3 passed").arg(gateStatusText(fr->gate)).arg(fr->gate.passed).arg(fr->gate.total()));
                item->setToolTip(gateCountsText(fr->gate));
                if (fr->gate.status() == GateResult::Status::DoesNotMeet)
                    item->setForeground(scorepalette::redFlag());
            } else if (fr) {
                addHeadlineNote(item, fr->coverage, fr->confidence);
            }
            item->setData(FrameworkIdRole, framework.id);
            m_summary->setItem(row, column++, item);
        }
        QTableWidgetItem *flags = readOnlyItem(QString::number(result ? result->redFlags.size() : 0));
        flags->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        flags->setData(ValueRole, double(result ? result->redFlags.size() : 0));
        if (result && !result->redFlags.empty())
            flags->setForeground(scorepalette::redFlag());
        m_summary->setItem(row, column, flags);
    }
    m_summary->resizeColumnsToContents();
    m_summary->resizeRowsToContents();
    // The header does not elide by itself (it crops both ends): elide the text.
    const QFontMetrics metrics(m_summary->horizontalHeader()->font());
    const int padding = 2 * m_summary->horizontalHeader()->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_summary) + 4;
    for (int column = kFirstFrameworkColumn; column < kFirstFrameworkColumn + int(m_project->frameworks.size()); ++column) {
        if (m_summary->columnWidth(column) <= kFrameworkColumnWidth)
            continue;
        m_summary->setColumnWidth(column, kFrameworkColumnWidth);
        QTableWidgetItem *header = m_summary->horizontalHeaderItem(column);
        header->setText(metrics.elidedText(header->text(), Qt::ElideRight, kFrameworkColumnWidth - padding));
    }
}

ChartData DashboardWidget::withHeadlineNotes(ChartData comparison) const
{
    // Each sector's bars are headline figures: its label says how much is
    // behind them (the coverage and confidence of overall readiness).
    for (int i = 0; i < comparison.categoryIds.size() && i < comparison.categories.size(); ++i) {
        const SectorResult *sector = result().sector(comparison.categoryIds.at(i));
        if (!sector || !sector->overall)
            continue;
        comparison.categories[i] = tr("%1\n%2 covered · %3 confidence")
                                       .arg(comparison.categories.at(i), percentText(sector->coverage.percent()),
                                            confidenceWord(headlineConfidence(sector->confidence)));
    }
    return comparison;
}

QString DashboardWidget::frameworkTitle(const QString &frameworkId) const
{
    const ProjectFramework *framework = m_project ? m_project->findFramework(frameworkId) : nullptr;
    const QString title = framework ? framework->framework.title.text(m_language) : QString();
    return title.isEmpty() ? frameworkId : title;
}

QString DashboardWidget::criterionTitle(const QString &frameworkId, const QString &criterionId) const
{
    const ProjectFramework *framework = m_project ? m_project->findFramework(frameworkId) : nullptr;
    const Criterion *criterion = framework ? framework->framework.findCriterion(criterionId) : nullptr;
    const QString title = criterion ? criterion->title.text(m_language) : QString();
    return title.isEmpty() ? criterionId : title;
}

void DashboardWidget::refreshRedFlags()
{
    m_redFlags->clear();
    int count = 0;
    if (m_project) {
        for (const Sector &sector : m_project->sectors) {
            const SectorResult *result = this->result().sector(sector.id);
            if (!result)
                continue;
            for (const RedFlag &flag : result->redFlags) {
                auto *item = new QTreeWidgetItem(m_redFlags);
                item->setText(0, sector.title.text(m_language).isEmpty() ? sector.id : sector.title.text(m_language));
                item->setText(1, criterionTitle(flag.frameworkId, flag.criterionId));
                item->setText(2, tr("%1 (below %2)").arg(flag.level).arg(flag.threshold));
                item->setToolTip(1, flag.frameworkId + QLatin1Char(' ') + flag.criterionId);
                item->setData(0, SectorIdRole, sector.id);
                item->setData(0, FrameworkIdRole, flag.frameworkId);
                item->setData(0, CriterionIdRole, flag.criterionId);
                ++count;
            }
        }
    }
    m_redFlagTitle->setText(tr("Red flags (%1)").arg(count));
}

void DashboardWidget::refreshUnscored()
{
    // Keep the sectors the user folded away folded.
    QSet<QString> collapsed;
    for (int i = 0; i < m_unscored->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_unscored->topLevelItem(i);
        if (!item->isExpanded())
            collapsed.insert(item->data(0, SectorIdRole).toString());
    }
    m_unscored->clear();
    int count = 0;
    if (m_project) {
        for (const Sector &sector : m_project->sectors) {
            const SectorResult *result = this->result().sector(sector.id);
            if (!result)
                continue;
            QTreeWidgetItem *sectorItem = nullptr;
            int inSector = 0;
            for (const FrameworkResult &fr : result->frameworks) {
                for (const DimensionResult &dr : fr.dimensions) {
                    for (const CriterionResult &cr : dr.criteria) {
                        if (cr.level || cr.notApplicable)
                            continue;
                        if (!sectorItem) {
                            sectorItem = new QTreeWidgetItem(m_unscored);
                            sectorItem->setData(0, SectorIdRole, sector.id);
                            sectorItem->setFlags(Qt::ItemIsEnabled);
                        }
                        auto *item = new QTreeWidgetItem(sectorItem);
                        QString text = criterionTitle(fr.frameworkId, cr.criterionId);
                        if (m_project->frameworks.size() > 1)
                            text = frameworkTitle(fr.frameworkId) + QStringLiteral(" › ") + text;
                        // Unverified ones were looked for: listed here too, marked apart.
                        if (cr.unverified)
                            text = tr("%1 (unverified)").arg(text);
                        item->setText(0, text);
                        item->setToolTip(0, fr.frameworkId + QLatin1Char(' ') + cr.criterionId);
                        item->setData(0, SectorIdRole, sector.id);
                        item->setData(0, FrameworkIdRole, fr.frameworkId);
                        item->setData(0, CriterionIdRole, cr.criterionId);
                        ++inSector;
                    }
                }
            }
            if (sectorItem) {
                const QString title = sector.title.text(m_language).isEmpty() ? sector.id : sector.title.text(m_language);
                sectorItem->setText(0, tr("%1 (%2)").arg(title).arg(inSector));
                sectorItem->setExpanded(!collapsed.contains(sector.id));
            }
            count += inSector;
        }
    }
    m_unscoredTitle->setText(tr("Unscored and unverified criteria (%1)").arg(count));
}

void DashboardWidget::refreshGates()
{
    QSet<QString> collapsed;
    for (int i = 0; i < m_gates->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_gates->topLevelItem(i);
        if (!item->isExpanded())
            collapsed.insert(item->data(0, SectorIdRole).toString() + QLatin1Char('/')
                             + item->data(0, FrameworkIdRole).toString());
    }
    m_gates->clear();
    int gateFrameworks = 0;
    if (m_project) {
        for (const ProjectFramework &framework : m_project->frameworks)
            gateFrameworks += framework.framework.isGates() ? 1 : 0;
        for (const Sector &sector : m_project->sectors) {
            const SectorResult *result = this->result().sector(sector.id);
            if (!result)
                continue;
            for (const FrameworkResult &fr : result->frameworks) {
                if (!fr.gates)
                    continue;
                auto *top = new QTreeWidgetItem(m_gates);
                const QString sectorTitle = sector.title.text(m_language).isEmpty() ? sector.id : sector.title.text(m_language);
                QString heading = tr("%1: %2").arg(sectorTitle, gateStatusText(fr.gate));
                if (gateFrameworks > 1)
                    heading = frameworkTitle(fr.frameworkId) + QStringLiteral(" › ") + heading;
                top->setText(0, heading);
                top->setToolTip(0, gateCountsText(fr.gate));
                top->setData(0, SectorIdRole, sector.id);
                top->setData(0, FrameworkIdRole, fr.frameworkId);
                top->setFlags(Qt::ItemIsEnabled);
                QFont bold = top->font(0);
                bold.setBold(true);
                top->setFont(0, bold);
                top->setIcon(0, swatch(scorepalette::gateStatus(fr.gate.status())));
                if (fr.gate.status() == GateResult::Status::DoesNotMeet)
                    top->setForeground(0, scorepalette::redFlag());
                for (const DimensionResult &dr : fr.dimensions) {
                    for (const CriterionResult &cr : dr.criteria) {
                        // A mark a reader can tell apart without colour, then the colour.
                        // The swatch is the cell's colour in the grid.
                        QString mark = QStringLiteral("–");
                        QColor colour = m_gates->palette().color(QPalette::PlaceholderText);
                        QString state = tr("not scored yet");
                        if (cr.notApplicable) {
                            mark = tr("n/a");
                            state = tr("not applicable");
                        } else if (cr.unverified) {
                            mark = QStringLiteral("?");
                            colour = scorepalette::unverifiedMark();
                            state = tr("unverified");
                        } else if (cr.gatePassed) {
                            mark = *cr.gatePassed ? QStringLiteral("✓") : QStringLiteral("✗");
                            colour = *cr.gatePassed ? m_gates->palette().color(QPalette::Text) : scorepalette::redFlag();
                            state = *cr.gatePassed ? tr("passed") : tr("failed");
                        }
                        auto *item = new QTreeWidgetItem(top);
                        item->setText(0, QStringLiteral("%1  %2").arg(mark, criterionTitle(fr.frameworkId, cr.criterionId)));
                        item->setIcon(0, swatch(scorepalette::forResult(cr)));
                        item->setForeground(0, colour);
                        item->setToolTip(0, tr("%1: %2").arg(cr.criterionId, state));
                        item->setData(0, SectorIdRole, sector.id);
                        item->setData(0, FrameworkIdRole, fr.frameworkId);
                        item->setData(0, CriterionIdRole, cr.criterionId);
                    }
                }
                top->setExpanded(!collapsed.contains(sector.id + QLatin1Char('/') + fr.frameworkId));
            }
        }
    }
    m_gatesTitle->setText(tr("Gates (%n framework(s), never averaged)", nullptr, gateFrameworks));
    m_gatesBox->setVisible(gateFrameworks > 0);
}

void DashboardWidget::onItemClicked(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString criterionId = item->data(0, CriterionIdRole).toString();
    if (criterionId.isEmpty())
        return; // a sector heading
    Q_EMIT criterionActivated(item->data(0, SectorIdRole).toString(), item->data(0, FrameworkIdRole).toString(),
                              criterionId);
}

} // namespace dpi
