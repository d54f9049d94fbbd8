#pragma once

#include "framework.h"
#include "project.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace dpi {

/**
 * One side of a comparison: a framework embedded in the open project, or a
 * framework file (typed or browsed). load() reads it and reports problems as
 * "FILE:LINE:COL: error: …" lines instead of failing.
 */
class FrameworkSourcePicker : public QWidget
{
    Q_OBJECT

public:
    struct Loaded
    {
        std::optional<Framework> framework; // set when usable
        QString name;                       // what to call it in the diff
        QStringList errors;
    };

    explicit FrameworkSourcePicker(const Project &project, QWidget *parent = nullptr);

    /** Chooses the project's embedded framework `frameworkId`; false when the project has none such. */
    bool selectEmbedded(const QString &frameworkId);
    /** Switches to a file and puts `path` in the path box. */
    void setFile(const QString &path);
    bool usesFile() const;

    Loaded load() const;

private:
    void updateFileRow();
    void browse();

    Project m_project;
    QComboBox *m_source;
    QLineEdit *m_path;
    QPushButton *m_browse;
};

} // namespace dpi
