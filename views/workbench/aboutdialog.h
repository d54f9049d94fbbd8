#pragma once

#include <QDialog>

class QLabel;

namespace dpi {

/**
 * Help › About: the program's version (the CMake project version), the Qt it
 * runs on and was built with, the yaml-cpp it was built with, and the
 * licence. The text is selectable so that it can go into a bug report.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** The facts shown, as plain text (one per line). */
    static QString versionText();

private:
    QLabel *m_text;
};

} // namespace dpi
