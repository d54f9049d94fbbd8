#pragma once

#include "diagnostic.h"
#include "mappaintoptions.h"
#include "project.h"
#include "scoring.h"
#include "wardleymap.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QTimer;
class QToolBar;

namespace dpi {

class Document;
class WardleyScene;
class WardleyView;

/**
 * The map editor: the canvas beside a live OWM text pane, kept in sync both
 * ways (a canvas edit rewrites the text; a text edit is re-read after a
 * short pause and becomes one undo entry), with diagnostics underlined in
 * the text and listed below it. One of the Document's maps at a time, chosen
 * by id with showMap(); every edit goes through the mapedit:: verbs onto the
 * Document's undo stack, and the editor redraws when the Document reports
 * that the map changed (so undo works the same with or without the editor).
 */
class WardleyMapEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WardleyMapEditor(Document *document, QWidget *parent = nullptr);
    ~WardleyMapEditor() override;

    /** Shows the document's map with `mapId` (not an edit) and fits it to the view. */
    void showMap(const QString &mapId);
    QString mapId() const;
    /** The map shown: the document's map with mapId(), or an empty map. */
    const WardleyMap &map() const;

    /** The project and its results, whose scores can colour the map (copied; call again when scores change). */
    void setScoreSource(const Project &project, const ProjectResult &result);
    void setScoresShown(bool shown);
    bool scoresShown() const;
    void setScoreSector(const QString &sectorId);
    QString scoreSector() const;
    /**
     * The earlier version of the shown map (e.g. the previous round's map of
     * the same id): the canvas and the exports then draw what changed since it
     * (compareMaps(), the change overlay). nullopt draws the map alone.
     */
    void setEarlierMap(const std::optional<WardleyMap> &earlier);
    bool showsChanges() const { return m_earlier.has_value(); }

    // Exports of what is shown (with scores when they are on).
    bool exportSvg(const QString &path, QString *error) const;
    bool exportPng(const QString &path, int width, QString *error) const;
    bool exportOwm(const QString &path, QString *error) const;

    Document *document() const { return m_document; }
    WardleyScene *scene() const { return m_scene; }
    WardleyView *view() const { return m_view; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QToolBar *toolBar() const { return m_toolBar; }
    /** Problems found in the text pane's current text. */
    const Diagnostics &textDiagnostics() const { return m_diagnostics; }
    /** Re-reads the text pane now instead of after the pause. */
    void reparseTextNow();

private:
    void buildToolBar();
    void onMapChanged(const QString &mapId);
    void regenerateText();
    void onTextChanged();
    void showDiagnostics();
    void updatePaintOptions();
    void addAtViewCentre(int kind);
    void exportWithDialog(const QString &kind);

    Document *m_document;
    WardleyScene *m_scene;
    WardleyView *m_view;
    QPlainTextEdit *m_text;
    QListWidget *m_diagnosticList;
    QToolBar *m_toolBar;
    QAction *m_scoresAction = nullptr;
    QComboBox *m_sectorBox = nullptr;
    QTimer *m_reparseTimer;
    Diagnostics m_diagnostics;
    std::optional<Project> m_project;
    ProjectResult m_results;
    std::optional<WardleyMap> m_earlier;
    bool m_settingText = false;
    bool m_applyingText = false;
};

} // namespace dpi
