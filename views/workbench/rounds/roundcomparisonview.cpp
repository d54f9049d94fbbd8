#include "roundcomparisonview.h"

#include "project.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace dpi {

namespace {

QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

QString sectorTitle(const Project &project, const QString &sectorId, const QString &language)
{
    const Sector *sector = project.findSector(sectorId);
    const QString title = sector ? sector->title.text(language) : QString();
    return title.isEmpty() ? sectorId : title;
}

QString frameworkTitle(const Project &project, const QString &frameworkId, const QString &language)
{
    const ProjectFramework *framework = project.findFramework(frameworkId);
    const QString title = framework ? framework->framework.title.text(language) : QString();
    return title.isEmpty() ? frameworkId : title;
}

QString criterionTitle(const Project &project, const QString &frameworkId, const QString &criterionId,
                       const QString &language)
{
    const ProjectFramework *framework = project.findFramework(frameworkId);
    const Criterion *criterion = framework ? framework->framework.findCriterion(criterionId) : nullptr;
    const QString title = criterion ? criterion->title.text(language) : QString();
    return title.isEmpty() ? criterionId : QStringLiteral("%1 (%2)").arg(title, criterionId);
}

} // namespace

RoundComparisonView::RoundComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_cells = makeList(m_tabs, QStringLiteral("roundCells"),
                       {tr("Sector"), tr("Framework"), tr("Criterion"), tr("Previous round"), tr("This round")});
    m_percents = makeList(m_tabs, QStringLiteral("roundPercents"),
                          {tr("Sector, framework, dimension"), tr("Previous round"), tr("This round"), tr("Change")});
    m_percents->setRootIsDecorated(true);
    m_gates = makeList(m_tabs, QStringLiteral("roundGates"),
                       {tr("Sector"), tr("Framework"), tr("Previous round"), tr("This round")});
    m_flags = makeList(m_tabs, QStringLiteral("roundRedFlags"), {tr("Red flag"), tr("Sector"), tr("Criterion")});
    m_criteria = makeList(m_tabs, QStringLiteral("roundCriteria"), {tr("Change"), tr("Framework"), tr("Criterion")});
    m_tabs->addTab(m_cells, QString());
    m_tabs->addTab(m_percents, tr("Percentages"));
    m_tabs->addTab(m_gates, QString());
    m_tabs->addTab(m_flags, QString());
    m_tabs->addTab(m_criteria, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    clear();
}

void RoundComparisonView::clear()
{
    for (QTreeWidget *list : {m_cells, m_percents, m_gates, m_flags, m_criteria})
        list->clear();
    setTabCount(m_cells, tr("Changed Cells"), 0);
    setTabCount(m_gates, tr("Gates"), 0);
    setTabCount(m_flags, tr("Red Flags"), 0);
    setTabCount(m_criteria, tr("Criteria"), 0);
}

void RoundComparisonView::setTabCount(QWidget *page, const QString &title, int count)
{
    m_tabs->setTabText(m_tabs->indexOf(page), QStringLiteral("%1 (%2)").arg(title).arg(count));
}

void RoundComparisonView::setComparison(const Project &before, const Project &after,
                                        const RoundComparison &comparison, const QString &language)
{
    clear();
    fillCells(after, comparison, language);
    fillPercents(after, comparison, language);
    fillGates(after, comparison, language);
    fillFlags(before, after, comparison, language);
    fillCriteria(before, after, comparison, language);
}

QString RoundComparisonView::stateText(const CellState &state) const
{
    QString text;
    switch (state.kind) {
    case CellState::Kind::Level: text = tr("level %1").arg(state.level); break;
    case CellState::Kind::NotApplicable: text = tr("N/A"); break;
    case CellState::Kind::Unverified: text = tr("unverified"); break;
    case CellState::Kind::Unscored: text = tr("not scored"); break;
    }
    if (state.confidence != Confidence::Unset)
        text += QStringLiteral(" · ") + tr("confidence %1").arg(confidenceName(state.confidence));
    return text;
}

QString RoundComparisonView::percentText(const std::optional<double> &percent) const
{
    return percent ? QStringLiteral("%1 %").arg(*percent, 0, 'f', 1) : QStringLiteral("–");
}

QString RoundComparisonView::deltaText(const PercentChange &change) const
{
    const std::optional<double> delta = change.deltaPp();
    if (!delta)
        return QStringLiteral("–");
    const double rounded = std::round(*delta * 10) / 10;
    const QString sign = rounded > 0 ? QStringLiteral("+") : rounded < 0 ? QStringLiteral("\u2212") : QString();
    return tr("%1%2 pp").arg(sign, QString::number(std::abs(rounded), 'f', 1));
}

QString RoundComparisonView::gateText(const GateResult &gate) const
{
    return tr("%1 of %2 passed, %3 failed, %4 unverified")
        .arg(gate.passed)
        .arg(gate.total())
        .arg(gate.failed)
        .arg(gate.unverified);
}

