#include "criterionpanel.h"
#include "document.h"
#include "projectreader.h"
#include "rubriccard.h"
#include "scoregridmodel.h"
#include "scoregridview.h"
#include "scoringpage.h"
#include "workbenchfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QLabel>
#include <QUndoStack>

using namespace dpi;
using namespace workbenchtest;

namespace {

const CellRef kMembership{QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")};

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

TEST_F(WorkbenchFixture, OpensTheProjectAndShowsItInTitleAndGrid)
{
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("mini.dpi.yaml[*] — DPI Workbench"));
    EXPECT_FALSE(window->isWindowModified());
    const ScoreGridModel *model = window->scoringPage()->model();
    EXPECT_EQ(model->rowCount(), 5) << "two dimension rows and three criteria";
    EXPECT_EQ(model->columnCount(), 3) << "criterion column and two sectors";
    EXPECT_EQ(model->rowKind(0), ScoreGridModel::DimensionRow);
    EXPECT_EQ(model->rowKind(3), ScoreGridModel::DimensionRow);
    EXPECT_TRUE(model->headerData(1, Qt::Horizontal).toString().startsWith(QStringLiteral("Education\n")));
}

TEST_F(WorkbenchFixture, LevelAndEvidenceThroughTheWidgetsThenUndoRedoSaveReload)
{
    ASSERT_TRUE(window->openFile(projectPath));
    Document *document = window->document();
    ScoreGridView *grid = window->scoringPage()->grid();
    grid->selectCell(kMembership);
    ASSERT_EQ(grid->currentCell(), kMembership);
    EXPECT_EQ(window->criterionPanel()->cell(), kMembership);
    ASSERT_EQ(document->score(kMembership)->level, 0);

    pressKey(grid, Qt::Key_3, QStringLiteral("3"));
    EXPECT_EQ(document->score(kMembership)->level, 3);
    EXPECT_TRUE(window->isWindowModified());
    auto *card = window->findChild<RubricCard *>(QStringLiteral("rubricCard3"));
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(card->isChosen());

    pressKey(grid, Qt::Key_Return);
    auto *text = window->findChild<QLineEdit *>(QStringLiteral("evidenceText"));
    auto *url = window->findChild<QLineEdit *>(QStringLiteral("evidenceUrl"));
    ASSERT_NE(text, nullptr);
    ASSERT_NE(url, nullptr);
    EXPECT_TRUE(waitFor([text] { return QApplication::focusWidget() == text; }, 2000))
        << "Enter in the grid puts the cursor into the evidence form";
    typeText(text, QStringLiteral("Ministry letter of 3 May"));
    typeText(url, QStringLiteral("https://example.org/letter"));
    pressKey(url, Qt::Key_Return);
    ASSERT_EQ(document->score(kMembership)->evidence.size(), 1u);
    EXPECT_EQ(document->score(kMembership)->evidence[0].text, QStringLiteral("Ministry letter of 3 May"));
    EXPECT_EQ(document->score(kMembership)->evidence[0].url, QStringLiteral("https://example.org/letter"));
    EXPECT_TRUE(text->text().isEmpty()) << "the form is ready for the next item";
    EXPECT_EQ(document->undoStack()->count(), 2) << "one entry per action";

    QAction *undo = action(window.get(), "undoAction");
    QAction *redo = action(window.get(), "redoAction");
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_TRUE(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    undo->trigger();
    EXPECT_TRUE(document->score(kMembership)->evidence.empty());
    EXPECT_EQ(document->score(kMembership)->level, 3);
    undo->trigger();
    EXPECT_EQ(document->score(kMembership)->level, 0);
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_FALSE(card->isChosen());
    redo->trigger();
    redo->trigger();
    EXPECT_EQ(document->score(kMembership)->level, 3);
    EXPECT_EQ(document->score(kMembership)->evidence.size(), 1u);

    action(window.get(), "saveAction")->trigger();
    EXPECT_FALSE(window->isWindowModified());
    const QByteArray saved = readAll(projectPath);
    EXPECT_TRUE(saved.contains("Ministry letter of 3 May")) << saved.constData();
    EXPECT_TRUE(saved.contains("https://example.org/letter"));

    ProjectReadResult reread = readProjectFile(projectPath);
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    const Score *score = reread.project->findSector(kMembership.sectorId)->score(kMembership.frameworkId, kMembership.criterionId);
    ASSERT_NE(score, nullptr);
    EXPECT_EQ(score->level, 3);
    ASSERT_EQ(score->evidence.size(), 1u);
    EXPECT_EQ(score->evidence[0].text, QStringLiteral("Ministry letter of 3 May"));
    EXPECT_EQ(score->confidence, Confidence::Low) << "untouched fields stay";

    // A fresh window sees the same thing.
    window.reset();
    window = makeWindow();
    ASSERT_TRUE(window->openFile(projectPath));
    EXPECT_TRUE(window->document()->project() == *reread.project);
}

TEST_F(WorkbenchFixture, KeyboardScoring)
{
    ASSERT_TRUE(window->openFile(projectPath));
    Document *document = window->document();
    ScoreGridView *grid = window->scoringPage()->grid();
    const CellRef logs{QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")};
    grid->selectCell(logs);
    ASSERT_EQ(grid->currentCell(), logs);

    pressKey(grid, Qt::Key_9, QStringLiteral("9"));
    EXPECT_EQ(document->score(logs)->level, 3) << "9 is not on the 0-4 scale";
    EXPECT_EQ(document->undoStack()->count(), 0);

    pressKey(grid, Qt::Key_N, QStringLiteral("n"));
    EXPECT_TRUE(document->score(logs)->notApplicable);
    pressKey(grid, Qt::Key_Delete);
    EXPECT_FALSE(document->score(logs)->isScored());
    EXPECT_EQ(document->score(logs)->confidence, Confidence::High) << "Delete clears the level only";
    pressKey(grid, Qt::Key_Minus, QStringLiteral("-"));
    EXPECT_TRUE(document->score(logs)->notApplicable);
    pressKey(grid, Qt::Key_1, QStringLiteral("1"));
    EXPECT_EQ(document->score(logs)->level, 1);
    EXPECT_EQ(document->undoStack()->count(), 4);

    // Arrows skip the "Capacity" group row; Tab walks sector cells and wraps.
    const CellRef staff{QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("capacity.staff")};
    pressKey(grid, Qt::Key_Down);
    EXPECT_EQ(grid->currentCell(), staff);
    pressKey(grid, Qt::Key_Up);
    EXPECT_EQ(grid->currentCell(), logs);
    pressKey(grid, Qt::Key_Up);
    const CellRef membership{QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("exchange.membership")};
    EXPECT_EQ(grid->currentCell(), membership);
    pressKey(grid, Qt::Key_Up);
    EXPECT_EQ(grid->currentCell(), membership) << "the group row above is not a stop";
    pressKey(grid, Qt::Key_Tab);
    EXPECT_EQ(grid->currentCell(), kMembership);
    pressKey(grid, Qt::Key_Tab);
    EXPECT_EQ(grid->currentCell(), logs) << "Tab wraps to the next row's first sector";
    EXPECT_EQ(window->criterionPanel()->cell(), logs);

    // Typing in the notes field is one undo entry.
    auto *notes = window->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    ASSERT_NE(notes, nullptr);
    const int before = document->undoStack()->count();
    typeText(notes, QStringLiteral("Seen in audit"));
    EXPECT_EQ(document->score(logs)->notes, QStringLiteral("Seen in audit"));
    EXPECT_EQ(document->undoStack()->count(), before + 1);
    action(window.get(), "undoAction")->trigger();
    EXPECT_TRUE(document->score(logs)->notes.isEmpty());
    EXPECT_TRUE(notes->toPlainText().isEmpty()) << "the panel follows the undo";
}

TEST_F(WorkbenchFixture, GridShowsStatesAndCriticalFailures)
{
    ASSERT_TRUE(window->openFile(projectPath));
    ScoreGridView *grid = window->scoringPage()->grid();
    const ScoreGridModel *model = window->scoringPage()->model();
    const QModelIndex failing = model->indexOf(kMembership); // level 0, critical below 1
    const QModelIndex notApplicable = model->indexOf({QStringLiteral("education"), QStringLiteral("mini-interop"), QStringLiteral("capacity.staff")});
    EXPECT_TRUE(failing.data(ScoreGridModel::RedFlagRole).toBool());
    EXPECT_EQ(notApplicable.data(ScoreGridModel::CellStateRole).toInt(), ScoreGridModel::NotApplicable);
    EXPECT_EQ(notApplicable.data().toString(), QStringLiteral("N/A"));
    EXPECT_TRUE(model->index(1, 0).data(ScoreGridModel::CriticalRole).toBool());

    // Clearing a level makes the cell "unscored", drawn differently from N/A.
    grid->selectCell({QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("capacity.staff")});
    pressKey(grid, Qt::Key_Delete);
    const QModelIndex unscored = model->indexOf(grid->currentCell());
    EXPECT_EQ(unscored.data(ScoreGridModel::CellStateRole).toInt(), ScoreGridModel::Unscored);

    spin(50);
    const QImage image = grid->viewport()->grab().toImage();
    auto colourAt = [&](const QModelIndex &index) {
        const QRect rect = grid->visualRect(grid->model()->index(index.row(), index.column()));
        // Sample near the left edge, clear of the centred text and the frame.
        return image.pixelColor(rect.left() + 6, rect.top() + rect.height() / 2);
    };
    const QColor failingColour = colourAt(failing);
    const QColor notApplicableColour = colourAt(notApplicable);
    EXPECT_GT(failingColour.red(), failingColour.green()) << "level 0 is reddish";
    EXPECT_NE(notApplicableColour, colourAt(unscored));
    EXPECT_NE(notApplicableColour, failingColour);
}

TEST_F(WorkbenchFixture, FilterBarNarrowsTheGrid)
{
    ASSERT_TRUE(window->openFile(projectPath));
    QAbstractItemModel *shown = window->scoringPage()->grid()->model();
    ASSERT_EQ(shown->rowCount(), 5);
    auto *critical = window->findChild<QCheckBox *>(QStringLiteral("filterCritical"));
    auto *unscored = window->findChild<QCheckBox *>(QStringLiteral("filterUnscored"));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("filterSearch"));
    auto *dimension = window->findChild<QComboBox *>(QStringLiteral("filterDimension"));
    ASSERT_TRUE(critical && unscored && search && dimension);

    critical->setChecked(true);
    EXPECT_EQ(shown->rowCount(), 2) << "the Data exchange group and its critical criterion";
    critical->setChecked(false);
    unscored->setChecked(true);
    EXPECT_EQ(shown->rowCount(), 0) << "every cell of the mini project is scored";
    unscored->setChecked(false);
    search->setText(QStringLiteral("logs"));
    EXPECT_EQ(shown->rowCount(), 2);
    search->setText(QStringLiteral("ICT"));
    EXPECT_EQ(shown->rowCount(), 2);
    search->clear();
    ASSERT_EQ(dimension->count(), 3);
    dimension->setCurrentIndex(2);
    EXPECT_EQ(shown->rowCount(), 2) << "the Capacity group only";
    EXPECT_EQ(shown->index(1, 0).data().toString(), QStringLiteral("ICT staff"));
}

// A docked panel can be narrow: the rubric cards then take more rows rather
// than cutting their level names off, and go back to one row when there is room.
TEST_F(WorkbenchFixture, RubricCardsFlowIntoRowsWhenThePanelIsNarrow)
{
    ASSERT_TRUE(window->openFile(projectPath));
    window->scoringPage()->grid()->selectCell(kMembership);
    CriterionPanel *panel = window->criterionPanel();
    const QList<RubricCard *> cards = panel->findChildren<RubricCard *>();
    ASSERT_EQ(cards.size(), 5);
    const auto rowsShown = [&cards] {
        QSet<int> tops;
        for (RubricCard *card : cards)
            tops.insert(card->mapTo(card->window(), QPoint(0, 0)).y());
        return int(tops.size());
    };
    const auto namesFit = [&cards] {
        for (RubricCard *card : cards) {
            for (QLabel *label : card->findChildren<QLabel *>()) {
                // The level's name is the first line: its widest word must fit.
                if (label->textFormat() == Qt::RichText && label->minimumSizeHint().width() > label->width())
                    return false;
            }
        }
        return true;
    };

    panel->setMinimumWidth(0);
    panel->setFixedWidth(320);
    spin(50);
    EXPECT_GT(rowsShown(), 1);
    EXPECT_TRUE(namesFit());

    panel->setFixedWidth(900);
    spin(50);
    EXPECT_EQ(rowsShown(), 1);
    EXPECT_TRUE(namesFit());
}
