#include "previousroundresults.h"

#include "document.h"
#include "projectresults.h"

namespace dpi {

namespace {

QString cellKey(const QString &sectorId, const QString &frameworkId, const QString &criterionId)
{
    return sectorId + QChar(0x1f) + frameworkId + QChar(0x1f) + criterionId;
}

} // namespace

PreviousRoundResults *PreviousRoundResults::of(Document *document)
{
    if (auto *existing = document->findChild<PreviousRoundResults *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new PreviousRoundResults(document);
}

PreviousRoundResults::PreviousRoundResults(Document *document)
    : QObject(document)
    , m_document(document)
    , m_results(ProjectResults::of(document))
{
    // ProjectResults re-sends projectReplaced() once its result is the new
    // project's, and changed() after it: read first, then compare.
    connect(m_results, &ProjectResults::projectReplaced, this, &PreviousRoundResults::reload);
    connect(m_results, &ProjectResults::changed, this, &PreviousRoundResults::recompare);
    connect(document, &Document::previousRoundChanged, this, &PreviousRoundResults::reloadIfMoved);
    connect(document, &Document::filePathChanged, this, &PreviousRoundResults::reloadIfMoved);
    reload();
    recompare();
}

bool PreviousRoundResults::isNamed() const
{
    return !m_document->project().metadata.previousRound.isEmpty();
}

const Project *PreviousRoundResults::project() const
{
    return m_file.project ? &*m_file.project : nullptr;
}

const CellChange *PreviousRoundResults::change(const CellRef &cell) const
{
    const auto found = m_changeIndex.constFind(cellKey(cell.sectorId, cell.frameworkId, cell.criterionId));
    return found == m_changeIndex.cend() ? nullptr : &m_comparison.changes[size_t(*found)];
}

void PreviousRoundResults::reload()
{
    const QString relative = m_document->project().metadata.previousRound;
    m_loadedKey = relative + QChar(0x1f) + m_document->filePath();
    m_file = relative.isEmpty() ? PreviousRoundFile() : loadPreviousRound(relative, m_document->filePath());
    m_result = m_file.project ? scoreProject(*m_file.project) : ProjectResult();
}

// previous_round or the project's file changed: read again only when the
// pair differs from what was read (a save to the same file changes nothing).
void PreviousRoundResults::reloadIfMoved()
{
    if (m_document->project().metadata.previousRound + QChar(0x1f) + m_document->filePath() == m_loadedKey)
        return;
    reload();
    recompare();
}

void PreviousRoundResults::recompare()
{
    m_comparison = m_file.project ? compareRounds(*m_file.project, m_result, m_document->project(), m_results->result())
                                  : RoundComparison();
    m_changeIndex.clear();
    for (size_t i = 0; i < m_comparison.changes.size(); ++i) {
        const CellChange &change = m_comparison.changes[i];
        m_changeIndex.insert(cellKey(change.sectorId, change.frameworkId, change.criterionId), int(i));
    }
    Q_EMIT changed();
}

} // namespace dpi
