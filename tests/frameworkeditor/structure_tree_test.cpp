#include "structure_testsupport.h"

#include "frameworkedits.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <QUndoStack>

using namespace dpi;
using namespace structuretest;

namespace {

QStringList criterionIds(const Framework &framework, const QString &dimensionId)
{
    QStringList ids;
    for (const Criterion &criterion : framework.findDimension(dimensionId)->criteria)
        ids << criterion.id;
    return ids;
}

} // namespace

TEST_F(StructureEditorTest, TreeShowsDimensionsCriteriaWeightsAndCriticalMarker)
{
    const QModelIndex root = model->rootIndex();
    ASSERT_EQ(model->rowCount(root), 2);
    const QModelIndex exchange = model->index(0, 0, root);
    EXPECT_EQ(exchange.data().toString(), QStringLiteral("Data exchange"));
    EXPECT_EQ(model->index(0, FrameworkTreeModel::WeightColumn, root).data().toString(), QStringLiteral("2"));
    const QModelIndex membership = model->indexOf(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.membership")));
    EXPECT_EQ(membership.siblingAtColumn(FrameworkTreeModel::IdColumn).data().toString(), QStringLiteral("exchange.membership"));
    EXPECT_TRUE(membership.siblingAtColumn(FrameworkTreeModel::CriticalColumn).data().toString().contains(QStringLiteral("<1")));
    EXPECT_TRUE(membership.siblingAtColumn(FrameworkTreeModel::CriticalColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("50")));
    EXPECT_TRUE(tree->isExpanded(exchange));

    // Titles follow the chosen content language.
    editor->setContentLanguage(QStringLiteral("ru"));
    EXPECT_EQ(model->index(0, 0, root).data().toString(), QStringLiteral("Обмен данными"));
}

TEST_F(StructureEditorTest, MoveBetweenDimensionsByDropAndByKeyboardAction)
{
    // A drop as the view performs it: the dragged row's mime data dropped on the other dimension.
    const QModelIndex logs = model->indexOf(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    std::unique_ptr<QMimeData> data(model->mimeData({logs}));
    ASSERT_NE(data, nullptr);
    const QModelIndex capacity = model->indexOf(FrameworkNode::dimension(QStringLiteral("capacity")));
    ASSERT_TRUE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, capacity));
    const int before = document->undoStack()->count();
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, capacity);
    EXPECT_EQ(document->undoStack()->count(), before + 1);
    EXPECT_EQ(criterionIds(framework(), QStringLiteral("capacity")),
              (QStringList{QStringLiteral("exchange.logs"), QStringLiteral("capacity.staff")}));
    EXPECT_EQ(criterionIds(framework(), QStringLiteral("exchange")), QStringList{QStringLiteral("exchange.membership")});
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("capacity"), QStringLiteral("exchange.logs")));

    // A criterion cannot be dropped on the framework row; a dimension can be dropped among dimensions.
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model->rootIndex()));
    std::unique_ptr<QMimeData> dimension(model->mimeData({capacity}));
    model->dropMimeData(dimension.get(), Qt::MoveAction, 0, 0, model->rootIndex());
    EXPECT_EQ(framework().dimensions.front().id, QStringLiteral("capacity"));

    document->undoStack()->undo();
    document->undoStack()->undo();
    EXPECT_EQ(criterionIds(framework(), QStringLiteral("exchange")),
              (QStringList{QStringLiteral("exchange.membership"), QStringLiteral("exchange.logs")}));

    // Alt+Down at the end of a dimension moves the criterion into the next one.
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    QAction *down = action(QStringLiteral("actionMoveDown"));
    EXPECT_EQ(down->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Down));
    ASSERT_TRUE(down->isEnabled());
    down->trigger();
    EXPECT_EQ(criterionIds(framework(), QStringLiteral("capacity")).first(), QStringLiteral("exchange.logs"));
    EXPECT_EQ(editor->selectedNode().dimensionId, QStringLiteral("capacity"));
    EXPECT_TRUE(document->undoStack()->undoText().contains(QStringLiteral("capacity")));
    // At the very top nothing moves further up.
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.membership")));
    EXPECT_FALSE(action(QStringLiteral("actionMoveUp"))->isEnabled());
}

