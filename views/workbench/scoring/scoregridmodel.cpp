#include "scoregridmodel.h"

#include "localeformat.h"

#include "document.h"
#include "previousroundresults.h"
#include "projectresults.h"
#include "scorepalette.h"
#include "teamratings.h"

#include <QFont>

namespace dpi {

namespace {

QString percentText(const std::optional<double> &percent)
{
    return localeformat::percent(percent, 0, QStringLiteral("–"));
}

QString allLanguages(const LocalizedText &text)
{
    QStringList parts;
    for (const auto &entry : text.entries())
        parts << entry.second;
    return parts.join(QLatin1Char(' '));
}

} // namespace

// A cell's state in either round, in words, with its confidence when it has one.
QString ScoreGridModel::changeStateText(const dpi::CellState &state) const
{
    QString text;
    switch (state.kind) {
    case dpi::CellState::Kind::Level: text = tr("level %1").arg(state.level); break;
    case dpi::CellState::Kind::NotApplicable: text = tr("N/A"); break;
    case dpi::CellState::Kind::Unverified: text = tr("unverified"); break;
    case dpi::CellState::Kind::Unscored: text = tr("not scored"); break;
    }
    if (state.confidence != Confidence::Unset)
        text += QStringLiteral(" (%1)").arg(tr("confidence %1").arg(confidenceName(state.confidence)));
    return text;
}

ScoreGridModel::ScoreGridModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_results(ProjectResults::of(document))
    , m_previous(PreviousRoundResults::of(document))
{
    // The results' re-sent signals, not the Document's: they come once the numbers are current.
    connect(m_results, &ProjectResults::projectReplaced, this, &ScoreGridModel::rebuild);
    connect(m_results, &ProjectResults::scoreChanged, this, &ScoreGridModel::onScoreChanged);
    connect(m_previous, &PreviousRoundResults::changed, this, &ScoreGridModel::onPreviousRoundChanged);
    rebuild();
}

const ProjectResult &ScoreGridModel::results() const
{
    return m_results->result();
}

void ScoreGridModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ScoreGridModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const Project &project = m_document->project();
    const bool severalFrameworks = project.frameworks.size() > 1;
    for (int f = 0; f < int(project.frameworks.size()); ++f) {
        if (severalFrameworks)
            m_rows.push_back({FrameworkRow, f, -1, -1});
        const Framework &framework = project.frameworks[size_t(f)].framework;
        for (int d = 0; d < int(framework.dimensions.size()); ++d) {
            m_rows.push_back({DimensionRow, f, d, -1});
            for (int c = 0; c < int(framework.dimensions[size_t(d)].criteria.size()); ++c)
                m_rows.push_back({CriterionRow, f, d, c});
        }
    }
    endResetModel();
}

void ScoreGridModel::onScoreChanged(const CellRef &cell, ScoreFields)
{
    const int column = columnOf(cell.sectorId);
    const int row = rowOf(cell.frameworkId, cell.criterionId);
    if (column < 0 || row < 0)
        return;
    Q_EMIT dataChanged(index(row, column), index(row, column));
    // The group rows above show the dimension and framework scores.
    for (int r = row - 1; r >= 0; --r) {
        if (m_rows[size_t(r)].kind == CriterionRow)
            continue;
        Q_EMIT dataChanged(index(r, column), index(r, column));
        if (m_rows[size_t(r)].kind == FrameworkRow)
            break;
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
}

int ScoreGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_document->project().sectors.size());
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

ScoreGridModel::RowKind ScoreGridModel::rowKind(int row) const
{
    return m_rows.at(size_t(row)).kind;
}

const ProjectFramework &ScoreGridModel::frameworkOf(const Row &row) const
{
    return m_document->project().frameworks[size_t(row.framework)];
}

const Dimension &ScoreGridModel::dimensionOf(const Row &row) const
{
    return frameworkOf(row).framework.dimensions[size_t(row.dimension)];
}

const Criterion *ScoreGridModel::criterionAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].kind != CriterionRow)
        return nullptr;
    const Row &r = m_rows[size_t(row)];
    return &dimensionOf(r).criteria[size_t(r.criterion)];
}

QString ScoreGridModel::frameworkIdAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return frameworkOf(m_rows[size_t(row)]).id;
}

