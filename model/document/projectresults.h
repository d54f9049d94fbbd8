#pragma once

#include "cellref.h"
#include "scoring.h"
#include "teamagreement.h"

#include <QObject>

namespace dpi {

class Document;
struct Project;

/**
 * The results of one Document's project, scored once per change.
 *
 * scoreProject() runs here for the open project and nowhere else in the
 * desktop app: once when a level, N/A or confidence changes (other fields
 * move no number) and once when the project is replaced. (The previous
 * round, another file, is scored once when PreviousRoundResults reads it.) The grid, the dashboard, the map overlay,
 * the status bar and the report preview read result() and follow the
 * signals below instead of scoring themselves. Scoring is synchronous: the
 * sample (2 sectors x 91 criteria) scores in a few microseconds and a
 * 20-sector x 1,000-criterion project in about 5 ms (bench/), so a
 * debounce would only show stale numbers.
 *
 * The analysts' agreement (team assessments) is computed here too, when the
 * project is replaced: ratings change only then (merge, import, undo of
 * either; reconciling sets the agreed result, never a rating).
 *
 * There is one per Document, a child of it: of() creates it on first use.
 */
class ProjectResults : public QObject
{
    Q_OBJECT

public:
    /** The results of `document` (created on the first call; owned by the document). */
    static ProjectResults *of(Document *document);

    const Project &project() const;
    const ProjectResult &result() const { return m_result; }
    /** computeTeamAgreement() of the project; empty (no analysts) without ratings. */
    const TeamAgreement &agreement() const { return m_agreement; }
    /** How often the project has been scored (tests count "once per change" with it). */
    int scoringRuns() const { return m_scoringRuns; }

Q_SIGNALS:
    /** The Document's scoreChanged(), re-sent once result() includes the edit. */
    void scoreChanged(const dpi::CellRef &cell, dpi::ScoreFields fields);
    /** The Document's projectReplaced(), re-sent once result() is the new project's. */
    void projectReplaced();
    /** result() was recomputed. */
    void changed();

private:
    explicit ProjectResults(Document *document);
    void recompute();
    void recomputeAgreement();
    void onScoreChanged(const CellRef &cell, ScoreFields fields);
    void onProjectReplaced();

    Document *const m_document;
    ProjectResult m_result;
    TeamAgreement m_agreement;
    int m_scoringRuns = 0;
};

} // namespace dpi
