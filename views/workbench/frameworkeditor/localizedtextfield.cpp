#include "localizedtextfield.h"

#include "growingtextedit.h"
#include "translationstatus.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextCursor>

#include <algorithm>

namespace dpi {

namespace {

const QString kMissingStyle = QStringLiteral("background-color: #fff3d6;");

} // namespace

LocalizedTextField::LocalizedTextField(const QString &objectName, bool multiLine, QWidget *parent)
    : QWidget(parent)
    , m_multiLine(multiLine)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(objectName);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_languages = {QStringLiteral("en"), QStringLiteral("ru")};
    m_checked = m_languages;
    rebuildEditors();
}

void LocalizedTextField::setLanguages(const QStringList &languages, const QStringList &checked)
{
    const QStringList expected = checked.isEmpty() ? languages : checked;
    if (languages == m_languages && expected == m_checked)
        return;
    m_checked = expected;
    if (languages == m_languages) {
        // Same editors (one may be the one the user is typing in): only stretch and marks change.
        for (int i = 0; i < int(m_columns.size()); ++i)
            m_layout->setStretch(i, m_checked.contains(m_columns[i].language) ? 2 : 1);
        updateMarks();
        return;
    }
    m_languages = languages;
    rebuildEditors();
}

void LocalizedTextField::rebuildEditors()
{
    for (Column &column : m_columns)
        delete column.editor;
    m_columns.clear();
    for (const QString &language : m_languages) {
        Column column;
        column.language = language;
        const QString name = QStringLiteral("%1_%2").arg(objectName(), language);
        if (m_multiLine) {
            auto *edit = new GrowingTextEdit(this);
            connect(edit, &QPlainTextEdit::textChanged, this,
                    [this, edit, language] { Q_EMIT edited(language, edit->toPlainText()); });
            connect(edit, &GrowingTextEdit::wantedHeightChanged, this, &LocalizedTextField::equalizeHeights);
            column.editor = edit;
        } else {
            auto *edit = new QLineEdit(this);
            connect(edit, &QLineEdit::textEdited, this,
                    [this, language](const QString &value) { Q_EMIT edited(language, value); });
            column.editor = edit;
        }
        column.editor->setObjectName(name);
        column.editor->setToolTip(QStringLiteral("%1 (%2)").arg(translations::languageName(language), language));
        column.editor->setMinimumWidth(110);
        // Languages that are expected everywhere get the room; optional ones a narrower column.
        m_layout->addWidget(column.editor, m_checked.contains(language) ? 2 : 1);
        m_columns.push_back(column);
    }
    for (Column &column : m_columns)
        setEditorText(column, m_text.exact(column.language));
    updateMarks();
    equalizeHeights();
}

void LocalizedTextField::equalizeHeights()
{
    int height = 0;
    for (const Column &column : m_columns) {
        if (auto *edit = qobject_cast<GrowingTextEdit *>(column.editor))
            height = std::max(height, edit->wantedHeight());
    }
    if (height <= 0)
        return;
    for (Column &column : m_columns) {
        if (column.editor->height() != height || column.editor->minimumHeight() != height)
            column.editor->setFixedHeight(height);
    }
}

QString LocalizedTextField::editorText(const Column &column) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(column.editor))
        return edit->toPlainText();
    return static_cast<QLineEdit *>(column.editor)->text();
}

void LocalizedTextField::setEditorText(Column &column, const QString &value)
{
    const QString current = editorText(column);
    if (current == value)
        return;
    if (column.editor->hasFocus() && current.trimmed() == value.trimmed())
        return;
    const QSignalBlocker blocker(column.editor);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(column.editor)) {
        // Keep the caret where it was (undo while typing), as far as the new text allows.
        const int position = edit->textCursor().position();
        edit->setPlainText(value);
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(std::min<int>(position, int(value.size())));
        edit->setTextCursor(cursor);
    } else {
        auto *line = static_cast<QLineEdit *>(column.editor);
        const int position = line->cursorPosition();
        line->setText(value);
        line->setCursorPosition(std::min<int>(position, int(value.size())));
    }
}

void LocalizedTextField::setText(const LocalizedText &text)
{
    m_text = text;
    for (Column &column : m_columns)
        setEditorText(column, text.exact(column.language));
    updateMarks();
}

void LocalizedTextField::updateMarks()
{
    bool allEmpty = true;
    for (const auto &entry : m_text.entries())
        allEmpty = allEmpty && entry.second.trimmed().isEmpty();
    for (Column &column : m_columns) {
        const bool expected = m_checked.contains(column.language);
        column.missing = expected && (translations::lacks(m_text, column.language) || (m_required && allEmpty));
        const QString language = translations::languageName(column.language);
        const QString placeholder = column.missing ? tr("Missing %1 translation").arg(language)
                                    : expected     ? language
                                                   : tr("%1 (optional)").arg(language);
        if (auto *edit = qobject_cast<QPlainTextEdit *>(column.editor))
            edit->setPlaceholderText(placeholder);
        else
            static_cast<QLineEdit *>(column.editor)->setPlaceholderText(placeholder);
        column.editor->setStyleSheet(column.missing ? kMissingStyle : QString());
        column.editor->setProperty("missingTranslation", column.missing);
    }
}

QWidget *LocalizedTextField::editor(const QString &language) const
{
    for (const Column &column : m_columns) {
        if (column.language == language)
            return column.editor;
    }
    return nullptr;
}

bool LocalizedTextField::isMarkedMissing(const QString &language) const
{
    for (const Column &column : m_columns) {
        if (column.language == language)
            return column.missing;
    }
    return false;
}

LocalizedText LocalizedTextField::withValue(LocalizedText text, const QString &language, const QString &value)
{
    if (value.trimmed().isEmpty())
        text.remove(language);
    else
        text.set(language, value);
    return text;
}

} // namespace dpi
