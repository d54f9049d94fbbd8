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
 * the tooltip. Empty for a one-analyst project. It computes nothing.
 */
class AgreementView : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementView(QWidget *parent = nullptr);

    /**
     * Shows `agreement` (computeTeamAgreement() of `project`, held by the
     * app's ProjectResults); neither is owned. Null or without analysts: a
     * hint to merge analysts' files instead.
     */
    void setAgreement(const Project *project, const TeamAgreement *agreement);
    /** Re-labels the rows; the numbers stay. */
    void setLanguage(const QString &language);

    bool hasRatings() const { return m_agreement && !m_agreement->analysts.isEmpty(); }
    QTableWidget *table() const { return m_table; }

private:
    void fill();

    const Project *m_project = nullptr;
    const TeamAgreement *m_agreement = nullptr;
    QString m_language = QStringLiteral("en");
    QLabel *m_heading;
    QTableWidget *m_table;
};

} // namespace dpi
