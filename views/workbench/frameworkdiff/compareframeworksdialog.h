#pragma once

#include "project.h"

#include <QDialog>
#include <QString>

class QLabel;

namespace dpi {

class FrameworkDiffDialog;
class FrameworkSourcePicker;

/**
 * Tools > Compare Frameworks…: choose the old and the new framework (a file,
 * or one embedded in the open project), then compare() opens a
 * FrameworkDiffDialog next to it. Files that cannot be read are reported in
 * the dialog, one "FILE:LINE:COL: error: …" line each; nothing else happens.
 */
class CompareFrameworksDialog : public QDialog
{
    Q_OBJECT

public:
    CompareFrameworksDialog(const Project &project, const QString &language, QWidget *parent = nullptr);

    FrameworkSourcePicker *oldSource() const { return m_old; }
    FrameworkSourcePicker *newSource() const { return m_new; }

    /**
     * Reads both sides; on success opens the diff (a child of this dialog's
     * parent, deleted on close), closes this dialog and returns the diff
     * dialog. On failure shows the errors and returns nullptr.
     */
    FrameworkDiffDialog *compare();
    QString errorText() const;

private:
    QString m_language;
    FrameworkSourcePicker *m_old;
    FrameworkSourcePicker *m_new;
    QLabel *m_errors;
};

} // namespace dpi
