#include "frameworkdocument.h"
#include "frameworkedits.h"
#include "frameworkreader.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class FrameworkDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("v1.framework.yaml"));
        original = readAll(dpitest::dataPath(QStringLiteral("diff/v1.framework.yaml")));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(original);
        out.close();
        QString error;
        ASSERT_TRUE(document.load(path, &error)) << error.toStdString();
    }

    QTemporaryDir dir;
    QString path;
    QByteArray original;
    FrameworkDocument document;
};

TEST_F(FrameworkDocumentTest, LoadsTextAndParsesIt)
{
    EXPECT_EQ(document.text().toUtf8(), original);
    ASSERT_TRUE(document.framework());
    EXPECT_TRUE(document.isInSync());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.framework()->id, QStringLiteral("mini-interop"));
}

TEST_F(FrameworkDocumentTest, RawEditWithCommentSavesByteForByte)
{
    const QString edited = QStringLiteral("# partner note: keep this\n") + document.text();
    ASSERT_TRUE(frameworkedit::setText(document, edited, QStringLiteral("burst-1")));
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.droppedComments().isEmpty());
    QString error;
    ASSERT_TRUE(document.save(&error)) << error.toStdString();
    EXPECT_EQ(readAll(path), edited.toUtf8());
    EXPECT_FALSE(document.isModified());
}

TEST_F(FrameworkDocumentTest, TextWithErrorsKeepsLastValidFramework)
{
    const Framework before = *document.framework();
    ASSERT_TRUE(frameworkedit::setText(document, document.text() + QStringLiteral("\nversion: [unclosed\n")));
    EXPECT_FALSE(document.isInSync());
    EXPECT_TRUE(document.diagnostics().hasErrors());
    ASSERT_TRUE(document.framework());
    EXPECT_EQ(*document.framework(), before);
    // The form must not overwrite text it could not parse.
    Framework changed = before;
    changed.version = QStringLiteral("9.9.9");
    EXPECT_FALSE(frameworkedit::setFramework(document, changed, QStringLiteral("Edit")));
    document.undoStack()->undo();
    EXPECT_TRUE(document.isInSync());
    EXPECT_FALSE(document.diagnostics().hasErrors());
}

TEST_F(FrameworkDocumentTest, StructuredEditReportsDroppedCommentsAndUndoes)
{
    ASSERT_TRUE(frameworkedit::setText(document, QStringLiteral("# why this weight\n") + document.text()));
    QString error;
    ASSERT_TRUE(document.save(&error));

    Framework changed = *document.framework();
    changed.dimensions.front().criteria.front().weight = 7;
    ASSERT_TRUE(frameworkedit::setFramework(document, changed, QStringLiteral("Weight"), QStringLiteral("w")));
    EXPECT_EQ(document.framework()->dimensions.front().criteria.front().weight, 7);
    EXPECT_TRUE(document.droppedComments().contains(QStringLiteral("# why this weight")));

    document.undoStack()->undo();
    EXPECT_TRUE(document.droppedComments().isEmpty());
    EXPECT_FALSE(document.isModified());
}

TEST_F(FrameworkDocumentTest, TypingInOneFieldIsOneUndoStep)
{
    Framework changed = *document.framework();
    for (const QString &title : {QStringLiteral("A"), QStringLiteral("AB"), QStringLiteral("ABC")}) {
        changed.title.set(QStringLiteral("en"), title);
        ASSERT_TRUE(frameworkedit::setFramework(document, changed, QStringLiteral("Title"),
                                                QStringLiteral("framework/title/en")));
    }
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.text().toUtf8(), original);
}

TEST_F(FrameworkDocumentTest, UnchangedFrameworkPushesNothing)
{
    EXPECT_FALSE(frameworkedit::setFramework(document, *document.framework(), QStringLiteral("Nothing")));
    EXPECT_FALSE(frameworkedit::setText(document, document.text()));
    EXPECT_EQ(document.undoStack()->count(), 0);
}

} // namespace

namespace {

// A structured edit knows its framework at once; the diagnostics of the new
// text follow after a pause, so typing in a form never waits for a parse.
TEST_F(FrameworkDocumentTest, StructuredEditDefersTheParseButNotTheFramework)
{
    int diagnosticsSignals = 0;
    QObject::connect(&document, &FrameworkDocument::diagnosticsChanged, &document, [&] { ++diagnosticsSignals; });
    Framework changed = *document.framework();
    changed.dimensions.front().criteria.front().title.remove(QStringLiteral("ru"));
    ASSERT_TRUE(frameworkedit::setFramework(document, changed, QStringLiteral("Title"), QStringLiteral("t")));
    EXPECT_TRUE(document.isInSync());
    EXPECT_EQ(*document.framework(), changed);
    EXPECT_EQ(diagnosticsSignals, 0);

    QElapsedTimer clock;
    clock.start();
    while (diagnosticsSignals == 0 && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(diagnosticsSignals, 1);
    const FrameworkReadResult reread = readFrameworkText(document.text().toUtf8(), QStringLiteral("x"));
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(document.diagnostics().warningCount(), reread.diagnostics.warningCount());
    EXPECT_EQ(*reread.framework, changed);

    // Undo and redo land on the same states.
    document.undoStack()->undo();
    EXPECT_EQ(document.text().toUtf8(), original);
    document.undoStack()->redo();
    EXPECT_EQ(*document.framework(), changed);
}

} // namespace
