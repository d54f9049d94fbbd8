#pragma once

#include <QGroupBox>

class QPlainTextEdit;

namespace dpi {

class Document;

/**
 * The project's context text (in the content language) and its sources, one
 * per line as "URL" or "Title | URL". Typing goes through contextedit::
 * verbs (consecutive typing is one undo step); the fields follow the
 * Document when undo or a load changes the context.
 */
class ContextEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit ContextEditor(Document *document, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *sourcesEdit() const { return m_sources; }

private:
    void refresh();
    void commitText();
    void commitSources();

    Document *const m_document;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_sources;
    QString m_language = QStringLiteral("en");
};

} // namespace dpi
