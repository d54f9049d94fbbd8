#pragma once

#include "framework.h"
#include "frameworkdiff.h"

#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dpi {

/**
 * What changed between two versions of a framework, laid out for reading:
 * a summary line ("N added, N removed, N renamed, N changed"), then grouped,
 * colour-coded sections (added green, removed red, changed amber) with the
 * old and the new value side by side, texts in the chosen content language.
 * A filter box narrows the rows; "Copy as Text" puts diffAsText() on the
 * clipboard and "Save as JSON…" writes diffAsJson() atomically.
 *
 * Reusable as is: give it the two frameworks and the names to show for them
 * (file names, "saved version", "project copy"). The diff is computed once,
 * in the constructor; make a new view for other frameworks.
 */
class FrameworkDiffView : public QWidget
{
    Q_OBJECT

public:
    /** Asks where to save the JSON; returns an empty path to cancel. Replaceable for tests. */
    using SaveFileChooser = std::function<QString(const QString &suggestedPath)>;

    FrameworkDiffView(const Framework &before, const Framework &after, const QString &beforeName,
                      const QString &afterName, QWidget *parent = nullptr);

    const FrameworkDiff &diff() const { return m_diff; }

    /** Content language of titles and texts ("en", "ru", "ky"); rebuilds the sections. */
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /** Shows only rows containing `text` (any column, case-insensitive); empty shows all. */
    void setFilterText(const QString &text);

    /** "1 added, 1 removed, 1 renamed, 4 changed" (or "No differences"). */
    QString summaryText() const;
    /** The sections: top-level items are sections, their children rows or rubric levels. */
    QTreeWidget *tree() const { return m_tree; }

    /** The readable text form shared with `dpiw diff`. */
    QString diffText() const;
    void copyAsText();
    /** Writes diffAsJson() to `path` atomically; false with `error` set on failure. */
    bool saveJson(const QString &path, QString *error = nullptr);
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }
    /** The last message shown under the buttons (copied, saved, or why saving failed). */
    QString statusText() const;
    /** The row with the status and the Copy/Save buttons; a host may add its own buttons at the end. */
    QHBoxLayout *buttonRow() const { return m_buttonRow; }

private:
    void rebuild();
    void applyFilter();
    void saveJsonInteractively();
    void showStatus(const QString &text, bool isError);

    Framework m_before;
    Framework m_after;
    QString m_beforeName;
    QString m_afterName;
    FrameworkDiff m_diff;
    QString m_language = QStringLiteral("en");
    SaveFileChooser m_chooseSaveFile;
    bool m_showsFilterCount = false;

    QLabel *m_title;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QComboBox *m_languageBox;
    QTreeWidget *m_tree;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
    QHBoxLayout *m_buttonRow;
};

} // namespace dpi
