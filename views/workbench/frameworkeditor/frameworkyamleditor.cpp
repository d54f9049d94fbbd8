#include "frameworkyamleditor.h"

#include "frameworkdocument.h"
#include "frameworkedits.h"

#include <QTextDocument>
#include <QTimer>

namespace dpi {

FrameworkYamlEditor::FrameworkYamlEditor(FrameworkDocument *document, QWidget *parent)
    : YamlTextEditor(parent)
    , m_document(document)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("frameworkYamlEditor"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FrameworkYamlEditor::flush);

    m_applying = true;
    setPlainText(document->text());
    m_shownText = document->text();
    m_applying = false;
    setDiagnostics(document->diagnostics());

    connect(this->document(), &QTextDocument::contentsChange, this, &FrameworkYamlEditor::onContentsChange);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &FrameworkYamlEditor::onCursorMoved);
    connect(document, &FrameworkDocument::textChanged, this, &FrameworkYamlEditor::onDocumentTextChanged);
    connect(document, &FrameworkDocument::diagnosticsChanged, this, &FrameworkYamlEditor::onDiagnosticsChanged);
}

void FrameworkYamlEditor::flush()
{
    m_debounce->stop();
    if (!m_pending)
        return;
    m_pending = false;
    m_applying = true;
    frameworkedit::setText(*m_document, toPlainText(), QStringLiteral("yaml-tab/%1").arg(m_burst));
    m_applying = false;
    // The document may not have changed (typed and deleted again): still show its problems.
    onDiagnosticsChanged();
}

void FrameworkYamlEditor::onContentsChange(int position, int removed, int added)
{
    if (m_applying)
        return;
    // The highlighter reports its formatting as a change too; only text counts.
    const QString text = toPlainText();
    if (text == m_shownText)
        return;
    m_shownText = text;
    // A burst is typing at one place without a long pause; anything else starts a new undo step.
    const bool adjacent = m_lastEditEnd >= 0 && position <= m_lastEditEnd && m_lastEditEnd <= position + removed;
    const bool paused = !m_sinceLastEdit.isValid() || m_sinceLastEdit.elapsed() > kNewUndoStepAfterMs;
    if (!adjacent || paused)
        ++m_burst;
    m_lastEditEnd = position + added;
    m_sinceLastEdit.start();
    m_pending = true;
    m_debounce->start();
}

void FrameworkYamlEditor::onCursorMoved()
{
    if (m_applying || !m_pending || textCursor().position() == m_lastEditEnd)
        return;
    // The cursor jumped away from the typing: that burst is complete, and the next edit starts a new one.
    flush();
    m_lastEditEnd = -1;
}

void FrameworkYamlEditor::onDocumentTextChanged()
{
    if (m_applying)
        return;
    // Typed text not handed over yet would be overwritten; it can't be merged with an outside change.
    m_debounce->stop();
    m_pending = false;
    m_lastEditEnd = -1;
    m_applying = true;
    replaceTextKeepingPosition(m_document->text());
    m_shownText = m_document->text();
    m_applying = false;
}

void FrameworkYamlEditor::onDiagnosticsChanged()
{
    // Positions are of the document's text; wait while the editor holds newer typing.
    if (m_pending)
        return;
    setDiagnostics(m_document->diagnostics());
}

} // namespace dpi
