// Team assessments in the desktop app, through the real widgets: File ›
// Merge Analysts' Files, the "disagreements only" grid filter, the analysts'
// ratings side by side, reconciling as one undo step, agreement in Results.
#include "agreementview.h"
#include "dashboard.h"
#include "document.h"
#include "filterbar.h"
#include "ratingspanel.h"
#include "scoregridmodel.h"
#include "scoregridview.h"
#include "scoringpage.h"
#include "teamratings.h"
#include "workbenchfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QUndoStack>

using namespace dpi;
using namespace workbenchtest;

namespace {

const CellRef kStrategy{QStringLiteral("education"), QStringLiteral("org-capacity"), QStringLiteral("oc.lead.strategy")};

QString example(const char *name)
{
    return dpitest::sourcePath(QStringLiteral("assessments/examples/two-analysts/") + QString::fromLatin1(name));
}

class TeamWorkbench : public WorkbenchFixture
{
protected:
    // The two analysts' files merged through the window, as File › Merge does after its dialogs.
    void mergeExample()
    {
        teamPath = directory.filePath(QStringLiteral("team.dpi.yaml"));
        ASSERT_TRUE(window->mergeAnalystFiles({example("analyst-a.dpi.yaml"), example("analyst-b.dpi.yaml")}, teamPath));
    }

    int visibleCriterionRows() const
    {
        const auto *filtered = qobject_cast<const QSortFilterProxyModel *>(window->scoringPage()->grid()->model());
        if (!filtered)
            return -1;
        int rows = 0;
        for (int row = 0; row < filtered->rowCount(); ++row) {
            const QModelIndex source = filtered->mapToSource(filtered->index(row, 0));
            rows += window->scoringPage()->model()->rowKind(source.row()) == ScoreGridModel::CriterionRow ? 1 : 0;
        }
        return rows;
    }

