#pragma once

#include "project.h"
#include "roundcomparison.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace dpi {

class Document;
class RoundComparisonView;

/**
 * Tools > Compare with Previous Round…: this project compared with an earlier
 * round. It opens on the round the project names (`previous_round`, read by
 * PreviousRoundResults); "Choose File…" compares with another project file
 * instead, and "Use as Previous Round" stores that file as the project's
 * `previous_round` (one undo entry, through roundedit::). A round that cannot
 * be read is said in the dialog, never an error box or a crash.
 */
class CompareRoundsDialog : public QDialog
{
    Q_OBJECT

public:
    CompareRoundsDialog(Document *document, const QString &language, QWidget *parent = nullptr);

    /** Compares with the project file at `path` (what "Choose File…" does after its file dialog). */
    void compareWithFile(const QString &path);
    /** Stores the file compared with as the project's previous round; false when refused or unchanged. */
    bool useAsPreviousRound();

    RoundComparisonView *view() const { return m_view; }
    QLabel *sourceLabel() const { return m_source; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *useButton() const { return m_useButton; }

private:
    void showNamedRound();
    void showComparison(const Project &before, const RoundComparison &comparison);
    void showProblem(const QString &problem);
    void chooseFile();

    Document *const m_document;
    const QString m_language;
    QLabel *m_source;
    QLabel *m_problem;
    QPushButton *m_chooseButton;
    QPushButton *m_useButton;
    RoundComparisonView *m_view;
    QString m_path;                  // the file compared with ("" when none)
    std::optional<Project> m_picked; // a file chosen here, not the named round
};

} // namespace dpi
