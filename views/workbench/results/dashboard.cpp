#include "dashboard.h"

#include "agreementview.h"
#include "chartdatabuilder.h"
#include "chartwidget.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
constexpr int kFrameworkColumnWidth = 120; // framework titles are long: elided, whole in the tooltip

QString percentText(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("—");
    return QLocale().toString(*value, 'f', 1) + QStringLiteral(" %");
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

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
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
    rightLayout->addWidget(m_comparison, 3);
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

    m_redFlags = new QTreeWidget(bottom);
    m_redFlags->setObjectName(QStringLiteral("dashboardRedFlags"));
    m_redFlags->setRootIsDecorated(false);
    m_redFlags->setHeaderLabels({tr("Sector"), tr("Criterion"), tr("Level")});
    m_redFlags->header()->setStretchLastSection(false);
    m_redFlags->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_redFlags->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_redFlags->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_redFlagTitle = sectionTitle(bottom);

    m_unscored = new QTreeWidget(bottom);
    m_unscored->setObjectName(QStringLiteral("dashboardUnscored"));
    m_unscored->setHeaderHidden(true);
    m_unscoredTitle = sectionTitle(bottom);

    bottom->addWidget(titled(summaryTitle, m_summary, bottom));
    bottom->addWidget(titled(m_redFlagTitle, m_redFlags, bottom));
    bottom->addWidget(titled(m_unscoredTitle, m_unscored, bottom));
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setStretchFactor(2, 2);

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
    connect(m_redFlags, &QTreeWidget::itemClicked, this, &DashboardWidget::onItemClicked);
    connect(m_unscored, &QTreeWidget::itemClicked, this, &DashboardWidget::onItemClicked);
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
    // Once, at the first real width: the radars side by side (up to three), the
    // charts the rest; the summary table most of the lower row. Later the user's.
    const int width = m_top->width();
    if (m_splittersPlaced || !isVisible() || width < 2 * kRadarWidth || !m_project || m_project->sectors.empty())
        return;
    m_splittersPlaced = true;
    const int columns = std::min(int(m_project->sectors.size()), 3);
    const int radars = std::min(columns * (kRadarWidth + kRadarSpacing) + m_radarScroll->verticalScrollBar()->sizeHint().width(),
                                width * 55 / 100);
    m_top->setSizes({radars, width - radars});
    m_bottom->setSizes({width * 3 / 5, width / 5, width - width * 3 / 5 - width / 5});
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
        m_comparison->setChartData(ChartDataBuilder::sectorComparison(*m_project, result(), QString(), m_language));
        m_coverage->setChartData(ChartDataBuilder::coverageAndConfidence(*m_project, result(), QString(), m_language));
    } else {
        m_comparison->setChartData(ChartData());
        m_coverage->setChartData(ChartData());
    }
    refreshSummary();
    refreshRedFlags();
    refreshUnscored();
    m_agreement->setAgreement(m_project, m_teamAgreement);
    m_agreementBox->setVisible(m_agreement->hasRatings());
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
        m_radars[i]->setChartData(ChartDataBuilder::radar(*m_project, result(), m_project->sectors[i].id,
                                                          frameworkId, m_language));
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
    headers << tr("Coverage") << tr("Red flags");
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
        m_summary->setItem(row, 0, name);
        m_summary->setItem(row, 1, percentItem(result ? result->overall : std::nullopt));
        int column = 2;
        for (const ProjectFramework &framework : m_project->frameworks) {
            const FrameworkResult *fr = result ? result->framework(framework.id) : nullptr;
            QTableWidgetItem *item = percentItem(fr ? fr->percent : std::nullopt);
            item->setData(FrameworkIdRole, framework.id);
            m_summary->setItem(row, column++, item);
        }
        QTableWidgetItem *coverage = percentItem(result ? std::optional<double>(result->coverage.percent()) : std::nullopt);
        if (result) {
            coverage->setToolTip(tr("%1 of %2 applicable criteria scored; %3 not applicable")
                                     .arg(result->coverage.scored)
                                     .arg(result->coverage.applicable())
                                     .arg(result->coverage.notApplicable));
        }
        m_summary->setItem(row, column++, coverage);
        QTableWidgetItem *flags = readOnlyItem(QString::number(result ? result->redFlags.size() : 0));
        flags->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        flags->setData(ValueRole, double(result ? result->redFlags.size() : 0));
        if (result && !result->redFlags.empty())
            flags->setForeground(QColor(0xb0, 0x1c, 0x1c));
        m_summary->setItem(row, column, flags);
    }
    m_summary->resizeColumnsToContents();
    // The header does not elide by itself (it crops both ends): elide the text.
    const QFontMetrics metrics(m_summary->horizontalHeader()->font());
    const int padding = 2 * m_summary->horizontalHeader()->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_summary) + 4;
    for (int column = 2; column < 2 + int(m_project->frameworks.size()); ++column) {
        if (m_summary->columnWidth(column) <= kFrameworkColumnWidth)
            continue;
        m_summary->setColumnWidth(column, kFrameworkColumnWidth);
        QTableWidgetItem *header = m_summary->horizontalHeaderItem(column);
        header->setText(metrics.elidedText(header->text(), Qt::ElideRight, kFrameworkColumnWidth - padding));
    }
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
    m_unscoredTitle->setText(tr("Unscored criteria (%1)").arg(count));
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
