#include "filterbar.h"

#include "document.h"
#include "previousroundresults.h"
#include "teamratings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace dpi {

FilterBar::FilterBar(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_search(new QLineEdit(this))
    , m_dimension(new QComboBox(this))
    , m_unscored(new QCheckBox(tr("Unscored only"), this))
    , m_critical(new QCheckBox(tr("Critical only"), this))
    , m_disagreements(new QCheckBox(tr("Disagreements only"), this))
    , m_changed(new QCheckBox(tr("Changed since last round"), this))
{
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Search criteria (id, title, question)"));
    // The hint is cut short when the bar is narrow (long in Russian and
    // Kyrgyz): the tooltip always has it whole.
    m_search->setToolTip(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150);
    m_dimension->setObjectName(QStringLiteral("filterDimension"));
    m_dimension->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unscored->setObjectName(QStringLiteral("filterUnscored"));
    m_critical->setObjectName(QStringLiteral("filterCritical"));
    m_disagreements->setObjectName(QStringLiteral("filterDisagreements"));
    m_disagreements->setToolTip(tr("Criteria on which the analysts gave different levels in some sector"));
    m_changed->setObjectName(QStringLiteral("filterChanged"));
    m_changed->setToolTip(tr("Criteria whose level, N/A, unverified mark or confidence differs from the previous "
                             "round in some sector"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_search, 2);
    layout->addWidget(new QLabel(tr("Dimension:"), this));
    layout->addWidget(m_dimension, 1);
    layout->addWidget(m_unscored);
    layout->addWidget(m_critical);
    layout->addWidget(m_disagreements);
    layout->addWidget(m_changed);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitFilter);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    connect(m_unscored, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_critical, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_disagreements, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_changed, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(PreviousRoundResults::of(document), &PreviousRoundResults::changed, this, &FilterBar::updateRoundFilter);
    connect(document, &Document::projectReplaced, this, &FilterBar::fillDimensions);
    connect(document, &Document::projectReplaced, this, &FilterBar::updateTeamFilter);
    fillDimensions();
    updateTeamFilter();
    updateRoundFilter();
}

// Only a project whose previous round was read has changes to show.
void FilterBar::updateRoundFilter()
{
    const bool compared = PreviousRoundResults::of(m_document)->isLoaded();
    m_changed->setVisible(compared);
    if (!compared && m_changed->isChecked())
        m_changed->setChecked(false);
}

// Only a team assessment has disagreements to show.
void FilterBar::updateTeamFilter()
{
    const bool team = hasRatings(m_document->project());
    m_disagreements->setVisible(team);
    if (!team && m_disagreements->isChecked())
        m_disagreements->setChecked(false);
}

void FilterBar::setLanguage(const QString &language)
{
    m_language = language;
    fillDimensions();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::fillDimensions()
{
    const QStringList previous = m_dimension->currentData().toStringList();
    const QSignalBlocker blocker(m_dimension);
    m_dimension->clear();
    m_dimension->addItem(tr("All dimensions"), QStringList());
    const auto &frameworks = m_document->project().frameworks;
    for (const auto &framework : frameworks) {
        for (const auto &dimension : framework.framework.dimensions) {
            QString title = dimension.title.text(m_language);
            if (frameworks.size() > 1)
                title = framework.framework.title.text(m_language) + QStringLiteral(" › ") + title;
            m_dimension->addItem(title, QStringList{framework.id, dimension.id});
        }
    }
    const int index = m_dimension->findData(previous);
    m_dimension->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !previous.isEmpty())
        emitFilter();
}

GridFilter FilterBar::filter() const
{
    GridFilter filter;
    filter.text = m_search->text().trimmed();
    const QStringList dimension = m_dimension->currentData().toStringList();
    if (dimension.size() == 2) {
        filter.frameworkId = dimension.at(0);
        filter.dimensionId = dimension.at(1);
    }
    filter.unscoredOnly = m_unscored->isChecked();
    filter.criticalOnly = m_critical->isChecked();
    filter.disagreementsOnly = m_disagreements->isChecked();
    filter.changedOnly = m_changed->isChecked();
    return filter;
}

void FilterBar::emitFilter()
{
    Q_EMIT filterChanged(filter());
}

} // namespace dpi
