#include "document.h"
#include "scoreedits.h"
#include "testproject.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <vector>

using namespace dpi;

namespace {

class DocumentCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.reset(dpitest::makeTestProject(), QStringLiteral("/tmp/unused.dpi.yaml"));
        QObject::connect(&document, &Document::scoreChanged, &document,
                         [this](const CellRef &changed, ScoreFields fields) {
                             changes.push_back({changed, fields});
                         });
    }

    int entries() const { return document.undoStack()->count(); }

    struct Change
    {
        CellRef cell;
        ScoreFields fields;
    };

    Document document;
    std::vector<Change> changes;
    const CellRef cell{QStringLiteral("education"), QStringLiteral("fw"),
                       QStringLiteral("exchange.membership")};
    const CellRef other{QStringLiteral("health"), QStringLiteral("fw"),
                        QStringLiteral("exchange.membership")};
};

} // namespace

TEST_F(DocumentCommands, ResetIsCleanAndHasNoHistory)
{
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(entries(), 0);
    EXPECT_EQ(document.score(cell), nullptr);
}

TEST_F(DocumentCommands, SetLevelIsOneEntryWithTypedSignal)
{
    ASSERT_TRUE(edit::setLevel(document, cell, 3));
    EXPECT_EQ(entries(), 1);
    ASSERT_NE(document.score(cell), nullptr);
    EXPECT_EQ(document.score(cell)->level, 3);
    EXPECT_FALSE(document.score(cell)->scoredAt.isEmpty());
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].cell, cell);
    EXPECT_TRUE(changes[0].fields.testFlag(ScoreField::Level));
    EXPECT_FALSE(changes[0].fields.testFlag(ScoreField::Notes));
    EXPECT_TRUE(document.isModified());
}

TEST_F(DocumentCommands, SameLevelTwiceGivesNoSecondEntry)
{
    edit::setLevel(document, cell, 2);
    EXPECT_FALSE(edit::setLevel(document, cell, 2));
    EXPECT_EQ(entries(), 1);
}

TEST_F(DocumentCommands, LevelOutsideTheScaleOrUnknownCellIsRefused)
{
    EXPECT_FALSE(edit::setLevel(document, cell, 5));
    EXPECT_FALSE(edit::setLevel(document, cell, -1));
    CellRef unknown = cell;
    unknown.criterionId = QStringLiteral("no.such.criterion");
    EXPECT_FALSE(edit::setLevel(document, unknown, 1));
    unknown = cell;
    unknown.sectorId = QStringLiteral("transport");
    EXPECT_FALSE(edit::setLevel(document, unknown, 1));
    EXPECT_EQ(entries(), 0);
    EXPECT_TRUE(changes.empty());
}

TEST_F(DocumentCommands, UndoRedoRestoresExactValues)
{
    document.setAnalyst(QStringLiteral("A. Analyst"));
    edit::setLevel(document, cell, 1);
    edit::setNotApplicable(document, cell);
    EXPECT_TRUE(document.score(cell)->notApplicable);
    EXPECT_FALSE(document.score(cell)->level.has_value());
    EXPECT_EQ(document.score(cell)->analyst, QStringLiteral("A. Analyst"));

    document.undoStack()->undo();
    EXPECT_EQ(document.score(cell)->level, 1);
    EXPECT_FALSE(document.score(cell)->notApplicable);
    document.undoStack()->undo();
    EXPECT_EQ(document.score(cell), nullptr);
    EXPECT_FALSE(document.isModified());
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_TRUE(document.score(cell)->notApplicable);
}

TEST_F(DocumentCommands, NotApplicableRefusedWhenTheScaleForbidsIt)
{
    Project project = dpitest::makeTestProject();
    project.frameworks[0].framework.scale.allowNotApplicable = false;
    document.reset(project, QStringLiteral("/tmp/unused.dpi.yaml"));
    EXPECT_FALSE(edit::setNotApplicable(document, cell));
    EXPECT_EQ(entries(), 0);
}

TEST_F(DocumentCommands, ClearLevelKeepsEvidenceAndNotes)
{
    edit::setLevel(document, cell, 2);
    edit::addEvidence(document, cell, {QStringLiteral("Catalogue"), {}, {}});
    edit::setNotes(document, cell, QStringLiteral("seen"));
    ASSERT_TRUE(edit::clearLevel(document, cell));
    ASSERT_NE(document.score(cell), nullptr);
    EXPECT_FALSE(document.score(cell)->isScored());
    EXPECT_EQ(document.score(cell)->evidence.size(), 1u);
    EXPECT_EQ(document.score(cell)->notes, QStringLiteral("seen"));
    EXPECT_FALSE(edit::clearLevel(document, cell)) << "clearing twice is a no-op";
}

TEST_F(DocumentCommands, EmptiedScoreDisappearsFromTheModel)
{
    edit::setLevel(document, cell, 2);
    edit::clearLevel(document, cell);
    EXPECT_EQ(document.score(cell), nullptr);
    EXPECT_TRUE(document.project().sectors[0].scores.empty());
}

TEST_F(DocumentCommands, TypingNotesMergesIntoOneEntry)
{
    edit::setNotes(document, cell, QStringLiteral("M"));
    edit::setNotes(document, cell, QStringLiteral("Mi"));
    edit::setNotes(document, cell, QStringLiteral("Min"));
    EXPECT_EQ(entries(), 1);
    EXPECT_EQ(document.score(cell)->notes, QStringLiteral("Min"));
    document.undoStack()->undo();
    EXPECT_EQ(document.score(cell), nullptr);
    document.undoStack()->redo();
    EXPECT_EQ(document.score(cell)->notes, QStringLiteral("Min"));
}

