#include "savechangesprompt.h"

namespace dpi {

namespace {

QMessageBox::StandardButton askWithBox(QWidget *parent, const UnsavedWork &work)
{
    QMessageBox box(QMessageBox::Question, work.title, work.question,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

bool promptToSaveChanges(QWidget *parent, const UnsavedWork &work, const QuestionHandler &ask)
{
    const QMessageBox::StandardButtons buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    const QMessageBox::StandardButton answer =
        ask ? ask(work.title, work.question, buttons, QMessageBox::Save) : askWithBox(parent, work);
    if (answer == QMessageBox::Save)
        return work.save && work.save();
    if (answer == QMessageBox::Discard) {
        if (work.discard)
            work.discard();
        return true;
    }
    // Cancel, Escape, or a box closed some other way: keep everything.
    return false;
}

} // namespace dpi
