#include "compareroundsdialog.h"

#include "document.h"
#include "previousroundresults.h"
#include "projectreader.h"
#include "projectresults.h"
#include "roundcomparisonview.h"
#include "roundedits.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dpi {

CompareRoundsDialog::CompareRoundsDialog(Document *document, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_language(language)
    , m_source(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_chooseButton(new QPushButton(tr("&Choose File…"), this))
    , m_useButton(new QPushButton(tr("&Use as Previous Round"), this))
    , m_view(new RoundComparisonView(this))
{
    setWindowTitle(tr("Compare with Previous Round"));
    setObjectName(QStringLiteral("compareRoundsDialog"));
    m_source->setObjectName(QStringLiteral("roundSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("roundProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #a33;"));
    m_useButton->setObjectName(QStringLiteral("usePreviousRoundButton"));
    m_useButton->setToolTip(tr("Store this file as the project's previous round (Edit > Undo takes it back)"));

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_chooseButton);
    sourceRow->addWidget(m_useButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseButton, &QPushButton::clicked, this, &CompareRoundsDialog::chooseFile);
    connect(m_useButton, &QPushButton::clicked, this, &CompareRoundsDialog::useAsPreviousRound);
    showNamedRound();
}

void CompareRoundsDialog::showNamedRound()
{
    m_picked.reset();
    const PreviousRoundResults *previous = PreviousRoundResults::of(m_document);
    m_useButton->setEnabled(false);
    if (!previous->isNamed()) {
        m_path.clear();
        m_source->setText(tr("This project names no previous round. Choose the earlier round's project file."));
        m_view->clear();
        showProblem(QString());
        return;
    }
    m_path = previous->path();
    m_source->setText(tr("Previous round: %1").arg(m_document->project().metadata.previousRound));
    if (!previous->isLoaded()) {
        m_view->clear();
        showProblem(previous->problem());
        return;
    }
    showProblem(QString());
    showComparison(*previous->project(), previous->comparison());
}

void CompareRoundsDialog::compareWithFile(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_source->setText(tr("Compared with: %1").arg(QDir::toNativeSeparators(m_path)));
    ProjectReadResult read = readProjectFile(m_path);
    if (!read.ok()) {
        m_picked.reset();
        m_view->clear();
        m_useButton->setEnabled(false);
        const auto &items = read.diagnostics.items();
        const auto error = std::find_if(items.begin(), items.end(),
                                        [](const Diagnostic &d) { return d.severity == Severity::Error; });
        showProblem(tr("This file cannot be compared: %1")
                        .arg(error != items.end() ? error->toString() : tr("it is not a readable project")));
        return;
    }
    m_picked = std::move(read.project);
    showProblem(QString());
    // The earlier round is scored here with the one scoring function; this
    // project's results are the app's, already computed.
    const RoundComparison comparison = compareRounds(*m_picked, scoreProject(*m_picked), m_document->project(),
                                                     ProjectResults::of(m_document)->result());
    showComparison(*m_picked, comparison);
    m_useButton->setEnabled(true);
}

bool CompareRoundsDialog::useAsPreviousRound()
{
    if (!m_picked || m_path.isEmpty())
        return false;
    QString error;
    if (!roundedit::setPreviousRoundFile(*m_document, m_path, &error)) {
        if (!error.isEmpty())
            showProblem(error);
        return false;
    }
    showNamedRound();
    return true;
}

void CompareRoundsDialog::showComparison(const Project &before, const RoundComparison &comparison)
{
    m_view->setComparison(before, m_document->project(), comparison, m_language);
    if (comparison.isEqual())
        showProblem(tr("The two rounds hold the same scores."));
}

void CompareRoundsDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void CompareRoundsDialog::chooseFile()
{
    const QString start = m_path.isEmpty() ? QFileInfo(m_document->filePath()).absolutePath() : m_path;
    const QString path = QFileDialog::getOpenFileName(this, tr("Previous Round"), start,
                                                      tr("Assessment projects (*.dpi.yaml)"));
    if (!path.isEmpty())
        compareWithFile(path);
}

} // namespace dpi