QString ScoreGridModel::dimensionIdAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].kind == FrameworkRow)
        return {};
    return dimensionOf(m_rows[size_t(row)]).id;
}

QString ScoreGridModel::sectorIdAt(int column) const
{
    const auto &sectors = m_document->project().sectors;
    if (column < 1 || column > int(sectors.size()))
        return {};
    return sectors[size_t(column - 1)].id;
}

CellRef ScoreGridModel::cellAt(const QModelIndex &index) const
{
    const Criterion *criterion = index.isValid() ? criterionAt(index.row()) : nullptr;
    const QString sectorId = index.isValid() ? sectorIdAt(index.column()) : QString();
    if (!criterion || sectorId.isEmpty())
        return {};
    return {sectorId, frameworkIdAt(index.row()), criterion->id};
}

QModelIndex ScoreGridModel::indexOf(const CellRef &cell) const
{
    const int row = rowOf(cell.frameworkId, cell.criterionId);
    const int column = columnOf(cell.sectorId);
    return row < 0 || column < 0 ? QModelIndex() : index(row, column);
}

int ScoreGridModel::rowOf(const QString &frameworkId, const QString &criterionId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Criterion *criterion = criterionAt(row);
        if (criterion && criterion->id == criterionId && frameworkIdAt(row) == frameworkId)
            return row;
    }
    return -1;
}

int ScoreGridModel::columnOf(const QString &sectorId) const
{
    const auto &sectors = m_document->project().sectors;
    for (int i = 0; i < int(sectors.size()); ++i) {
        if (sectors[size_t(i)].id == sectorId)
            return i + 1;
    }
    return -1;
}

QString ScoreGridModel::searchTextAt(int row) const
{
    const Criterion *criterion = criterionAt(row);
    if (!criterion)
        return {};
    return criterion->id + QLatin1Char(' ') + allLanguages(criterion->title) + QLatin1Char(' ')
        + allLanguages(criterion->question);
}

bool ScoreGridModel::hasUnscoredCell(int row) const
{
    const Criterion *criterion = criterionAt(row);
    if (!criterion)
        return false;
    const QString frameworkId = frameworkIdAt(row);
    for (const auto &sector : m_document->project().sectors) {
        const Score *score = sector.score(frameworkId, criterion->id);
        if (!score || !score->isScored())
            return true;
    }
    return false;
}

// One edit can change the comparison of any cell only in its own row and
// column, but a re-read previous round changes all: repaint the sector cells.
void ScoreGridModel::onPreviousRoundChanged()
{
    if (!m_rows.empty() && columnCount() > 1)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1), {ChangeRole, Qt::ToolTipRole});
}

bool ScoreGridModel::hasChangeSinceLastRound(int row) const
{
    const Criterion *criterion = criterionAt(row);
    if (!criterion)
        return false;
    const QString frameworkId = frameworkIdAt(row);
    for (const auto &sector : m_document->project().sectors) {
        if (m_previous->change({sector.id, frameworkId, criterion->id}))
            return true;
    }
    return false;
}

bool ScoreGridModel::hasDisagreement(int row) const
{
    const Criterion *criterion = criterionAt(row);
    if (!criterion)
        return false;
    const QString frameworkId = frameworkIdAt(row);
    for (const auto &sector : m_document->project().sectors) {
        const Score *score = sector.score(frameworkId, criterion->id);
        if (score && ratingsDisagree(*score))
            return true;
    }
    return false;
}

const CriterionResult *ScoreGridModel::criterionResult(const CellRef &cell) const
{
    const SectorResult *sector = results().sector(cell.sectorId);
    const FrameworkResult *framework = sector ? sector->framework(cell.frameworkId) : nullptr;
    if (!framework)
        return nullptr;
    for (const auto &dimension : framework->dimensions) {
        for (const auto &criterion : dimension.criteria) {
            if (criterion.criterionId == cell.criterionId)
                return &criterion;
        }
    }
    return nullptr;
}

QVariant ScoreGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == RowKindRole)
        return int(row.kind);
    if (row.kind == CriterionRow)
        return criterionCellData(row, index.column(), role);
    return headerRowData(row, index.column(), role);
}

