#pragma once

#include "diagnostic.h"
#include "framework.h"

#include <QObject>
#include <QString>

#include <optional>

class QTimer;
class QUndoStack;

namespace dpi {

/**
 * One framework file open in the framework editor.
 *
 * The YAML text is the single source of truth: it is what is saved, byte for
 * byte, so hand-written comments and key order survive a save. framework()
 * is the text parsed; while the text has errors it keeps the last valid
 * parse and isInSync() is false, so the structured views show something
 * stable and go read-only instead of flickering.
 *
 * Structured edits (the tree and the form) rewrite the whole text through the
 * writer, which cannot keep comments; droppedComments() tells the window what
 * such a rewrite lost against the file on disk, so it can warn before saving.
 *
 * setText() is the only mutator; it is called by FrameworkTextCommand, and
 * widgets use the verbs in frameworkedits.h, never the mutator.
 */
class FrameworkDocument : public QObject
{
    Q_OBJECT

public:
    explicit FrameworkDocument(QObject *parent = nullptr);
    ~FrameworkDocument() override;

    const QString &text() const { return m_text; }
    /** The last valid parse of the text; nullopt until the text was valid once. */
    const std::optional<Framework> &framework() const { return m_framework; }
    /** True when framework() is the parse of the current text (no errors). */
    bool isInSync() const { return m_inSync; }
    /** Problems of the current text, positioned at the document's file name. */
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    /** File name for titles and diagnostics; "Untitled" when not saved yet. */
    QString displayName() const;
    bool isModified() const;

    /** Reads a file as text. On failure the document is unchanged. */
    bool load(const QString &path, QString *error);
    /** Starts over with `text` (a new framework or a variant); not saved yet. */
    void reset(const QString &text, const QString &path = QString());
    /** Atomic save of text() to filePath(); marks the state clean. */
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    /** Comments of the file as last loaded or saved that the text no longer has. */
    QStringList droppedComments() const;

    /** Mutator: replaces the text and re-parses it. */
    void setText(const QString &text);
    /**
     * Mutator for structured edits: `text` is the writer's output for
     * `framework`, so the framework is known without parsing. Parsing a real
     * framework takes longer than a keystroke may, so the diagnostics are
     * refreshed a moment later, once typing pauses.
     */
    void setWrittenText(const QString &text, const Framework &framework);

Q_SIGNALS:
    void textChanged();
    /** framework() or isInSync() changed. */
    void frameworkChanged();
    void diagnosticsChanged();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void saved(const QString &path);

private:
    void parse();
    void refreshDiagnostics();
    void setFilePath(const QString &path);

    QString m_text;
    QString m_savedText; // as last loaded or saved: the baseline for dropped comments
    std::optional<Framework> m_framework;
    bool m_inSync = false;
    Diagnostics m_diagnostics;
    QString m_filePath;
    QUndoStack *m_undoStack;
    QTimer *m_diagnosticsTimer;
};

} // namespace dpi
