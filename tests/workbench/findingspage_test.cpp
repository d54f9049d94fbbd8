// The Findings & Actions tab driven through its real widgets: every edit
// lands in the Document as one undo step, the action plan sorts by
// priority, the recommendation upgrade is one undo step, and a save keeps it all.

#include "workbenchfixture.h"

#include "actiontablemodel.h"
#include "conclusionsection.h"
#include "contexteditor.h"
#include "criterionlinkdialog.h"
#include "document.h"
#include "findingspage.h"
#include "projectreader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dpi;
using namespace workbenchtest;

namespace {

class FindingsPageTest : public WorkbenchFixture
{
protected:
    void SetUp() override
    {
        WorkbenchFixture::SetUp();
        ASSERT_TRUE(window->openFile(projectPath));
        page = window->findingsPage();
        ASSERT_NE(page, nullptr);
        window->centralTabs()->setCurrentWidget(page);
        spin(20);
    }

    Document &document() const { return *window->document(); }
    QUndoStack &stack() const { return *document().undoStack(); }
    const Conclusions &education() const { return *document().conclusions(QStringLiteral("education")); }

    // The cell editor the view has open (closed editors linger until deleted).
    static QLineEdit *openEditor(QTableView *view)
    {
        for (QLineEdit *editor : view->findChildren<QLineEdit *>()) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    }

    // Adds an item through the section's Add action and types its text into the editor that opens.
    void addWithText(ConclusionSection *section, const QString &text)
    {
        section->addAction()->trigger();
        spin(10);
        QLineEdit *editor = openEditor(section->view());
        ASSERT_NE(editor, nullptr) << "Add opens an editor on the new item's text";
        EXPECT_EQ(QApplication::focusWidget(), editor);
        typeText(editor, text);
        pressKey(editor, Qt::Key_Return);
        spin(10);
    }

    // The text shown in row `row` (view order) of a section's column.
    static QString shown(ConclusionSection *section, int row, int column)
    {
        QAbstractItemModel *model = section->view()->model();
        return model->index(row, column).data().toString();
    }

