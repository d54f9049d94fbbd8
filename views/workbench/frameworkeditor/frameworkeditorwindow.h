#pragma once

#include "frameworkversioning.h"
#include "savechangesprompt.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <utility>

class QAction;
class QLabel;
class QTabWidget;

namespace dpi {

class DiagnosticsView;
class FrameworkDocument;
class FrameworkStructureEditor;
class FrameworkYamlEditor;

/**
 * The framework editor: one framework file per window, edited in a
 * "Structure" tab (tree, form, preview) and a "YAML" tab (the text itself),
 * with the problems of the text in a diagnostics panel. The YAML text is what
 * gets saved, byte for byte; the window warns before a save would lose
 * comments a structured edit could not keep, and before saving a framework
 * with errors. Versions and variants are made from here, each one undo step
 * followed by Save As.
 */
class FrameworkEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    /**
     * Asks the user a question; replaceable so that tests never block on a
     * dialog. Button texts may be customised on screen ("Save Without Them"
     * on QMessageBox::Save), the handler gets the standard buttons.
     */
    using QuestionHandler = dpi::QuestionHandler;
    /** Asks for a file name (`saving`: a save dialog); empty = cancelled. Replaceable for tests. */
    using FileNameHandler = std::function<QString(const QString &caption, const QString &suggestion, bool saving)>;

    explicit FrameworkEditorWindow(QWidget *parent = nullptr);
    ~FrameworkEditorWindow() override;

    /**
     * A new top-level editor window (deleted when closed) on `path`, or on a
     * new framework when `path` is empty. A window parent owns it.
     */
    static FrameworkEditorWindow *launch(const QString &path, QWidget *parent);
    /** Same, on an unsaved framework with `text` (e.g. a project's embedded copy). */
    static FrameworkEditorWindow *launchWithText(const QString &text, QWidget *parent);

    FrameworkDocument *document() const { return m_document; }
    FrameworkYamlEditor *yamlEditor() const { return m_yaml; }
    FrameworkStructureEditor *structureEditor() const { return m_structure; }
    DiagnosticsView *diagnosticsView() const { return m_diagnostics; }
    QTabWidget *tabs() const { return m_tabs; }

    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }
    void setFileNameHandler(FileNameHandler handler) { m_askFileName = std::move(handler); }

    /** The text File > New Framework starts from: small, valid, commented. */
    static QString newFrameworkTemplate();

    /** Opens a file in this window (after Save/Discard/Cancel for unsaved work). */
    bool openFile(const QString &path);
    /** Starts an unsaved framework from `text` (the template, or a project's embedded copy). */
    bool startNew(const QString &text);
    bool save();
    /** `suggestion` empty: <id>-<version>.framework.yaml next to the current file. */
    bool saveAs(const QString &suggestion = QString());
    /** Bumps the version with a changelog entry (one undo step), then Save As. Refused while the text has errors. */
    bool saveAsNewVersion(VersionBump bump, const LocalizedText &summary, const QDate &date);
    /** A variant with a new id and `derived_from` (one undo step), then Save As <newid>.framework.yaml. */
    bool createVariant(const QString &newId, const LocalizedText &title);
    /** Save/Discard/Cancel for unsaved work (promptToSaveChanges); true when it is fine to go on. */
    bool maybeSave();

    void showYamlTab();
    void showStructureTab();
    /** Shows the YAML tab with the cursor at a 1-based line:column. */
    void goToPosition(int line, int column);
    /** Moves to the next (or previous) problem after the cursor, wrapping; false when there is none. */
    bool goToProblem(bool forward);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void updateStatus();
    void updateUndoActions();
    void undo();
    void redo();
    void openDialog();
    void newFrameworkAction();
    void newVersionDialog();
    void variantDialog();
    /** Warns about lost comments and errors; false when the save should not happen. */
    bool confirmSave();
    /** One undo step to `wanted`: the header lines edited in place when possible, else a rewrite. */
    void applyHeaderChange(const Framework &wanted, const QString &actionText);
    QString suggestedFileName(const QString &baseName) const;
    QMessageBox::StandardButton ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton,
                                    const std::vector<std::pair<QMessageBox::StandardButton, QString>> &buttonTexts = {});
    QString askFileName(const QString &caption, const QString &suggestion, bool saving);
    void showError(const QString &title, const QString &text);

    FrameworkDocument *m_document;
    QTabWidget *m_tabs;
    FrameworkStructureEditor *m_structure;
    FrameworkYamlEditor *m_yaml;
    DiagnosticsView *m_diagnostics;
    QLabel *m_pinLabel;
    QLabel *m_problemsLabel;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QuestionHandler m_ask;
    FileNameHandler m_askFileName;
    QString m_problemInStatusBar; // the message shown for the problem under the cursor
};

} // namespace dpi
