#include "projectresults.h"

#include "document.h"
#include "teamratings.h"

namespace dpi {

ProjectResults *ProjectResults::of(Document *document)
{
    if (auto *existing = document->findChild<ProjectResults *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ProjectResults(document);
}

ProjectResults::ProjectResults(Document *document)
    : QObject(document)
    , m_document(document)
{
    connect(document, &Document::scoreChanged, this, &ProjectResults::onScoreChanged);
    connect(document, &Document::projectReplaced, this, &ProjectResults::onProjectReplaced);
    recompute();
    recomputeAgreement();
}

const Project &ProjectResults::project() const
{
    return m_document->project();
}

void ProjectResults::recompute()
{
    m_result = scoreProject(m_document->project());
    ++m_scoringRuns;
}

void ProjectResults::recomputeAgreement()
{
    m_agreement = hasRatings(m_document->project()) ? computeTeamAgreement(m_document->project()) : TeamAgreement();
}

void ProjectResults::onScoreChanged(const CellRef &cell, ScoreFields fields)
{
    const bool movesANumber = fields & (ScoreField::Level | ScoreField::Confidence);
    if (movesANumber)
        recompute();
    Q_EMIT scoreChanged(cell, fields);
    if (movesANumber)
        Q_EMIT changed();
}

void ProjectResults::onProjectReplaced()
{
    recompute();
    recomputeAgreement();
    Q_EMIT projectReplaced();
    Q_EMIT changed();
}

} // namespace dpi
