// frameworkedit::replaceText: an edit made in the text itself (the framework
// editor's header patches for "Save as New Version" and variants).
#include "frameworkdocument.h"
#include "frameworkedits.h"
#include "testpaths.h"

#include <QFile>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

QString sampleText()
{
    QFile file(dpitest::dataPath(QStringLiteral("diff/v1.framework.yaml")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(FrameworkEdits, ReplaceTextIsOneLabelledStepThatNeverMerges)
{
    FrameworkDocument document;
    const QString original = sampleText();
    ASSERT_FALSE(original.isEmpty());
    document.reset(original, QStringLiteral("/tmp/unused.framework.yaml"));
    QUndoStack *stack = document.undoStack();

    // Typing, then a patch, then more typing with the same burst key: three steps.
    const QString typed = original + QStringLiteral("# a\n");
    ASSERT_TRUE(frameworkedit::setText(document, typed, QStringLiteral("burst-1")));
    const QString patched = QStringLiteral("# patched in place\n") + typed;
    ASSERT_TRUE(frameworkedit::replaceText(document, patched, QStringLiteral("New Version 1.1.0")));
    ASSERT_TRUE(frameworkedit::setText(document, patched + QStringLiteral("# b\n"), QStringLiteral("burst-1")));
    ASSERT_EQ(stack->count(), 3);
    EXPECT_EQ(stack->text(1), QStringLiteral("New Version 1.1.0"));

    // The same text again is no step at all.
    EXPECT_FALSE(frameworkedit::replaceText(document, document.text(), QStringLiteral("Nothing")));
    EXPECT_EQ(stack->count(), 3);

    stack->undo();
    EXPECT_EQ(document.text(), patched);
    stack->undo();
    EXPECT_EQ(document.text(), typed);
    stack->redo();
    EXPECT_EQ(document.text(), patched);
}
