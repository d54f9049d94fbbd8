#pragma once

#include "cellref.h"
#include "diagnostic.h"
#include "project.h"

#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace dpi {

/**
 * True when a score holds nothing (no level, N/A, unverified mark or text,
 * confidence, evidence, notes, recommendation or analysts' ratings). Such a
 * score is removed rather than stored, so that
 * "unscored" is one state, not two.
 */
bool isEmptyScore(const Score &score);

/**
 * One open assessment project: it owns the Project and its QUndoStack.
 *
 * Ownership rule: the Project is owned by the Document; every value an undo
 * command removes is owned (by value) by exactly that command.
 *
 * The mutators (setScore, setProject, storeMap, removeMap) are the only way to
 * change the model. They are meant to be called by undo commands; widgets
 * call the verbs in scoreedits.h and mapedits.h, which push those commands. Each mutator emits a typed signal,
 * so views update the one cell that changed; projectReplaced() (load, import)
 * is the only "everything changed" signal.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** The score of a cell, or nullptr when the cell is unscored and empty. */
    const Score *score(const CellRef &cell) const;
    /** True when the ids name an existing sector, framework and criterion. */
    bool isValidCell(const CellRef &cell) const;
    /**
     * The project's map with `mapId`, or nullptr. The pointer is valid until
     * the next change of the project's maps; keep the id, not the pointer.
     */
    const WardleyMap *map(const QString &mapId) const;
    /** Where the map with `mapId` is in project().maps; -1 when there is none. */
    int mapIndex(const QString &mapId) const;

    QString filePath() const { return m_filePath; }
    /** File name for titles; "Untitled" for a project not saved yet. */
    QString displayName() const;
    bool isModified() const;

    /** Who is stamped as the analyst on new scores (may be empty). */
    QString analyst() const { return m_analyst; }
    void setAnalyst(const QString &analyst) { m_analyst = analyst; }

    /**
     * Reads a project file. On success the document holds it, the undo history
     * is cleared and the state is clean. On failure the document is unchanged;
     * `diagnostics` receives every problem (also the warnings of a good file).
     */
    bool load(const QString &path, Diagnostics *diagnostics);
    /** Starts over with `project` (e.g. from the new-project wizard); not saved yet. */
    void reset(const Project &project, const QString &path = QString());

    /** Atomic save to filePath(); marks the state clean. */
    bool save(QString *error);
    /** Atomic save to `path`, which becomes the document's file. */
    bool saveAs(const QString &path, QString *error);

    /** Mutator: sets (or with nullopt removes) one cell's score. */
    void setScore(const CellRef &cell, const std::optional<Score> &score, ScoreFields fields);
    /** Mutator: swaps in a whole project (imports). */
    void setProject(const Project &project);
    /**
     * Mutator: puts `map` in place of the project's map with the same id (or
     * inserts it at `index`, appending when -1). Called by the map commands
     * (model/document), so it pushes nothing itself.
     */
    void storeMap(const WardleyMap &map, int index = -1);
    /** Mutator: removes the map with `mapId` (deleting a map, or undo of adding one). */
    void removeMap(const QString &mapId);

    /**
     * The findings, strengths and actions of sector `sectorId`, or of the whole
     * assessment when `sectorId` is empty; nullptr for an unknown sector.
     */
    const Conclusions *conclusions(const QString &sectorId) const;
    /** Mutator: replaces the conclusions of one sector (empty id: the whole assessment). */
    void setConclusions(const QString &sectorId, const Conclusions &conclusions);
    /** Mutator: replaces the project's context text and sources. */
    void setContext(const ProjectContext &context);
    /** Mutator: sets the project's `previous_round` (a path relative to its file; "" for none). */
    void setPreviousRound(const QString &path);

Q_SIGNALS:
    void scoreChanged(const dpi::CellRef &cell, dpi::ScoreFields fields);
    /** Load, reset or import: anything may have changed. */
    void projectReplaced();
    /**
     * A map was stored or removed (not emitted by setProject): the list of
     * maps or any map in it may have changed. Emitted before mapChanged().
     */
    void mapsChanged();
    /** The map with `mapId` was edited, added or removed: a map view redraws. */
    void mapChanged(const QString &mapId);
    /** The conclusions of `sectorId` changed (empty: the whole assessment's). */
    void conclusionsChanged(const QString &sectorId);
    void contextChanged();
    void previousRoundChanged();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    /** Emitted after a successful save, with the path written. */
    void saved(const QString &path);

private:
    void setFilePath(const QString &path);

    Project m_project;
    QUndoStack *const m_undoStack;
    QString m_filePath;
    QString m_analyst;
};

} // namespace dpi
