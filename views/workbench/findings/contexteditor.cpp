#include "contexteditor.h"

#include "conclusionsedits.h"
#include "document.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dpi {

namespace {

const QString kSeparator = QStringLiteral(" | ");

QString sourcesText(const std::vector<ContextSource> &sources)
{
    QStringList lines;
    for (const ContextSource &source : sources)
        lines << (source.title.isEmpty() ? source.url : source.title + kSeparator + source.url);
    return lines.join(QLatin1Char('\n'));
}

std::vector<ContextSource> parseSources(const QString &text)
{
    std::vector<ContextSource> sources;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const int separator = int(line.lastIndexOf(kSeparator));
        ContextSource source;
        source.url = (separator < 0 ? line : line.mid(separator + kSeparator.size())).trimmed();
        source.title = separator < 0 ? QString() : line.left(separator).trimmed();
        if (!source.url.isEmpty())
            sources.push_back(source);
    }
    return sources;
}

} // namespace

ContextEditor::ContextEditor(Document *document, QWidget *parent)
    : QGroupBox(tr("Context of the assessment"), parent)
    , m_document(document)
    , m_text(new QPlainTextEdit(this))
    , m_sources(new QPlainTextEdit(this))
{
    m_text->setObjectName(QStringLiteral("contextText"));
    m_text->setPlaceholderText(tr("National strategies, the data-exchange platform and its operator… "
                                  "A blank line starts a new paragraph."));
    m_sources->setObjectName(QStringLiteral("contextSources"));
    m_sources->setPlaceholderText(tr("One source per line: https://… or Title | https://…"));
    m_sources->setMaximumHeight(90);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(new QLabel(tr("Sources:"), this));
    layout->addWidget(m_sources);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ContextEditor::commitText);
    connect(m_sources, &QPlainTextEdit::textChanged, this, &ContextEditor::commitSources);
    connect(document, &Document::contextChanged, this, &ContextEditor::refresh);
    connect(document, &Document::projectReplaced, this, &ContextEditor::refresh);
    refresh();
}

void ContextEditor::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

void ContextEditor::refresh()
{
    const ProjectContext &context = m_document->project().context;
    const QString text = context.text.exact(m_language);
    // Only when it differs, so that the cursor stays where the analyst types.
    if (m_text->toPlainText() != text) {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(text);
    }
    // The sources box keeps what is typed (a line still without its URL)
    // unless the sources themselves changed (undo, load).
    if (parseSources(m_sources->toPlainText()) != context.sources) {
        const QSignalBlocker blocker(m_sources);
        m_sources->setPlainText(sourcesText(context.sources));
    }
}

void ContextEditor::commitText()
{
    contextedit::setText(*m_document, m_language, m_text->toPlainText());
}

void ContextEditor::commitSources()
{
    contextedit::setSources(*m_document, parseSources(m_sources->toPlainText()));
}

} // namespace dpi
