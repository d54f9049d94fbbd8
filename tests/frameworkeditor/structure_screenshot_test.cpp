#include "structure_testsupport.h"

#include <QImage>
#include <QPixmap>
#include <QSplitter>
#include <QTemporaryDir>

using namespace dpi;
using namespace structuretest;

// The Structure tab on a bundled, full-size framework: it loads without a
// banner, the tree holds every criterion, and it renders to an image.
// With DPIW_SHOT_OUT set the image is kept there (docs and reviews).
TEST(StructureEditorScreenshot, BundledFrameworkRenders)
{
    FrameworkDocument document;
    QString error;
    ASSERT_TRUE(document.load(dpitest::sourcePath(QStringLiteral("assessments/technical-feasibility.framework.yaml")), &error))
        << qPrintable(error);
    ASSERT_TRUE(document.isInSync());
    FrameworkStructureEditor editor(&document);
    editor.findChild<QSplitter *>(QStringLiteral("structureSplitter"))->setSizes({400, 740, 420});
    editor.resize(1560, 960);
    editor.show();
    auto *tree = editor.findChild<QTreeView *>(QStringLiteral("structureTree"));
    auto *model = qobject_cast<FrameworkTreeModel *>(tree->model());
    int criteria = 0;
    for (int d = 0; d < model->rowCount(model->rootIndex()); ++d)
        criteria += model->rowCount(model->index(d, 0, model->rootIndex()));
    EXPECT_EQ(criteria, document.framework()->criterionCount());
    EXPECT_TRUE(editor.findChild<QWidget *>(QStringLiteral("readOnlyBanner"))->isHidden());

    editor.selectNode(FrameworkNode::criterion(QStringLiteral("interop"), QStringLiteral("tf.interop.membership")));
    ASSERT_EQ(editor.selectedNode().criterionId, QStringLiteral("tf.interop.membership"));
    QApplication::processEvents();
    const QImage image = editor.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), int(1560 * editor.devicePixelRatioF()));

    const QString out = qEnvironmentVariable("DPIW_SHOT_OUT");
    QTemporaryDir dir;
    const QString path = out.isEmpty() ? dir.filePath(QStringLiteral("structure.png")) : out;
    EXPECT_TRUE(image.save(path)) << qPrintable(path);

    // The framework's own form, kept next to it for review.
    editor.selectNode(FrameworkNode::framework());
    QApplication::processEvents();
    const QImage frameworkImage = editor.grab().toImage();
    ASSERT_FALSE(frameworkImage.isNull());
    if (!out.isEmpty()) {
        EXPECT_TRUE(frameworkImage.save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-framework.png"))));
    }
}