    FindingsPage *page = nullptr;
};

TEST_F(FindingsPageTest, IsATabBesideTheOthersWithKeyboardShortcuts)
{
    QTabWidget *tabs = window->centralTabs();
    EXPECT_EQ(tabs->indexOf(page), 3);
    EXPECT_EQ(tabs->tabText(3), QStringLiteral("Findings && Actions"));
    for (ConclusionSection *section : {page->findingsSection(), page->strengthsSection(), page->actionsSection()}) {
        EXPECT_EQ(section->addAction()->shortcut(), QKeySequence(Qt::Key_Insert));
        EXPECT_EQ(section->removeAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        EXPECT_EQ(section->moveUpAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Up));
        EXPECT_EQ(section->linkAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        // Bound to the table alone: in an open cell editor Delete still deletes a character.
        EXPECT_EQ(section->removeAction()->shortcutContext(), Qt::WidgetShortcut);
        EXPECT_TRUE(section->view()->actions().contains(section->removeAction()));
        EXPECT_FALSE(section->removeAction()->isEnabled()) << "nothing selected yet";
    }
    // The whole assessment first, then each sector.
    QComboBox *scope = page->scopeChooser();
    ASSERT_EQ(scope->count(), 3);
    EXPECT_EQ(scope->itemText(1), QStringLiteral("Education"));
    EXPECT_TRUE(page->contextEditor()->isVisible());
    page->setScope(QStringLiteral("education"));
    EXPECT_FALSE(page->contextEditor()->isVisible());
}

TEST_F(FindingsPageTest, FindingsAndStrengthsAreTypedInPlaceWithUndo)
{
    page->setScope(QStringLiteral("education"));
    const int before = stack().count();
    addWithText(page->findingsSection(), QStringLiteral("Enrolment data stays inside"));
    addWithText(page->strengthsSection(), QStringLiteral("Staff know the exchange"));
    ASSERT_EQ(education().findings.size(), 1u);
    EXPECT_EQ(education().findings[0].text.text(), QStringLiteral("Enrolment data stays inside"));
    ASSERT_EQ(education().strengths.size(), 1u);
    EXPECT_EQ(shown(page->strengthsSection(), 0, 0), QStringLiteral("Staff know the exchange"));
    EXPECT_EQ(stack().count(), before + 4); // add + text, twice
    EXPECT_TRUE(document().conclusions(QString())->isEmpty()) << "the whole assessment is another scope";

    stack().undo();
    EXPECT_TRUE(education().strengths[0].text.isEmpty());
    EXPECT_EQ(shown(page->strengthsSection(), 0, 0), QString());
    stack().redo();
    EXPECT_EQ(shown(page->strengthsSection(), 0, 0), QStringLiteral("Staff know the exchange"));

    // Remove the selected finding; undo brings it back.
    page->findingsSection()->selectRow(0);
    ASSERT_TRUE(page->findingsSection()->removeAction()->isEnabled());
    page->findingsSection()->removeAction()->trigger();
    EXPECT_TRUE(education().findings.empty());
    stack().undo();
    EXPECT_EQ(education().findings.size(), 1u);
}

TEST_F(FindingsPageTest, ActionPlanEditsSortsByPriorityAndMoves)
{
    page->setScope(QStringLiteral("education"));
    ConclusionSection *actions = page->actionsSection();
    addWithText(actions, QStringLiteral("Routine step"));
    addWithText(actions, QStringLiteral("Publish enrolment data"));
    ASSERT_EQ(education().actions.size(), 2u);
    EXPECT_EQ(education().actions[1].priority, ActionPriority::Medium);

    // Priority through its combo box editor.
    QTableView *view = actions->view();
    const QModelIndex priority = view->model()->index(1, ActionTableModel::PriorityColumn);
    view->setCurrentIndex(priority);
    view->edit(priority);
    spin(10);
    auto *combo = view->findChild<QComboBox *>();
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(int(ActionPriority::High)));
    Q_EMIT combo->activated(combo->currentIndex());
    spin(10);
    EXPECT_EQ(education().actions[1].priority, ActionPriority::High);

    // Owner typed into its cell.
    const QModelIndex owner = view->model()->index(1, ActionTableModel::OwnerColumn);
    view->setCurrentIndex(owner);
    view->edit(owner);
    spin(10);
    QLineEdit *ownerEditor = openEditor(view);
    ASSERT_NE(ownerEditor, nullptr);
    typeText(ownerEditor, QStringLiteral("MoES"));
    pressKey(ownerEditor, Qt::Key_Return);
    spin(10); // the delegate commits on Return through a queued call
    EXPECT_EQ(education().actions[1].owner.text(), QStringLiteral("MoES"));

    // Sorted by priority the high one comes first; moving is then off.
    view->horizontalHeader()->setSortIndicator(ActionTableModel::PriorityColumn, Qt::AscendingOrder);
    spin(10);
    EXPECT_EQ(shown(actions, 0, ActionTableModel::TextColumn), QStringLiteral("Publish enrolment data"));
    EXPECT_EQ(shown(actions, 0, ActionTableModel::PriorityColumn), QStringLiteral("High"));
    actions->selectRow(1);
    EXPECT_FALSE(actions->moveUpAction()->isEnabled());
    // The document keeps the analysts' order; sorting is only a view.
    EXPECT_EQ(education().actions[0].text.text(), QStringLiteral("Routine step"));

    // Back in the analysts' order, Move Up is one undo step.
    view->horizontalHeader()->setSortIndicator(ActionTableModel::NumberColumn, Qt::AscendingOrder);
    actions->selectRow(1);
    ASSERT_TRUE(actions->moveUpAction()->isEnabled());
    const int entries = stack().count();
    actions->moveUpAction()->trigger();
    EXPECT_EQ(education().actions[0].text.text(), QStringLiteral("Publish enrolment data"));
    EXPECT_EQ(actions->currentRow(), 0) << "the selection follows the moved item";
    EXPECT_EQ(stack().count(), entries + 1);
    stack().undo();
    EXPECT_EQ(education().actions[0].text.text(), QStringLiteral("Routine step"));
}

TEST_F(FindingsPageTest, LinkCriteriaThroughTheChooser)
{
    page->setScope(QStringLiteral("education"));
    addWithText(page->actionsSection(), QStringLiteral("Publish"));
    page->actionsSection()->selectRow(0);
    bool seen = false;
    QTimer::singleShot(50, page, [&seen] {
        auto *dialog = qobject_cast<CriterionLinkDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        const QList<QTreeWidgetItem *> found = dialog->tree()->findItems(QStringLiteral("exchange.logs"),
                                                                         Qt::MatchExactly | Qt::MatchRecursive, 1);
        ASSERT_EQ(found.size(), 1);
        found.front()->setCheckState(0, Qt::Checked);
        seen = true;
        dialog->accept();
    });
    page->actionsSection()->linkAction()->trigger();
    ASSERT_TRUE(seen);
    ASSERT_EQ(education().actions[0].links.size(), 1u);
    EXPECT_EQ(education().actions[0].links[0].toString(), QStringLiteral("mini-interop/exchange.logs"));
    EXPECT_EQ(shown(page->actionsSection(), 0, ActionTableModel::CriteriaColumn), QStringLiteral("Message logs kept"));
}

TEST_F(FindingsPageTest, RecommendationsBecomeActionsAndEverythingIsSaved)
{
    const int entries = stack().count();
    page->upgradeAction()->trigger();
    EXPECT_EQ(stack().count(), entries + 1);
    ASSERT_EQ(education().actions.size(), 1u);
    EXPECT_EQ(education().actions[0].text.text(), QStringLiteral("Publish enrolment data as a service."));
    page->setScope(QStringLiteral("education"));
    EXPECT_EQ(shown(page->actionsSection(), 0, ActionTableModel::TextColumn),
              QStringLiteral("Publish enrolment data as a service."));
    EXPECT_TRUE(window->toolsMenu()->actions().contains(page->upgradeAction()));

    // The context of the assessment, typed.
    page->setScope(QString());
    typeText(page->contextEditor()->textEdit(), QStringLiteral("Tunduk links ministries."));
    page->contextEditor()->sourcesEdit()->setPlainText(QStringLiteral("Tunduk | https://tunduk.kg/"));
    EXPECT_EQ(document().project().context.text.text(), QStringLiteral("Tunduk links ministries."));
    ASSERT_EQ(document().project().context.sources.size(), 1u);
    EXPECT_EQ(document().project().context.sources[0].title, QStringLiteral("Tunduk"));

    QString error;
    ASSERT_TRUE(document().save(&error)) << error.toStdString();
    const auto saved = readProjectFile(projectPath);
    ASSERT_TRUE(saved.ok()) << saved.diagnostics.toString().toStdString();
    EXPECT_EQ(saved.project->sectors[0].conclusions, education());
    EXPECT_EQ(saved.project->context, document().project().context);

    // Undo the typing, then the upgrade: the recommendation is back on its score.
    while (stack().canUndo())
        stack().undo();
    EXPECT_TRUE(education().actions.empty());
    EXPECT_TRUE(page->contextEditor()->textEdit()->toPlainText().isEmpty());
}

} // namespace
