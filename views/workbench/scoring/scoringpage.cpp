#include "scoringpage.h"

#include "filterbar.h"
#include "gridlegend.h"
#include "scoregridfiltermodel.h"
#include "scoregridmodel.h"
#include "scoregridview.h"

#include <QVBoxLayout>

namespace dpi {

ScoringPage::ScoringPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new ScoreGridModel(document, this))
    , m_filterModel(new ScoreGridFilterModel(m_model, this))
    , m_filterBar(new FilterBar(document, this))
    , m_grid(new ScoreGridView(document, m_filterModel, this))
    , m_legend(new GridLegend(document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_legend);
    connect(m_filterBar, &FilterBar::filterChanged, m_filterModel, &ScoreGridFilterModel::setFilter);
}

void ScoringPage::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
    m_filterBar->setLanguage(language);
    m_legend->setLanguage(language);
}

} // namespace dpi