    QString teamPath;
};

TEST_F(TeamWorkbench, MergeAnalystsFilesOpensTheTeamFile)
{
    EXPECT_NE(window->findChild<QAction *>(QStringLiteral("mergeAnalystsAction")), nullptr);
    mergeExample();
    EXPECT_EQ(window->document()->filePath(), teamPath);
    EXPECT_TRUE(hasRatings(window->document()->project()));
    EXPECT_EQ(projectAnalysts(window->document()->project()),
              QStringList({QStringLiteral("Sample analyst A"), QStringLiteral("Sample analyst B")}));
    EXPECT_TRUE(readAll(teamPath).contains("ratings:"));

    // A refused merge says why in the diagnostics and opens nothing.
    const QString before = window->document()->filePath();
    EXPECT_FALSE(window->mergeAnalystFiles({example("analyst-a.dpi.yaml"), example("analyst-a.dpi.yaml")},
                                           directory.filePath(QStringLiteral("twice.dpi.yaml"))));
    EXPECT_EQ(window->document()->filePath(), before);
    EXPECT_FALSE(QFile::exists(directory.filePath(QStringLiteral("twice.dpi.yaml"))));
}

TEST_F(TeamWorkbench, TheGridFiltersToDisagreements)
{
    auto *disagreements = window->findChild<QCheckBox *>(QStringLiteral("filterDisagreements"));
    ASSERT_NE(disagreements, nullptr);
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_FALSE(disagreements->isVisibleTo(window.get())) << "a one-analyst project has no disagreements to filter";

    mergeExample();
    EXPECT_TRUE(disagreements->isVisibleTo(window.get()));
    EXPECT_EQ(visibleCriterionRows(), 28); // org-capacity 1.1.0 has 28 criteria
    disagreements->setChecked(true);
    // Four criteria differ in education and four others in healthcare.
    EXPECT_EQ(visibleCriterionRows(), 8);
    const ScoreGridModel *model = window->scoringPage()->model();
    const QModelIndex strategy = model->indexOf(kStrategy);
    EXPECT_EQ(model->data(strategy, ScoreGridModel::DisagreementRole).toInt(), int(ScoreGridModel::OpenDisagreement));
    EXPECT_TRUE(model->data(strategy, Qt::ToolTipRole).toString().contains(QStringLiteral("Sample analyst A: 1, Sample analyst B: 2")));
    disagreements->setChecked(false);
    EXPECT_EQ(visibleCriterionRows(), 28); // org-capacity 1.1.0 has 28 criteria
}

TEST_F(TeamWorkbench, ReconcilingThroughTheRatingsPanelIsOneUndoStep)
{
    mergeExample();
    Document *document = window->document();
    document->setAnalyst(QStringLiteral("Sample analyst B"));
    window->scoringPage()->grid()->selectCell(kStrategy);
    RatingsPanel *panel = window->ratingsPanel();
    ASSERT_EQ(panel->cell(), kStrategy);

    // Side by side: one column per analyst, their level, confidence and notes.
    auto *table = panel->findChild<QTableWidget *>(QStringLiteral("ratingsTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->columnCount(), 2);
    EXPECT_EQ(table->horizontalHeaderItem(0)->text(), QStringLiteral("Sample analyst A"));
    EXPECT_EQ(table->horizontalHeaderItem(1)->text(), QStringLiteral("Sample analyst B"));
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("1"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("2"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("medium"));
    EXPECT_TRUE(table->item(2, 0)->text().contains(QStringLiteral("EMIS"))) << "A's evidence";
    EXPECT_TRUE(table->item(3, 1)->text().contains(QStringLiteral("defined strategy"))) << "B's notes";
    auto *status = panel->findChild<QLabel *>(QStringLiteral("ratingsStatus"));
    EXPECT_TRUE(status->text().contains(QStringLiteral("disagree")));

    auto *choice = panel->findChild<QComboBox *>(QStringLiteral("agreedLevel"));
    auto *keep = panel->findChild<QCheckBox *>(QStringLiteral("keepAllEvidence"));
    auto *apply = panel->findChild<QPushButton *>(QStringLiteral("setAgreedLevel"));
    ASSERT_TRUE(choice && keep && apply);
    choice->setCurrentIndex(choice->findData(1));
    keep->setChecked(true);
    const int entries = document->undoStack()->count();
    apply->click();

    const Score *score = document->score(kStrategy);
    ASSERT_NE(score, nullptr);
    EXPECT_EQ(score->level, std::optional<int>(1));
    EXPECT_EQ(score->reconciledBy, QStringLiteral("Sample analyst B"));
    EXPECT_FALSE(score->reconciledAt.isEmpty());
    EXPECT_EQ(score->evidence.size(), 1u) << "A's evidence kept in the agreed result";
    EXPECT_EQ(document->undoStack()->count(), entries + 1);
    EXPECT_TRUE(status->text().contains(QStringLiteral("reconciled by Sample analyst B"))) << status->text().toStdString();
    const ScoreGridModel *model = window->scoringPage()->model();
    EXPECT_EQ(model->data(model->indexOf(kStrategy), ScoreGridModel::DisagreementRole).toInt(), int(ScoreGridModel::ReconciledDisagreement));

    document->undoStack()->undo();
    EXPECT_TRUE(isOpenDisagreement(*document->score(kStrategy)));
    EXPECT_TRUE(status->text().contains(QStringLiteral("disagree")));
    document->undoStack()->redo();
    EXPECT_EQ(document->score(kStrategy)->level, std::optional<int>(1));
    EXPECT_EQ(document->score(kStrategy)->reconciledBy, QStringLiteral("Sample analyst B"));
}

TEST_F(TeamWorkbench, ReconcilingWithoutANameAsksForIt)
{
    mergeExample();
    window->document()->setAnalyst(QString());
    window->scoringPage()->grid()->selectCell(kStrategy);
    RatingsPanel *panel = window->ratingsPanel();
    bool asked = false;
    QObject::connect(panel, &RatingsPanel::analystNameNeeded, panel, [&] {
        asked = true;
        window->document()->setAnalyst(QStringLiteral("Sample analyst A"));
    });
    // The window's own handler opens a name dialog; tests answer for it above.
    QObject::disconnect(panel, &RatingsPanel::analystNameNeeded, window.get(), nullptr);
    EXPECT_TRUE(panel->applyAgreedLevel());
    EXPECT_TRUE(asked);
    EXPECT_EQ(window->document()->score(kStrategy)->reconciledBy, QStringLiteral("Sample analyst A"));
}

TEST_F(TeamWorkbench, ResultsShowTheAgreement)
{
    ASSERT_TRUE(window->openFile(projectPath));
    AgreementView *view = window->dashboard()->agreementView();
    ASSERT_NE(view, nullptr);
    EXPECT_FALSE(view->hasRatings());

    mergeExample();
    // The Results tab draws when shown.
    QWidget *results = window->findChild<QWidget *>(QStringLiteral("resultsPage"));
    ASSERT_NE(results, nullptr);
    window->centralTabs()->setCurrentWidget(results);
    EXPECT_TRUE(waitFor([view] { return view->hasRatings(); }));
    QTableWidget *table = view->table();
    // Overall, two sectors, the framework and its eight dimensions.
    ASSERT_EQ(table->rowCount(), 12);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Overall"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("49"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("0.755"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("[0.552, 0.912]"));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("85.7 %"));
    EXPECT_EQ(table->columnCount(), 10) << "two analysts: three kappas";
    auto *heading = view->findChild<QLabel *>(QStringLiteral("agreementHeading"));
    EXPECT_TRUE(heading->text().startsWith(QStringLiteral("Analysts: Sample analyst A, Sample analyst B. Items rated by two or more: 49."))) << heading->text().toStdString();

    if (!qEnvironmentVariableIsEmpty("DPIW_TEST_OUTPUT_DIR")) {
        window->resize(1600, 1000);
        spin(200);
        window->grab().save(qEnvironmentVariable("DPIW_TEST_OUTPUT_DIR") + QStringLiteral("/team-results.png"));
        window->centralTabs()->setCurrentWidget(window->scoringPage());
        window->scoringPage()->grid()->selectCell(kStrategy);
        spin(200);
        window->grab().save(qEnvironmentVariable("DPIW_TEST_OUTPUT_DIR") + QStringLiteral("/team-window.png"));
        window->findChild<QDockWidget *>(QStringLiteral("ratingsDock"))->raise();
        spin(200);
        window->grab().save(qEnvironmentVariable("DPIW_TEST_OUTPUT_DIR") + QStringLiteral("/team-ratings.png"));
    }
}

} // namespace