TEST_F(StructureEditorTest, RemoveAndUndoRestores)
{
    const Framework original = framework();
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.membership")));
    QAction *remove = action(QStringLiteral("actionRemove"));
    EXPECT_EQ(remove->shortcut(), QKeySequence(Qt::Key_Delete));
    remove->trigger();
    EXPECT_EQ(framework().findCriterion(QStringLiteral("exchange.membership")), nullptr);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Remove criterion"));
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    document->undoStack()->undo();
    EXPECT_EQ(framework(), original);

    // A dimension with criteria asks first; "No" keeps it.
    select(FrameworkNode::dimension(QStringLiteral("exchange")));
    bool asked = false;
    const auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, qApp, [&asked, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->button(button)->click();
            }
        });
    };
    answer(QMessageBox::No);
    remove->trigger();
    EXPECT_TRUE(asked);
    EXPECT_EQ(framework(), original);
    asked = false;
    answer(QMessageBox::Yes);
    remove->trigger();
    EXPECT_TRUE(asked);
    EXPECT_EQ(framework().findDimension(QStringLiteral("exchange")), nullptr);
    EXPECT_EQ(framework().criterionCount(), 1);
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::dimension(QStringLiteral("capacity")));
    document->undoStack()->undo();
    EXPECT_EQ(framework(), original);
    EXPECT_EQ(model->rowCount(model->rootIndex()), 2);
    // The selection stays where it was, by id.
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::dimension(QStringLiteral("capacity")));
}

TEST_F(StructureEditorTest, DuplicateAndAddDimensionAreSingleUndoSteps)
{
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    QAction *duplicate = action(QStringLiteral("actionDuplicate"));
    EXPECT_EQ(duplicate->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    const int before = document->undoStack()->count();
    duplicate->trigger();
    EXPECT_EQ(document->undoStack()->count(), before + 1);
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs-copy")));
    EXPECT_EQ(framework().findCriterion(QStringLiteral("exchange.logs-copy"))->rubric,
              framework().findCriterion(QStringLiteral("exchange.logs"))->rubric);

    action(QStringLiteral("actionAddDimension"))->trigger();
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Add dimension"));
    ASSERT_TRUE(editor->selectedNode().isDimension());
    EXPECT_EQ(framework().dimensions[1].id, editor->selectedNode().dimensionId);
    EXPECT_TRUE(document->isInSync());
}

TEST_F(StructureEditorTest, ReadOnlyBannerWhileTheTextHasErrors)
{
    select(FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    auto *banner = child<QLabel>(QStringLiteral("readOnlyBanner"));
    EXPECT_TRUE(banner->isHidden());
    const QString valid = document->text();
    frameworkedit::setText(*document, valid + QStringLiteral("\nbroken: [\n"));
    ASSERT_FALSE(document->isInSync());
    EXPECT_FALSE(banner->isHidden());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("fix them in the YAML tab")));
    // The last valid version is still shown, read-only, with the same selection.
    EXPECT_EQ(model->rowCount(model->rootIndex()), 2);
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("criterionTitle_en"))->text(), QStringLiteral("Message logs kept"));
    EXPECT_FALSE(child<QWidget>(QStringLiteral("criterionForm"))->isEnabled());
    EXPECT_FALSE(action(QStringLiteral("actionAddCriterion"))->isEnabled());
    EXPECT_FALSE(action(QStringLiteral("actionRemove"))->isEnabled());
    EXPECT_FALSE(model->flags(model->indexOf(editor->selectedNode())).testFlag(Qt::ItemIsDragEnabled));

    document->undoStack()->undo();
    EXPECT_TRUE(document->isInSync());
    EXPECT_TRUE(banner->isHidden());
    EXPECT_TRUE(child<QWidget>(QStringLiteral("criterionForm"))->isEnabled());
}

TEST_F(StructureEditorTest, RawTextEditsReachTheFormAndKeepTheSelection)
{
    select(FrameworkNode::criterion(QStringLiteral("capacity"), QStringLiteral("capacity.staff")));
    QString text = document->text();
    text.replace(QStringLiteral("title: ICT staff"), QStringLiteral("title: ICT staff and skills"));
    ASSERT_TRUE(frameworkedit::setText(*document, text));
    EXPECT_EQ(editor->selectedNode(), FrameworkNode::criterion(QStringLiteral("capacity"), QStringLiteral("capacity.staff")));
    EXPECT_EQ(child<QLineEdit>(QStringLiteral("criterionTitle_en"))->text(), QStringLiteral("ICT staff and skills"));
}
