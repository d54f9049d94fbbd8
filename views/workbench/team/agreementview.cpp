#include "agreementview.h"

#include "agreementformat.h"
#include "project.h"
#include "scoreformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dpi {

namespace {

constexpr int kKappaColumns = 3;

QTableWidgetItem *cellItem(const QString &text, const QString &reason)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!reason.isEmpty())
        item->setToolTip(reason);
    return item;
}

} // namespace

AgreementView::AgreementView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("agreementView"));
    m_heading->setObjectName(QStringLiteral("agreementHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    // Overall, the sectors and the first dimensions stay in view inside the
    // scrolling Results panel; the rest scrolls.
    m_table->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
}

void AgreementView::setAgreement(const Project *project, const TeamAgreement *agreement)
{
    m_project = project;
    m_agreement = agreement;
    fill();
}

void AgreementView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    fill();
}

void AgreementView::fill()
{
    m_table->clear();
    m_table->setRowCount(0);
    if (!hasRatings() || !m_project) {
        m_heading->setText(tr("No analysts' ratings: merge the analysts' files (File › Merge Analysts' Files) to measure their agreement."));
        m_table->setColumnCount(0);
        return;
    }
    const TeamAgreement &a = *m_agreement;
    m_heading->setText(tr("Analysts: %1. Items rated by two or more: %2. Alpha with bootstrap 95 % interval; "
                          "N/A and unrated are missing values.")
                           .arg(a.analysts.join(QStringLiteral(", ")))
                           .arg(a.overall.items));
    const bool kappa = a.overall.hasKappa;
    QStringList headers{tr("Group"), tr("Items"), tr("α ordinal"), tr("95 % interval"), tr("α interval"), tr("Exact"), tr("Within 1")};
    if (kappa)
        headers << tr("κ") << tr("κ linear") << tr("κ quadratic");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);

    const auto addRow = [this, kappa](const QString &label, const AgreementSummary &s) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(label);
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        const QString dash = QStringLiteral("—");
        m_table->setItem(row, 1, cellItem(QString::number(s.items), QString()));
        m_table->setItem(row, 2, cellItem(formatCoefficient(s.alphaOrdinal, dash), s.alphaOrdinal.undefinedReason));
        m_table->setItem(row, 3, cellItem(formatInterval(s.alphaOrdinalInterval, dash), s.alphaOrdinalInterval.undefinedReason));
        m_table->setItem(row, 4, cellItem(formatCoefficient(s.alphaInterval, dash), s.alphaInterval.undefinedReason));
        m_table->setItem(row, 5, cellItem(formatPercent(s.percentAgreement.value, dash) + (s.percentAgreement.isDefined() ? QStringLiteral(" %") : QString()),
                                          s.percentAgreement.undefinedReason));
        m_table->setItem(row, 6, cellItem(formatPercent(s.percentWithinOne.value, dash) + (s.percentWithinOne.isDefined() ? QStringLiteral(" %") : QString()),
                                          s.percentWithinOne.undefinedReason));
        if (kappa) {
            const AgreementValue *kappas[kKappaColumns] = {&s.kappa, &s.kappaLinear, &s.kappaQuadratic};
            for (int k = 0; k < kKappaColumns; ++k)
                m_table->setItem(row, 7 + k, cellItem(formatCoefficient(*kappas[k], dash), kappas[k]->undefinedReason));
        }
    };
    addRow(tr("Overall"), a.overall);
    for (const AgreementGroup &group : a.sectors) {
        const Sector *sector = m_project->findSector(group.sectorId);
        addRow(tr("Sector: %1").arg(sector ? sector->title.text(m_language) : group.sectorId), group.summary);
    }
    for (const AgreementGroup &group : a.frameworks) {
        const ProjectFramework *framework = m_project->findFramework(group.frameworkId);
        addRow(framework ? framework->framework.title.text(m_language) : group.frameworkId, group.summary);
        if (!framework)
            continue;
        for (const Dimension &dimension : framework->framework.dimensions) {
            if (const AgreementGroup *part = a.dimension(group.frameworkId, dimension.id))
                addRow(QStringLiteral("    ") + dimension.title.text(m_language), part->summary);
        }
    }
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

} // namespace dpi
