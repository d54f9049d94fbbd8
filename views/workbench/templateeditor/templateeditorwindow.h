#pragma once

#include "diagnostic.h"
#include "project.h"
#include "templatemirror.h"
#include "templatesourceset.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace dpi {

class Document;
class TemplateCodeEditor;
class TemplatePreview;
class TemplateVariablesPanel;

/**
 * Tools > Edit Report Template…: edits a report template's files (main HTML,
 * stylesheet, partials, manifest) with Mustache-aware highlighting, a panel
 * of the variables the report really provides, a live preview against the
 * current project (the bundled sample when none is open) and the template's
 * problems underlined at their line:col. Bundled templates are read-only:
 * "Save as New Template…" copies the whole folder, with the edits, into the
 * user's template folder; user templates are saved in place.
 *
 * Undo/redo is each file's own QTextDocument history: the editor changes
 * text only, nothing in the Document's project.
 */
class TemplateEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class PreviewScope { WholeReport, FirstSector };

    /** `document` may be null or empty: the preview then uses the bundled sample assessment. */
    explicit TemplateEditorWindow(Document *document, QWidget *parent = nullptr);
    ~TemplateEditorWindow() override;

    /** Opens a template folder (asks about unsaved changes first); false if it cannot be read. */
    bool openTemplate(const QString &folder);
    QString templateFolder() const { return m_sources.folder(); }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const;

    QStringList files() const { return m_files; }
    /** Shows `file` in the editor; false when it is not one of the template's text files. */
    bool showFile(const QString &file);
    QString currentFile() const;
    TemplateCodeEditor *editor(const QString &file) const;
    TemplateCodeEditor *currentEditor() const;
    TemplateVariablesPanel *variablesPanel() const { return m_variables; }
    TemplatePreview *preview() const { return m_preview; }
    QTreeWidget *problemsList() const { return m_problems; }

    /**
     * Checks the edited files now (normally 500 ms after typing stops) and
     * asks the preview for a new layout, which finishes in the background.
     */
    void renderNow();
    /** Waits (processing events) until the preview's layouts are done; false on timeout. */
    bool waitForPreview(int timeoutMs = 60000);
    /** Problems of the last check and layout, paths as FILE:LINE:COL of the template's real files. */
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    qint64 lastRenderMilliseconds() const { return m_lastRenderMs; }

    void setPreviewScope(PreviewScope scope);
    PreviewScope previewScope() const { return m_scope; }

    /** Saves a user template in place; false for bundled ones or on write errors. */
    bool save(QString *error = nullptr);
    /** Writes the whole template with the edits to the user's folder as `name` and opens it there. */
    bool saveAsNewTemplate(const QString &name, QString *error = nullptr);
    /** A folder name for a new template: letters, digits, '-' and '_', not taken. Empty if OK. */
    static QString checkNewTemplateName(const QString &name);

    /** Replaces the unsaved-changes question (tests); returns Save, Discard or Cancel. */
    void setUnsavedChangesPrompt(std::function<int()> prompt) { m_prompt = std::move(prompt); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void populateTemplateChoices();
    bool maybeSave();
    bool saveAsNewTemplateInteractive();
    void scheduleRender();
    TemplateSourceSet workingSources() const;
    void showDiagnostics();
    void previewRendered(int request, bool ok, const Diagnostics &diagnostics, qint64 milliseconds);
    void updatePreviewStatus(bool rendering);
    void checkVariables(const TemplateSourceSet &sources, const QString &language, Diagnostics &diagnostics);
    void jumpToProblem(const QString &file, int line, int column);
    void updateActions();
    void updateFileList();
    void updateCursorPosition();
    const Project &previewProject();
    const Project &sampleProject();
    QString relativeFile(const QString &path) const;

    QPointer<Document> m_document;
    std::optional<Project> m_sample;
    TemplateSourceSet m_sources;
    std::unique_ptr<TemplateMirror> m_mirror;
    QString m_mainFile;
    QStringList m_files;
    std::map<QString, TemplateCodeEditor *> m_editors;
    bool m_readOnly = true;
    Diagnostics m_loadDiagnostics;
    Diagnostics m_diagnostics;
    int m_requestedRender = 0;
    bool m_variablesShown = false;
    QSet<QString> m_sampleVariableNames;
    QVariantMap m_contextNamesFor;
    QSet<QString> m_contextNames;
    std::optional<TemplateSourceSet> m_uncheckedSources;
    bool m_previewReduced = false;
    qint64 m_lastRenderMs = 0;
    PreviewScope m_scope = PreviewScope::WholeReport;
    bool m_scopeChosen = false;
    std::function<int()> m_prompt;

    QComboBox *m_templateChoice;
    QComboBox *m_language;
    QComboBox *m_scopeChoice;
    QListWidget *m_fileList;
    QStackedWidget *m_editorStack;
    TemplateVariablesPanel *m_variables;
    TemplatePreview *m_preview;
    QTreeWidget *m_problems;
    QLabel *m_previewStatus;
    QLabel *m_templateStatus;
    QLabel *m_cursorStatus;
    QTimer *m_renderTimer;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
};

} // namespace dpi
