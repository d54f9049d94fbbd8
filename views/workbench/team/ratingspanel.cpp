#include "ratingspanel.h"

#include "document.h"
#include "scoreedits.h"
#include "teamratings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace dpi {

namespace {

enum TableRow { LevelRow, ConfidenceRow, EvidenceRow, NotesRow, RecommendationRow, WhenRow, RowCount };

// The choice "N/A" in the agreed-level box; levels are stored as ints.
const QString kNotApplicableChoice = QStringLiteral("n/a");

} // namespace

RatingsPanel::RatingsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_controls(new QWidget(this))
    , m_choice(new QComboBox(m_controls))
    , m_keepEvidence(new QCheckBox(tr("Keep every analyst's evidence"), m_controls))
    , m_apply(new QPushButton(tr("Set Agreed Level"), m_controls))
{
    setObjectName(QStringLiteral("ratingsPanel"));
    m_status->setObjectName(QStringLiteral("ratingsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("ratingsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setRowCount(RowCount);
    m_table->setVerticalHeaderLabels({tr("Level"), tr("Confidence"), tr("Evidence"), tr("Notes"), tr("Recommendation"), tr("Rated")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_choice->setObjectName(QStringLiteral("agreedLevel"));
    m_keepEvidence->setObjectName(QStringLiteral("keepAllEvidence"));
    m_keepEvidence->setChecked(true);
    m_apply->setObjectName(QStringLiteral("setAgreedLevel"));

    auto *controls = new QVBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(new QLabel(tr("Agreed level:"), m_controls));
    choiceRow->addWidget(m_choice, 1);
    choiceRow->addWidget(m_apply);
    controls->addLayout(choiceRow);
    controls->addWidget(m_keepEvidence);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_controls);

    connect(m_apply, &QPushButton::clicked, this, &RatingsPanel::applyAgreedLevel);
    connect(m_document, &Document::scoreChanged, this, [this](const CellRef &cell, ScoreFields) {
        if (cell == m_cell)
            rebuild();
    });
    connect(m_document, &Document::projectReplaced, this, &RatingsPanel::rebuild);
    rebuild();
}

void RatingsPanel::setCell(const CellRef &cell)
{
    if (cell == m_cell)
        return;
    m_cell = cell;
    rebuild();
}

void RatingsPanel::setLanguage(const QString &language)
{
    m_language = language;
    rebuild();
}

bool RatingsPanel::applyAgreedLevel()
{
    if (m_document->analyst().isEmpty())
        Q_EMIT analystNameNeeded();
    if (m_document->analyst().isEmpty()) {
        m_status->setText(tr("Set your analyst name first (Edit › Analyst Name): a reconciliation records who made it."));
        return false;
    }
    const QVariant choice = m_choice->currentData();
    if (!choice.isValid())
        return false;
    const std::optional<int> level = choice.toString() == kNotApplicableChoice ? std::nullopt : std::optional<int>(choice.toInt());
    return edit::reconcile(*m_document, m_cell, level, m_keepEvidence->isChecked());
}

void RatingsPanel::rebuild()
{
    const Score *cell = m_cell.isValid() ? m_document->score(m_cell) : nullptr;
    const bool team = cell && !cell->ratings.empty();
    m_table->setVisible(team);
    m_controls->setVisible(team);
    if (!team) {
        m_table->setColumnCount(0);
        m_status->setText(m_cell.isValid() ? tr("No analyst's rating for this cell: it was scored in this file only.")
                                           : tr("Select a cell of the grid to see each analyst's rating."));
        return;
    }
    if (isOpenDisagreement(*cell))
        m_status->setText(tr("The analysts disagree. Compare their reasons, then set the agreed level."));
    else if (ratingsDisagree(*cell) && !cell->reconciledBy.isEmpty())
        m_status->setText(tr("The analysts disagreed; reconciled by %1 on %2.").arg(cell->reconciledBy, cell->reconciledAt.left(10)));
    else if (ratingsDisagree(*cell))
        m_status->setText(tr("The analysts disagreed; the agreed level was set without a recorded reconciliation."));
    else
        m_status->setText(tr("The analysts agree."));
    fillTable(*cell);
    fillChoices(*cell);
}

void RatingsPanel::fillTable(const Score &cell)
{
    m_table->setColumnCount(int(cell.ratings.size()));
    QStringList analysts;
    for (int column = 0; column < int(cell.ratings.size()); ++column) {
        const Score &rating = cell.ratings[size_t(column)];
        analysts << rating.analyst;
        QStringList evidence;
        for (const EvidenceItem &item : rating.evidence)
            evidence << (item.url.isEmpty() ? item.text : QStringLiteral("%1 (%2)").arg(item.text, item.url));
        const QString value = RatingValue::of(rating).toString();
        const QString cells[RowCount] = {
            value == kNotApplicableChoice ? tr("N/A")
                : rating.isUnverified()   ? tr("unverified")
                : value.isEmpty()         ? tr("not rated")
                                          : value,
            rating.confidence == Confidence::Unset ? QString() : confidenceName(rating.confidence),
            evidence.join(QLatin1Char('\n')),
            rating.notes,
            rating.recommendation,
            rating.scoredAt.left(10),
        };
        for (int row = 0; row < RowCount; ++row) {
            auto *item = new QTableWidgetItem(cells[row]);
            item->setToolTip(cells[row]);
            if (row == LevelRow) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setTextAlignment(Qt::AlignCenter);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->setHorizontalHeaderLabels(analysts);
}

void RatingsPanel::fillChoices(const Score &cell)
{
    const ProjectFramework *framework = m_document->project().findFramework(m_cell.frameworkId);
    if (!framework)
        return;
    const Scale &scale = framework->framework.scale;
    m_choice->clear();
    for (const ScaleLevel &level : scale.levels)
        m_choice->addItem(QStringLiteral("%1 — %2").arg(level.value).arg(level.label.text(m_language)), level.value);
    if (scale.allowNotApplicable)
        m_choice->addItem(tr("N/A — not applicable"), kNotApplicableChoice);

    // Offer what is agreed already, else what most analysts said.
    QVariant preferred;
    if (cell.isScored()) {
        preferred = cell.notApplicable ? QVariant(kNotApplicableChoice) : QVariant(*cell.level);
    } else {
        std::map<QString, int> votes;
        QString best;
        for (const Score &rating : cell.ratings) {
            const QString value = RatingValue::of(rating).toString();
            if (!value.isEmpty() && ++votes[value] > votes[best])
                best = value;
        }
        if (!best.isEmpty())
            preferred = best == kNotApplicableChoice ? QVariant(kNotApplicableChoice) : QVariant(best.toInt());
    }
    const int index = preferred.isValid() ? m_choice->findData(preferred) : -1;
    m_choice->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace dpi
