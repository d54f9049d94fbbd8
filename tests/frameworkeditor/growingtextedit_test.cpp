#include "frameworkeditor/growingtextedit.h"
#include "structure_testsupport.h"

#include <QScrollBar>
#include <QTreeView>
#include <QTextBlock>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace dpi;
using structuretest::readText;

namespace {

// The widest laid-out line of the edit, in pixels.
qreal widestLine(const QPlainTextEdit &edit)
{
    qreal widest = 0;
    for (QTextBlock block = edit.document()->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i)
            widest = std::max(widest, layout->lineAt(i).naturalTextWidth());
    }
    return widest;
}

} // namespace

// Text longer than an edit may grow gets a scroll bar, and its lines wrap
// beside the bar rather than running underneath: the bundled technical
// framework's long guidance texts, in the columns of a window of ordinary size.
TEST(GrowingTextEdit, FormTextsNeverRunUnderAScrollBar)
{
    FrameworkDocument document;
    document.reset(readText(
        dpitest::sourcePath(QStringLiteral("assessments/technical-feasibility.framework.yaml"))));
    ASSERT_TRUE(document.isInSync());
    FrameworkStructureEditor editor(&document);
    editor.resize(1560, 860);
    editor.show();
    auto *tree = editor.findChild<QTreeView *>(QStringLiteral("structureTree"));
    ASSERT_NE(tree, nullptr);
    auto *model = qobject_cast<FrameworkTreeModel *>(tree->model());
    tree->setCurrentIndex(model->indexOf(FrameworkNode::criterion(QStringLiteral("interop"), QStringLiteral("tf.interop.membership"))));
    workbenchtest::spin(100);
    int withScrollBar = 0;
    for (GrowingTextEdit *edit : editor.findChildren<GrowingTextEdit *>()) {
        if (!edit->isVisible() || !edit->verticalScrollBar()->isVisible())
            continue;
        ++withScrollBar;
        EXPECT_LE(widestLine(*edit), edit->viewport()->width()) << edit->toPlainText().left(40).toStdString();
    }
    EXPECT_GT(withScrollBar, 0);
}
