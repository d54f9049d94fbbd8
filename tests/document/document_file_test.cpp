#include "document.h"
#include "projectreader.h"
#include "scoreedits.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

const CellRef kCell{QStringLiteral("healthcare"), QStringLiteral("mini-interop"), QStringLiteral("exchange.logs")};

} // namespace

TEST(DocumentFile, LoadEditSaveReload)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    Document document;
    Diagnostics diagnostics;
    ASSERT_TRUE(document.load(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")), &diagnostics))
        << diagnostics.toString().toStdString();
    EXPECT_FALSE(document.isModified());
    ASSERT_NE(document.score(kCell), nullptr);
    EXPECT_EQ(document.score(kCell)->level, 4);

    edit::setLevel(document, kCell, 1);
    edit::addEvidence(document, kCell, {QStringLiteral("Log review minutes"), QStringLiteral("https://example.org/minutes"), QStringLiteral("2024-06-01")});
    edit::setRecommendation(document, kCell, QStringLiteral("Review logs monthly."));
    EXPECT_EQ(document.undoStack()->count(), 3);

    const QString path = directory.filePath(QStringLiteral("copy.dpi.yaml"));
    int savedSignals = 0;
    QObject::connect(&document, &Document::saved, &document, [&savedSignals] { ++savedSignals; });
    QString error;
    ASSERT_TRUE(document.saveAs(path, &error)) << error.toStdString();
    EXPECT_EQ(savedSignals, 1);
    EXPECT_EQ(document.filePath(), path);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), 3) << "saving keeps the history";

    ProjectReadResult reread = readProjectFile(path);
    ASSERT_TRUE(reread.ok()) << reread.diagnostics.toString().toStdString();
    EXPECT_TRUE(*reread.project == document.project());
    const Score *score = reread.project->findSector(kCell.sectorId)->score(kCell.frameworkId, kCell.criterionId);
    ASSERT_NE(score, nullptr);
    EXPECT_EQ(score->level, 1);
    ASSERT_EQ(score->evidence.size(), 1u);
    EXPECT_EQ(score->evidence[0].url, QStringLiteral("https://example.org/minutes"));
    EXPECT_EQ(score->recommendation, QStringLiteral("Review logs monthly."));

    // Undo after the save: modified again, and the saved file is untouched.
    document.undoStack()->undo();
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(*readProjectFile(path).project == *reread.project);
}

TEST(DocumentFile, BrokenFileLeavesTheDocumentAlone)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    Document document;
    ASSERT_TRUE(document.load(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")), nullptr));
    edit::setLevel(document, kCell, 2);
    const Project before = document.project();

    const QString broken = directory.filePath(QStringLiteral("broken.dpi.yaml"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("schema: dpi-workbench/project/1\ntitle: [unclosed\n");
    file.close();

    Diagnostics diagnostics;
    EXPECT_FALSE(document.load(broken, &diagnostics));
    ASSERT_TRUE(diagnostics.hasErrors());
    EXPECT_TRUE(diagnostics.items().front().toString().startsWith(broken + QLatin1Char(':')))
        << diagnostics.toString().toStdString();
    EXPECT_GT(diagnostics.items().front().line, 0);
    EXPECT_TRUE(document.project() == before);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.filePath(), dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
}

TEST(DocumentFile, SaveToAnUnwritablePlaceFailsAndKeepsState)
{
    Document document;
    ASSERT_TRUE(document.load(dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")), nullptr));
    edit::setLevel(document, kCell, 2);
    QString error;
    EXPECT_FALSE(document.saveAs(QStringLiteral("/nonexistent-dir/x/y.dpi.yaml"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.filePath(), dpitest::dataPath(QStringLiteral("valid/mini.dpi.yaml")));
}
