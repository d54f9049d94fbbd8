// An unverified score through the real widgets: the criterion panel's button
// and text, the grid key, the cell's mark and tooltip, each one undo entry.

#include "criterionpanel.h"
#include "document.h"
#include "scoregridmodel.h"
#include "scoregridview.h"
#include "scoringpage.h"
#include "workbenchfixture.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace dpi;
using namespace workbenchtest;

namespace {

// Level 0 on a critical criterion (below 1): a red flag until marked unverified.
const CellRef kMembership{QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")};

} // namespace

TEST_F(WorkbenchFixture, CriterionPanelMarksUnverifiedAndTheGridShowsIt)
{
    ASSERT_TRUE(window->openFile(projectPath));
    Document *document = window->document();
    ScoreGridView *grid = window->scoringPage()->grid();
    const ScoreGridModel *model = window->scoringPage()->model();
    grid->selectCell(kMembership);
    const QModelIndex cell = model->indexOf(kMembership);
    ASSERT_TRUE(cell.data(ScoreGridModel::RedFlagRole).toBool());

    auto *button = window->criterionPanel()->findChild<QPushButton *>(QStringLiteral("unverifiedButton"));
    auto *toVerify = window->criterionPanel()->findChild<QPlainTextEdit *>(QStringLiteral("toVerifyEdit"));
    ASSERT_NE(button, nullptr);
    ASSERT_NE(toVerify, nullptr);
    EXPECT_FALSE(button->isChecked());
    EXPECT_FALSE(toVerify->isVisibleTo(window->criterionPanel()));

    button->click();
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_TRUE(document->score(kMembership)->isUnverified());
    EXPECT_TRUE(button->isChecked());
    EXPECT_TRUE(toVerify->isVisibleTo(window->criterionPanel()));
    EXPECT_EQ(cell.data(ScoreGridModel::CellStateRole).toInt(), ScoreGridModel::Unverified);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("?"));
    EXPECT_FALSE(cell.data(ScoreGridModel::RedFlagRole).toBool()) << "unverified raises no red flag";

    typeText(toVerify, QStringLiteral("Catalogue extract"));
    EXPECT_EQ(document->score(kMembership)->toVerify, QStringLiteral("Catalogue extract"));
    EXPECT_EQ(document->undoStack()->count(), 2) << "typing is one entry";
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Unverified"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Catalogue extract"))) << tip.toStdString();

    // Drawn apart from an unscored and a not-applicable cell.
    const QModelIndex notApplicable = model->indexOf({QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("capacity.staff")});
    grid->selectCell({QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")});
    spin(50);
    const QImage image = grid->viewport()->grab().toImage();
    const auto colourAt = [&](const QModelIndex &index) {
        // The view shows the filter model, whose rows match the source model's here.
        const QRect rect = grid->visualRect(grid->model()->index(index.row(), index.column()));
        return image.pixelColor(rect.left() + 6, rect.top() + rect.height() / 2);
    };
    EXPECT_NE(colourAt(cell), colourAt(notApplicable));
    EXPECT_NE(colourAt(cell).rgb(), QColor(Qt::white).rgb());

    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(document->score(kMembership)->level, 0);
    EXPECT_TRUE(cell.data(ScoreGridModel::RedFlagRole).toBool());
}

TEST_F(WorkbenchFixture, KeyUMarksTheCurrentCellUnverified)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ScoreGridView *grid = window->scoringPage()->grid();
    grid->selectCell(kMembership);
    pressKey(grid, Qt::Key_U, QStringLiteral("u"));
    EXPECT_TRUE(window->document()->score(kMembership)->isUnverified());
    EXPECT_EQ(window->document()->undoStack()->count(), 1);
    pressKey(grid, Qt::Key_Delete);
    EXPECT_FALSE(window->document()->score(kMembership)->hasJudgement());
}