TEST_F(DocumentCommands, TypingAndErasingLeavesNoEntry)
{
    edit::setNotes(document, cell, QStringLiteral("x"));
    edit::setNotes(document, cell, QString());
    EXPECT_EQ(entries(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST_F(DocumentCommands, NotesDoNotMergeAcrossCellsFieldsOrASave)
{
    edit::setNotes(document, cell, QStringLiteral("a"));
    edit::setNotes(document, other, QStringLiteral("b"));
    EXPECT_EQ(entries(), 2);
    edit::setRecommendation(document, other, QStringLiteral("c"));
    EXPECT_EQ(entries(), 3);
    document.undoStack()->setClean();
    edit::setRecommendation(document, other, QStringLiteral("cd"));
    EXPECT_EQ(entries(), 4) << "an edit after saving must stay undoable back to the saved state";
    document.undoStack()->undo();
    EXPECT_FALSE(document.isModified());
}

TEST_F(DocumentCommands, EvidenceAddEditMoveRemove)
{
    EXPECT_FALSE(edit::addEvidence(document, cell, {})) << "empty items are refused";
    edit::addEvidence(document, cell, {QStringLiteral("one"), {}, {}});
    edit::addEvidence(document, cell, {QStringLiteral("two"), QStringLiteral("https://example.org/"), QStringLiteral("2024-05-01")});
    edit::addEvidence(document, cell, {QStringLiteral("zero"), {}, {}}, 0);
    EXPECT_EQ(entries(), 3);
    auto texts = [this] {
        QStringList out;
        for (const auto &item : document.score(cell)->evidence)
            out << item.text;
        return out.join(QLatin1Char(','));
    };
    EXPECT_EQ(texts(), QStringLiteral("zero,one,two"));

    edit::editEvidence(document, cell, 1, {QStringLiteral("one!"), {}, {}});
    edit::editEvidence(document, cell, 1, {QStringLiteral("one!!"), {}, {}});
    EXPECT_EQ(entries(), 4) << "edits of one item merge";
    edit::editEvidence(document, cell, 2, {QStringLiteral("two!"), {}, {}});
    EXPECT_EQ(entries(), 5) << "edits of another item do not";

    EXPECT_TRUE(edit::moveEvidence(document, cell, 0, 2));
    EXPECT_EQ(texts(), QStringLiteral("one!!,two!,zero"));
    EXPECT_FALSE(edit::moveEvidence(document, cell, 1, 1));
    EXPECT_FALSE(edit::moveEvidence(document, cell, 0, 3));
    EXPECT_TRUE(edit::removeEvidence(document, cell, 1));
    EXPECT_EQ(texts(), QStringLiteral("one!!,zero"));
    EXPECT_FALSE(edit::removeEvidence(document, cell, 5));
    EXPECT_EQ(entries(), 7);

    document.undoStack()->undo(); // remove
    document.undoStack()->undo(); // move
    EXPECT_EQ(texts(), QStringLiteral("zero,one!!,two!"));
    for (const auto &change : changes)
        EXPECT_TRUE(change.fields.testFlag(ScoreField::Evidence));
}

TEST_F(DocumentCommands, ConfidenceIsOneEntry)
{
    EXPECT_TRUE(edit::setConfidence(document, cell, Confidence::High));
    EXPECT_FALSE(edit::setConfidence(document, cell, Confidence::High));
    EXPECT_EQ(entries(), 1);
    EXPECT_EQ(document.score(cell)->confidence, Confidence::High);
}

TEST_F(DocumentCommands, ReplaceProjectIsOneUndoStep)
{
    int replaced = 0;
    QObject::connect(&document, &Document::projectReplaced, &document, [&replaced] { ++replaced; });
    edit::setLevel(document, cell, 4);
    const Project before = document.project();
    Project imported = before;
    imported.sectors[1].scores[QStringLiteral("fw")][QStringLiteral("exchange.logs")].level = 2;
    imported.sectors[0].scores.clear();

    ASSERT_TRUE(edit::replaceProject(document, imported, QStringLiteral("Import CSV")));
    EXPECT_FALSE(edit::replaceProject(document, imported, QStringLiteral("again"))) << "no-op";
    EXPECT_EQ(entries(), 2);
    EXPECT_EQ(replaced, 1);
    EXPECT_TRUE(document.project() == imported);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Import CSV"));
    document.undoStack()->undo();
    EXPECT_TRUE(document.project() == before);
    EXPECT_EQ(replaced, 2);
}

TEST_F(DocumentCommands, ModifiedFollowsTheCleanState)
{
    std::vector<bool> states;
    QObject::connect(&document, &Document::modifiedChanged, &document,
                     [&states](bool modified) { states.push_back(modified); });
    edit::setLevel(document, cell, 1);
    document.undoStack()->undo();
    ASSERT_EQ(states.size(), 2u);
    EXPECT_TRUE(states[0]);
    EXPECT_FALSE(states[1]);
}

TEST_F(DocumentCommands, UnsavedNewProjectIsModified)
{
    document.reset(dpitest::makeTestProject());
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
    QString error;
    EXPECT_FALSE(document.save(&error));
    EXPECT_FALSE(error.isEmpty());
}
