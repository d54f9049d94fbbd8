#pragma once

#include "localizedtext.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QHBoxLayout;

namespace dpi {

/**
 * One localized text with its languages side by side: one editor per
 * language, a line edit or (multi-line) a plain-text edit. A language the
 * text lacks while it has text in another is marked: tinted background and
 * the placeholder "Missing Russian translation".
 *
 * Editors are named "<objectName>_<language>" (e.g. "criterionTitle_ru").
 * edited() fires only for the user's typing, never for setText().
 */
class LocalizedTextField : public QWidget
{
    Q_OBJECT

public:
    LocalizedTextField(const QString &objectName, bool multiLine, QWidget *parent = nullptr);

    /** A required text empty in every language is marked missing in all of them. */
    void setRequired(bool required) { m_required = required; }
    /**
     * One editor per language in `languages`; only those in `checked` (all
     * when empty) are marked when missing: a language a framework uses in a
     * few places only is offered, not demanded.
     */
    void setLanguages(const QStringList &languages, const QStringList &checked = QStringList());
    /**
     * Shows `text`. An editor that has focus and already holds the value
     * (ignoring surrounding spaces) is left alone, so the caret stays put
     * while the user types.
     */
    void setText(const LocalizedText &text);
    const LocalizedText &text() const { return m_text; }
    QWidget *editor(const QString &language) const;
    /** True when `language` is shown as a missing translation. */
    bool isMarkedMissing(const QString &language) const;

    /** The new text with `value` for `language`; an empty value removes the language. */
    static LocalizedText withValue(LocalizedText text, const QString &language, const QString &value);

Q_SIGNALS:
    void edited(const QString &language, const QString &value);

private:
    struct Column
    {
        QString language;
        QWidget *editor = nullptr;
        bool missing = false;
    };
    void rebuildEditors();
    QString editorText(const Column &column) const;
    void setEditorText(Column &column, const QString &value);
    void updateMarks();
    void equalizeHeights();

    bool m_multiLine;
    bool m_required = false;
    QStringList m_languages;
    QStringList m_checked;
    LocalizedText m_text;
    QHBoxLayout *m_layout;
    std::vector<Column> m_columns;
};

} // namespace dpi
