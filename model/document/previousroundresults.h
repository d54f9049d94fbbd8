#pragma once

#include "cellref.h"
#include "previousround.h"
#include "roundcomparison.h"
#include "scoring.h"

#include <QHash>
#include <QObject>

namespace dpi {

class Document;
class ProjectResults;

/**
 * The open project compared with the round its `previous_round` names.
 *
 * The earlier round is read when the project is loaded or replaced, when
 * `previous_round` changes and when the project's file moves (the path is
 * relative to it); it is scored once then. The comparison (compareRounds(),
 * the one comparison) is redone whenever the project's ProjectResults
 * change, on the results already computed there, so nothing is scored twice.
 * A previous round that cannot be read leaves problem() set and the
 * comparison empty: the app says so and goes on.
 *
 * One per Document, a child of it: of() creates it on first use.
 */
class PreviousRoundResults : public QObject
{
    Q_OBJECT

public:
    static PreviousRoundResults *of(Document *document);

    /** True when the project names a previous round (read or not). */
    bool isNamed() const;
    /** True when the previous round was read and compared. */
    bool isLoaded() const { return m_file.isLoaded(); }
    /** Why the named previous round cannot be used ("" when it can, or none is named). */
    QString problem() const { return m_file.problem; }
    /** Absolute path of the previous round ("" when it cannot be resolved). */
    QString path() const { return m_file.path; }
    /** The previous round, or nullptr when not loaded. */
    const Project *project() const;
    const ProjectResult &result() const { return m_result; }
    const RoundComparison &comparison() const { return m_comparison; }
    /** The change of `cell` since the previous round, or nullptr when it did not change. */
    const CellChange *change(const CellRef &cell) const;

Q_SIGNALS:
    /** The previous round was read again or the comparison was redone. */
    void changed();

private:
    explicit PreviousRoundResults(Document *document);
    void reload();
    void reloadIfMoved();
    void recompare();

    Document *const m_document;
    ProjectResults *const m_results;
    PreviousRoundFile m_file;
    QString m_loadedKey;             // previous_round and project file the round was read for
    ProjectResult m_result;
    RoundComparison m_comparison;
    QHash<QString, int> m_changeIndex; // "sector\x1fframework\x1fcriterion" -> index in m_comparison.changes
};

} // namespace dpi