QVariant ScoreGridModel::criterionCellData(const Row &row, int column, int role) const
{
    const Criterion &criterion = dimensionOf(row).criteria[size_t(row.criterion)];
    const Framework &framework = frameworkOf(row).framework;
    if (column == kCriterionColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return criterion.title.text(m_language);
        case Qt::ToolTipRole:
            return QStringLiteral("<b>%1</b><br/>%2<br/><small>%3</small>")
                .arg(criterion.title.text(m_language).toHtmlEscaped(),
                     criterion.question.text(m_language).toHtmlEscaped(), criterion.id);
        case CriticalRole:
            return criterion.critical.has_value();
        default:
            return {};
        }
    }

    const CellRef cell{sectorIdAt(column), frameworkOf(row).id, criterion.id};
    const Sector *sector = m_document->project().findSector(cell.sectorId);
    const Score *score = sector ? sector->score(cell.frameworkId, cell.criterionId) : nullptr;
    const CellState state = score && score->isUnverified() ? Unverified
        : !score || !score->isScored()                     ? Unscored
        : score->notApplicable                             ? NotApplicable
                                                           : Scored;
    const CriterionResult *result = criterionResult(cell);

    switch (role) {
    case Qt::DisplayRole:
        if (state == Scored)
            return QString::number(*score->level);
        if (state == Unverified)
            return QStringLiteral("?");
        return state == NotApplicable ? tr("N/A") : QString();
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b> — %2")
                     .arg(sector ? sector->title.text(m_language).toHtmlEscaped() : QString(),
                          criterion.title.text(m_language).toHtmlEscaped());
        if (state == Scored) {
            const ScaleLevel *level = framework.scale.level(*score->level);
            lines << tr("Level %1 (%2)").arg(*score->level).arg(level ? level->label.text(m_language).toHtmlEscaped() : QString());
        } else if (state == Unverified) {
            lines << tr("Unverified: looked for, not found in the sources available");
            if (!score->toVerify.isEmpty())
                lines << tr("To verify: %1").arg(score->toVerify.toHtmlEscaped());
        } else {
            lines << (state == NotApplicable ? tr("Not applicable") : tr("Not scored yet"));
        }
        if (score && score->confidence != Confidence::Unset)
            lines << tr("Confidence: %1").arg(confidenceName(score->confidence));
        if (score && !score->evidence.empty())
            lines << tr("%n evidence item(s)", nullptr, int(score->evidence.size()));
        if (score && !score->ratings.empty()) {
            QStringList given;
            for (const Score &rating : score->ratings) {
                const QString value = RatingValue::of(rating).toString();
                const QString shown = rating.isUnverified() ? tr("unverified") : value.isEmpty() ? tr("not rated") : value;
                given << QStringLiteral("%1: %2").arg(rating.analyst.toHtmlEscaped(), shown);
            }
            lines << given.join(QStringLiteral(", "));
            if (isOpenDisagreement(*score))
                lines << tr("The analysts disagree: not reconciled yet");
            else if (!score->reconciledBy.isEmpty())
                lines << tr("Reconciled by %1").arg(score->reconciledBy.toHtmlEscaped());
        }
        if (result && result->redFlag)
            lines << QStringLiteral("<span style='color:#c62828'>%1</span>")
                         .arg(tr("Critical: below level %1").arg(criterion.critical->below));
        if (const CellChange *change = m_previous->change(cell))
            lines << tr("Previous round: %1, now %2").arg(changeStateText(change->before), changeStateText(change->after));
        return lines.join(QStringLiteral("<br/>"));
    }
    case Qt::BackgroundRole:
        return state == NotApplicable ? scorepalette::notApplicable()
            : state == Unverified         ? scorepalette::unverified()
                                          : scorepalette::forScore(result ? result->percent : std::nullopt);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case CellStateRole:
        return int(state);
    case LevelRole:
        return state == Scored ? QVariant(*score->level) : QVariant();
    case PercentRole:
        return result && result->percent ? QVariant(*result->percent) : QVariant();
    case RedFlagRole:
        return result && result->redFlag;
    case CriticalRole:
        return criterion.critical.has_value();
    case EvidenceCountRole:
        return score ? int(score->evidence.size()) : 0;
    case ConfidenceRole:
        return int(score ? score->confidence : Confidence::Unset);
    case ChangeRole: {
        const CellChange *change = m_previous->change(cell);
        if (!change)
            return int(NoChange);
        switch (change->trend()) {
        case CellChange::Trend::Up: return int(ChangedUp);
        case CellChange::Trend::Down: return int(ChangedDown);
        case CellChange::Trend::Other: break;
        }
        return int(ChangedOther);
    }
    case DisagreementRole:
        if (!score || !ratingsDisagree(*score))
            return int(NoDisagreement);
        return int(isOpenDisagreement(*score) ? OpenDisagreement : ReconciledDisagreement);
    default:
        return {};
    }
}

