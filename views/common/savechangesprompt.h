#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace dpi {

/**
 * Replaces a window's message box (tests, scripted runs): gets what the box
 * would show and returns the button the user would have chosen.
 */
using QuestionHandler = std::function<QMessageBox::StandardButton(
    const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)>;

/** What a window with unsaved work tells the save prompt. */
struct UnsavedWork
{
    /** The question box's title. */
    QString title;
    /** Names what is unsaved, e.g. "“x” has unsaved changes. Save them?". */
    QString question;
    /**
     * The window's own save. It must write atomically (QSaveFile or a
     * writer built on it), so that a save that fails or is cancelled leaves
     * the file on disk as it was; it reports its own errors and returns false.
     */
    std::function<bool()> save;
    /** What discarding forgets besides the edits (an autosave, modified flags); may be empty. */
    std::function<void()> discard;
};

/**
 * The one "Save changes?" question of the app, asked by the main window, the
 * framework editor and the template editor before their work would be lost
 * (closing, opening another file): Save (the default), Discard or Cancel
 * (also Escape). Returns true when it is fine to go on: saved, or discarded.
 * Cancel, or a save that failed, returns false and nothing is lost.
 * `ask`, when set, replaces the message box.
 */
bool promptToSaveChanges(QWidget *parent, const UnsavedWork &work, const QuestionHandler &ask = {});

} // namespace dpi
