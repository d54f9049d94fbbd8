#pragma once

#include "localizedtext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace dpi {

class Document;
class PreviousRoundResults;
class ProjectResults;
class WardleyMapEditor;

/**
 * The "Map" tab: a chooser of the project's maps above the map editor. The
 * editor shows the Document's map by id and edits it through mapedit:: on
 * the Document's undo stack, so Edit > Undo covers map edits; the tab only
 * chooses which map is shown and follows maps being added and removed, and
 * can lay over the map what moved since the previous round.
 */
class MapTab : public QWidget
{
    Q_OBJECT

public:
    explicit MapTab(Document *document, QWidget *parent = nullptr);

    WardleyMapEditor *editor() const { return m_editor; }
    QComboBox *mapChooser() const { return m_chooser; }
    /** Id of the map in the editor; empty when the project has none. */
    QString currentMapId() const;
    /** Shows the map with `mapId`; false when the project has no such map. */
    bool showMap(const QString &mapId);
    /** Adds an empty map (one undo entry) and shows it. Returns its id. */
    QString addNewMap();
    /** Sets the shown map's English title (one undo entry); false if nothing changed. */
    bool renameCurrentMap(const QString &title);
    /** Sets the shown map's explanation text (one undo entry); false if nothing changed. */
    bool setCurrentMapExplanation(const LocalizedText &explanation);
    /** Deletes the shown map (one undo entry; undo brings it back in place). */
    bool deleteCurrentMap();
    /**
     * The toggle that draws the shown map's changes since the previous round
     * (its map with the same id); visible only when there is such a map.
     */
    QPushButton *changesButton() const { return m_changesButton; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void fillChooser();
    void onChooserActivated(int index);
    void onMapsChanged();
    void onResultsChanged();
    void refreshScores();
    void refreshChanges();

    Document *m_document;
    QComboBox *m_chooser;
    QLabel *m_chooserLabel;
    QPushButton *m_newButton;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    QPushButton *m_explanationButton;
    QPushButton *m_changesButton;
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    WardleyMapEditor *m_editor;
    const ProjectResults *m_results;
    const PreviousRoundResults *m_previous;
    QString m_currentId;
    bool m_scoresStale = false; // results changed while the tab was hidden
};

} // namespace dpi