QVariant ScoreGridModel::headerRowData(const Row &row, int column, int role) const
{
    const ProjectFramework &framework = frameworkOf(row);
    if (column == kCriterionColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.kind == FrameworkRow ? framework.framework.title.text(m_language)
                                            : dimensionOf(row).title.text(m_language);
        case Qt::ToolTipRole:
            return row.kind == FrameworkRow ? framework.framework.pin()
                                            : tr("Dimension weight %1").arg(dimensionOf(row).weight);
        default:
            return {};
        }
    }
    const SectorResult *sector = results().sector(sectorIdAt(column));
    const FrameworkResult *frameworkResult = sector ? sector->framework(framework.id) : nullptr;
    const DimensionResult *dimensionResult = frameworkResult && row.kind == DimensionRow
        ? frameworkResult->dimension(dimensionOf(row).id)
        : nullptr;
    const std::optional<double> percent = row.kind == FrameworkRow
        ? (frameworkResult ? frameworkResult->percent : std::nullopt)
        : (dimensionResult ? dimensionResult->percent : std::nullopt);
    const Coverage coverage = row.kind == FrameworkRow
        ? (frameworkResult ? frameworkResult->coverage : Coverage())
        : (dimensionResult ? dimensionResult->coverage : Coverage());

    if (framework.framework.isGates()) {
        // A checklist: gates passed out of the applicable ones, never a percent.
        const GateResult gate = row.kind == FrameworkRow ? (frameworkResult ? frameworkResult->gate : GateResult())
                                                         : (dimensionResult ? dimensionResult->gate : GateResult());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1/%2 passed").arg(gate.passed).arg(gate.total());
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return tr("Gates: %1 passed, %2 failed, %3 unverified, %4 unscored. Gates are counted, never averaged.")
                .arg(gate.passed)
                .arg(gate.failed)
                .arg(gate.unverified)
                .arg(gate.unscored);
        case RedFlagRole:
            return gate.failed > 0;
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        return percentText(percent);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QString text = tr("Score %1, %2 of %3 applicable criteria scored")
                           .arg(percentText(percent))
                           .arg(coverage.scored)
                           .arg(coverage.applicable());
        if (dimensionResult && dimensionResult->capped)
            text += QLatin1Char('\n') + tr("Capped by a critical criterion (uncapped %1)")
                                            .arg(percentText(dimensionResult->uncappedPercent));
        return text;
    }
    case PercentRole:
        return percent ? QVariant(*percent) : QVariant();
    case RedFlagRole:
        return row.kind == FrameworkRow ? frameworkResult && !frameworkResult->redFlags.empty()
                                        : dimensionResult && dimensionResult->capped;
    default:
        return {};
    }
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == kCriterionColumn) {
        if (role == Qt::DisplayRole)
            return tr("Criterion");
        return {};
    }
    const auto &sectors = m_document->project().sectors;
    if (section < 1 || section > int(sectors.size()))
        return {};
    const Sector &sector = sectors[size_t(section - 1)];
    const SectorResult *result = results().sector(sector.id);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2").arg(sector.title.text(m_language),
                                            percentText(result ? result->overall : std::nullopt));
    case Qt::ToolTipRole:
        if (!result)
            return {};
        return tr("%1: readiness %2, %3 % of applicable criteria scored, %n red flag(s)", nullptr,
                  int(result->redFlags.size()))
            .arg(sector.title.text(m_language), percentText(result->overall))
            .arg(localeformat::number(result->coverage.percent(), 0));
    default:
        return {};
    }
}

} // namespace dpi
