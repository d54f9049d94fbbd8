#pragma once

#include "teamagreement.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace dpi {

struct Project;

/**
 * Results of a team assessment: how far the analysts agree, overall and per
 * sector, framework and dimension (computeTeamAgreement(), the numbers
 * `dpiw agree` prints). An undefined statistic shows "—" with its reason as
 * the tooltip. Empty for a one-analyst project.
 */
class AgreementView : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementView(QWidget *parent = nullptr);

    /**
     * Recomputes from `project` (not owned; like the dashboard's, it must
     * outlive the view or be replaced first). Ratings change only when a
     * project is replaced (merge, import, undo of either), so this is called
     * then, not on every edit.
     */
    void setProject(const Project *project);
    /** Re-labels the rows; the numbers stay. */
    void setLanguage(const QString &language);

    const TeamAgreement &agreement() const { return m_agreement; }
    bool hasRatings() const { return m_hasRatings; }
    QTableWidget *table() const { return m_table; }

private:
    void fill();

    const Project *m_project = nullptr;
    TeamAgreement m_agreement;
    bool m_hasRatings = false;
    QString m_language = QStringLiteral("en");
    QLabel *m_heading;
    QTableWidget *m_table;
};

} // namespace dpi