void RoundComparisonView::fillCells(const Project &after, const RoundComparison &comparison, const QString &language)
{
    for (const CellChange &change : comparison.changes) {
        QString criterion = criterionTitle(after, change.frameworkId, change.criterionId, language);
        if (change.oldCriterionId != change.criterionId)
            criterion += QLatin1Char(' ') + tr("(was %1)").arg(change.oldCriterionId);
        auto *item = new QTreeWidgetItem(m_cells, {sectorTitle(after, change.sectorId, language),
                                                   frameworkTitle(after, change.frameworkId, language), criterion,
                                                   stateText(change.before), stateText(change.after)});
        const CellChange::Trend trend = change.trend();
        if (trend != CellChange::Trend::Other)
            item->setText(4, (trend == CellChange::Trend::Up ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + item->text(4));
    }
    setTabCount(m_cells, tr("Changed Cells"), int(comparison.changes.size()));
}

void RoundComparisonView::fillPercents(const Project &after, const RoundComparison &comparison,
                                       const QString &language)
{
    for (const SectorChange &sector : comparison.sectors) {
        auto *sectorItem = new QTreeWidgetItem(m_percents, {sectorTitle(after, sector.sectorId, language),
                                                            percentText(sector.overall.before),
                                                            percentText(sector.overall.after), deltaText(sector.overall)});
        QFont bold = sectorItem->font(0);
        bold.setBold(true);
        sectorItem->setFont(0, bold);
        sectorItem->setFont(3, bold);
        for (const FrameworkChangeSummary &framework : sector.frameworks) {
            if (framework.gates)
                continue;
            const ProjectFramework *entry = after.findFramework(framework.frameworkId);
            QString title = frameworkTitle(after, framework.frameworkId, language);
            if (framework.oldVersion != framework.newVersion)
                title += QStringLiteral(" [%1 → %2]").arg(framework.oldVersion, framework.newVersion);
            auto *frameworkItem = new QTreeWidgetItem(sectorItem, {title, percentText(framework.percent.before),
                                                                   percentText(framework.percent.after),
                                                                   deltaText(framework.percent)});
            for (const DimensionChange &dimension : framework.dimensions) {
                const Dimension *found = entry ? entry->framework.findDimension(dimension.dimensionId) : nullptr;
                const QString dimensionTitle = found && !found->title.text(language).isEmpty()
                    ? found->title.text(language)
                    : dimension.dimensionId;
                new QTreeWidgetItem(frameworkItem, {dimensionTitle, percentText(dimension.percent.before),
                                                    percentText(dimension.percent.after),
                                                    deltaText(dimension.percent)});
            }
        }
    }
    m_percents->expandToDepth(0);
}

void RoundComparisonView::fillGates(const Project &after, const RoundComparison &comparison, const QString &language)
{
    int count = 0;
    for (const SectorChange &sector : comparison.sectors) {
        for (const FrameworkChangeSummary &framework : sector.frameworks) {
            if (!framework.gates)
                continue;
            const QString old = gateText(framework.gatesBefore);
            const QString now = gateText(framework.gatesAfter);
            if (old == now)
                continue;
            new QTreeWidgetItem(m_gates, {sectorTitle(after, sector.sectorId, language),
                                          frameworkTitle(after, framework.frameworkId, language), old, now});
            ++count;
        }
    }
    setTabCount(m_gates, tr("Gates"), count);
}

void RoundComparisonView::fillFlags(const Project &before, const Project &after, const RoundComparison &comparison,
                                    const QString &language)
{
    int count = 0;
    for (const SectorChange &sector : comparison.sectors) {
        for (const RedFlag &flag : sector.redFlagsRaised) {
            new QTreeWidgetItem(m_flags, {tr("raised"), sectorTitle(after, sector.sectorId, language),
                                          criterionTitle(after, flag.frameworkId, flag.criterionId, language)});
            ++count;
        }
        for (const RedFlag &flag : sector.redFlagsResolved) {
            new QTreeWidgetItem(m_flags, {tr("resolved"), sectorTitle(after, sector.sectorId, language),
                                          criterionTitle(before, flag.frameworkId, flag.criterionId, language)});
            ++count;
        }
    }
    setTabCount(m_flags, tr("Red Flags"), count);
}

void RoundComparisonView::fillCriteria(const Project &before, const Project &after,
                                       const RoundComparison &comparison, const QString &language)
{
    for (const CriterionSetChange &change : comparison.criteria) {
        QString kind;
        QString criterion;
        switch (change.kind) {
        case CriterionSetChange::Kind::Added:
            kind = tr("added");
            criterion = criterionTitle(after, change.frameworkId, change.criterionId, language);
            break;
        case CriterionSetChange::Kind::Removed:
            kind = tr("removed");
            criterion = criterionTitle(before, change.frameworkId, change.criterionId, language);
            break;
        case CriterionSetChange::Kind::Renamed:
            kind = tr("renamed");
            criterion = criterionTitle(after, change.frameworkId, change.criterionId, language) + QLatin1Char(' ')
                + tr("(was %1)").arg(change.oldCriterionId);
            break;
        }
        new QTreeWidgetItem(m_criteria, {kind, frameworkTitle(after, change.frameworkId, language), criterion});
    }
    setTabCount(m_criteria, tr("Criteria"), int(comparison.criteria.size()));
}

} // namespace dpi
