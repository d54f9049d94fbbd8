#pragma once

#include "yamltexteditor.h"

#include <QElapsedTimer>

class QTimer;

namespace dpi {

class FrameworkDocument;

/**
 * The framework editor's raw YAML tab: a YamlTextEditor kept in step with a
 * FrameworkDocument. Typing reaches the document after a short pause (one
 * re-parse per pause, not per key); a burst of typing is one undo step, and a
 * new step starts after a longer pause or when the cursor jumps elsewhere.
 * Text changed from outside (the structured tab, undo) is applied as a
 * minimal edit so the cursor and scroll position stay put.
 */
class FrameworkYamlEditor : public YamlTextEditor
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 300;
    static constexpr int kNewUndoStepAfterMs = 1000;

    explicit FrameworkYamlEditor(FrameworkDocument *document, QWidget *parent = nullptr);

    /** Hands typed text to the document now (before undo, save, a tab switch). */
    void flush();
    bool hasPendingText() const { return m_pending; }

private:
    void onContentsChange(int position, int removed, int added);
    void onCursorMoved();
    void onDocumentTextChanged();
    void onDiagnosticsChanged();

    FrameworkDocument *const m_document;
    QTimer *m_debounce;
    QString m_shownText; // the editor's text as last seen, to tell edits from re-highlighting
    QElapsedTimer m_sinceLastEdit;
    int m_burst = 0;
    int m_lastEditEnd = -1; // where the last typed edit ended; -1: none in this burst
    bool m_pending = false;
    bool m_applying = false; // the change comes from us, not the user
};

} // namespace dpi
