#pragma once

#include "project.h"
#include "reportexporter.h"
#include "scoring.h"

#include <QDialog>
#include <QImage>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace dpi {

/**
 * File > Export report…: template, language, page size and PDF/A choices,
 * page thumbnails of what will be written, then the export itself with a
 * cancellable progress dialog. Works on a copy of the project and its
 * results (the app's ProjectResults) taken when the dialog opens.
 */
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** `result` must be scoreProject(project). */
    ReportExportDialog(const Project &project, const ProjectResult &result, QWidget *parent = nullptr);

    ReportExportOptions options() const;
    void setTemplateName(const QString &name);
    void setLanguage(const QString &language);
    void setPageSize(const QString &pageSize);
    void setPdfA(bool pdfA);
    /** The date printed on the cover (ISO yyyy-mm-dd); the dialog starts on today. */
    void setDate(const QString &date);
    /**
     * The round the project follows (copied), for the report's progress
     * section; or, when the project names one that cannot be read, why.
     */
    void setPreviousRound(const Project *previous, const ProjectResult &previousResult, const QString &problem);

    /** Lays the report out now and renders the page thumbnails; returns the page count (0 on error). */
    int updatePreview();
    const QList<QImage> &previewPages() const { return m_pages; }
    QListWidget *previewList() const { return m_preview; }

    /** Writes the PDF with a progress dialog; diagnostics are shown in the dialog's status line. */
    ReportExportResult exportTo(const QString &path);

protected:
    void done(int result) override;

private:
    void schedulePreview();
    void chooseFileAndExport();
    void showStatus(const Diagnostics &diagnostics, const QString &fallback);

    Project m_project;
    ProjectResult m_result;
    std::optional<Project> m_previous;
    ProjectResult m_previousResult;
    QString m_previousProblem;
    QDateEdit *m_date;
    QComboBox *m_template;
    QComboBox *m_language;
    QComboBox *m_pageSize;
    QCheckBox *m_pdfA;
    QListWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_exportButton;
    QTimer *m_previewTimer;
    QList<QImage> m_pages;
};

} // namespace dpi
