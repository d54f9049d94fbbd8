// The findingsedit::, actionedit:: and contextedit:: verbs: each edit is one
// undo entry acting on the Document by sector id and item index; undo and
// redo restore exactly; typing merges; edits that change nothing push nothing.

#include "conclusionsedits.h"
#include "document.h"
#include "scoreedits.h"
#include "testproject.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

const QString kEducation = QStringLiteral("education");
const QString kOverall;

Finding finding(const QString &text)
{
    Finding item;
    item.text = LocalizedText(text);
    return item;
}

ActionItem action(const QString &text, ActionPriority priority = ActionPriority::Medium)
{
    ActionItem item;
    item.text = LocalizedText(text);
    item.priority = priority;
    return item;
}

class ConclusionsCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.reset(dpitest::makeTestProject(), QStringLiteral("/tmp/unused.dpi.yaml"));
        QObject::connect(&document, &Document::conclusionsChanged, &document,
                         [this](const QString &sectorId) { changed << sectorId; });
    }

    const Conclusions &education() const { return *document.conclusions(kEducation); }
    QUndoStack &stack() const { return *document.undoStack(); }

    Document document;
    QStringList changed;
};

TEST_F(ConclusionsCommands, AddRemoveFindingsAndStrengthsUndoRedo)
{
    using findingsedit::List;
    EXPECT_TRUE(findingsedit::add(document, kEducation, List::Findings, finding(QStringLiteral("A"))));
    EXPECT_TRUE(findingsedit::add(document, kEducation, List::Findings, finding(QStringLiteral("B")), 0));
    EXPECT_TRUE(findingsedit::add(document, kEducation, List::Strengths, finding(QStringLiteral("S"))));
    ASSERT_EQ(education().findings.size(), 2u);
    EXPECT_EQ(education().findings[0].text.text(), QStringLiteral("B"));
    EXPECT_EQ(education().strengths.size(), 1u);
    EXPECT_EQ(stack().count(), 3);
    EXPECT_EQ(changed, QStringList({kEducation, kEducation, kEducation}));
    EXPECT_EQ(stack().undoText(), QStringLiteral("Add Strength"));

    EXPECT_TRUE(findingsedit::remove(document, kEducation, List::Findings, 0));
    ASSERT_EQ(education().findings.size(), 1u);
    EXPECT_EQ(education().findings[0].text.text(), QStringLiteral("A"));
    stack().undo();
    ASSERT_EQ(education().findings.size(), 2u);
    EXPECT_EQ(education().findings[0].text.text(), QStringLiteral("B"));
    stack().redo();
    EXPECT_EQ(education().findings.size(), 1u);

    // Out of range or unknown sector: nothing pushed.
    const int before = stack().count();
    EXPECT_FALSE(findingsedit::remove(document, kEducation, List::Findings, 5));
    EXPECT_FALSE(findingsedit::add(document, QStringLiteral("nowhere"), List::Findings, finding(QStringLiteral("X"))));
    EXPECT_FALSE(findingsedit::add(document, kEducation, List::Findings, finding(QStringLiteral("X")), 7));
    EXPECT_EQ(stack().count(), before);
    // The health sector and the assessment-wide lists were never touched.
    EXPECT_TRUE(document.conclusions(QStringLiteral("health"))->isEmpty());
    EXPECT_TRUE(document.conclusions(kOverall)->isEmpty());
}

TEST_F(ConclusionsCommands, TypingMergesIntoOneEntryPerFieldAndLanguage)
{
    using findingsedit::List;
    findingsedit::add(document, kOverall, List::Findings, Finding());
    const int afterAdd = stack().count();
    EXPECT_TRUE(findingsedit::setText(document, kOverall, List::Findings, 0, QStringLiteral("en"), QStringLiteral("F")));
    EXPECT_TRUE(findingsedit::setText(document, kOverall, List::Findings, 0, QStringLiteral("en"), QStringLiteral("Fi")));
    EXPECT_TRUE(findingsedit::setText(document, kOverall, List::Findings, 0, QStringLiteral("en"), QStringLiteral("Find")));
    EXPECT_EQ(stack().count(), afterAdd + 1);
    EXPECT_TRUE(findingsedit::setText(document, kOverall, List::Findings, 0, QStringLiteral("ru"), QStringLiteral("Вывод")));
    EXPECT_EQ(stack().count(), afterAdd + 2);
    const Finding &item = document.conclusions(kOverall)->findings[0];
    EXPECT_EQ(item.text.exact(QStringLiteral("en")), QStringLiteral("Find"));
    EXPECT_EQ(item.text.exact(QStringLiteral("ru")), QStringLiteral("Вывод"));
    EXPECT_EQ(changed.last(), kOverall);
    stack().undo();
    stack().undo();
    EXPECT_TRUE(document.conclusions(kOverall)->findings[0].text.isEmpty());
    // The same text again changes nothing.
    stack().redo();
    EXPECT_FALSE(findingsedit::setText(document, kOverall, List::Findings, 0, QStringLiteral("en"), QStringLiteral("Find")));
    // Clearing a language removes it.
    EXPECT_TRUE(findingsedit::setText(document, kOverall, List::Findings, 0, QStringLiteral("en"), QString()));
    EXPECT_FALSE(document.conclusions(kOverall)->findings[0].text.has(QStringLiteral("en")));
}

TEST_F(ConclusionsCommands, EveryActionFieldIsOneUndoableEdit)
{
    ASSERT_TRUE(actionedit::add(document, kEducation, action(QStringLiteral("Publish data"))));
    const ActionItem original = education().actions[0];
    const CriterionLink link{QStringLiteral("fw"), QStringLiteral("exchange.logs")};

    EXPECT_TRUE(actionedit::setPriority(document, kEducation, 0, ActionPriority::High));
    EXPECT_TRUE(actionedit::setOwner(document, kEducation, 0, QStringLiteral("en"), QStringLiteral("Ministry")));
    EXPECT_TRUE(actionedit::setHorizon(document, kEducation, 0, ActionHorizon::Short));
    EXPECT_TRUE(actionedit::setLinks(document, kEducation, 0, {link}));
    EXPECT_TRUE(actionedit::setCost(document, kEducation, 0, QStringLiteral("en"), QStringLiteral("Low")));
    EXPECT_TRUE(actionedit::setText(document, kEducation, 0, QStringLiteral("en"), QStringLiteral("Publish all data")));
    EXPECT_EQ(stack().count(), 7);
    const ActionItem edited = education().actions[0];
    EXPECT_EQ(edited.priority, ActionPriority::High);
    EXPECT_EQ(edited.owner.text(), QStringLiteral("Ministry"));
    EXPECT_EQ(edited.horizon, ActionHorizon::Short);
    ASSERT_EQ(edited.links.size(), 1u);
    EXPECT_EQ(edited.links[0], link);
    EXPECT_EQ(edited.cost.text(), QStringLiteral("Low"));
    EXPECT_EQ(edited.text.text(), QStringLiteral("Publish all data"));
    EXPECT_TRUE(edited.text.isPlain()); // English text stays a plain string in the file

    EXPECT_FALSE(actionedit::setPriority(document, kEducation, 0, ActionPriority::High));
    EXPECT_FALSE(actionedit::setHorizon(document, kEducation, 3, ActionHorizon::Long));

    for (int i = 0; i < 6; ++i)
        stack().undo();
    EXPECT_EQ(education().actions[0], original);
    for (int i = 0; i < 6; ++i)
        stack().redo();
    EXPECT_EQ(education().actions[0], edited);
}

TEST_F(ConclusionsCommands, MoveUpAndDownKeepsTheItems)
{
    for (const char *text : {"one", "two", "three"})
        actionedit::add(document, kEducation, action(QString::fromLatin1(text)));
    EXPECT_TRUE(actionedit::move(document, kEducation, 2, 0));
    EXPECT_EQ(education().actions[0].text.text(), QStringLiteral("three"));
    EXPECT_EQ(education().actions[1].text.text(), QStringLiteral("one"));
    EXPECT_FALSE(actionedit::move(document, kEducation, 0, 3));
    EXPECT_FALSE(actionedit::move(document, kEducation, 1, 1));
    stack().undo();
    EXPECT_EQ(education().actions[0].text.text(), QStringLiteral("one"));
    EXPECT_EQ(education().actions[2].text.text(), QStringLiteral("three"));

    findingsedit::add(document, kEducation, findingsedit::List::Strengths, finding(QStringLiteral("a")));
    findingsedit::add(document, kEducation, findingsedit::List::Strengths, finding(QStringLiteral("b")));
    EXPECT_TRUE(findingsedit::move(document, kEducation, findingsedit::List::Strengths, 0, 1));
    EXPECT_EQ(education().strengths[0].text.text(), QStringLiteral("b"));
    EXPECT_TRUE(actionedit::remove(document, kEducation, 1));
    EXPECT_EQ(education().actions.size(), 2u);
}

TEST_F(ConclusionsCommands, RecommendationsBecomeActionsAsOneUndoStep)
{
    const CellRef cell{kEducation, QStringLiteral("fw"), QStringLiteral("exchange.logs")};
    ASSERT_TRUE(edit::setLevel(document, cell, 2));
    ASSERT_TRUE(edit::setRecommendation(document, cell, QStringLiteral("Review the logs monthly.")));
    const Project before = document.project();
    const int entries = stack().count();

    EXPECT_EQ(actionedit::upgradeRecommendations(document), 1);
    EXPECT_EQ(stack().count(), entries + 1);
    ASSERT_EQ(education().actions.size(), 1u);
    EXPECT_EQ(education().actions[0].text.text(), QStringLiteral("Review the logs monthly."));
    EXPECT_EQ(education().actions[0].links[0].criterionId, QStringLiteral("exchange.logs"));
    EXPECT_TRUE(document.score(cell)->recommendation.isEmpty());
    EXPECT_EQ(document.score(cell)->level, 2);
    EXPECT_EQ(actionedit::upgradeRecommendations(document), 0);
    EXPECT_EQ(stack().count(), entries + 1);

    stack().undo();
    EXPECT_EQ(document.project(), before);
}

TEST_F(ConclusionsCommands, ContextTextAndSources)
{
    QStringList contextChanges;
    QObject::connect(&document, &Document::contextChanged, &document, [&] { contextChanges << QStringLiteral("c"); });
    EXPECT_TRUE(contextedit::setText(document, QStringLiteral("en"), QStringLiteral("The exchange")));
    EXPECT_TRUE(contextedit::setText(document, QStringLiteral("en"), QStringLiteral("The exchange platform")));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_TRUE(contextedit::setSources(document, {{QStringLiteral("Strategy"), QStringLiteral("https://example.org/s")}}));
    EXPECT_FALSE(contextedit::setSources(document, {{QStringLiteral("No URL"), QString()}}));
    EXPECT_EQ(stack().count(), 2);
    EXPECT_EQ(document.project().context.text.text(), QStringLiteral("The exchange platform"));
    EXPECT_EQ(document.project().context.sources.size(), 1u);
    EXPECT_EQ(contextChanges.size(), 3);
    stack().undo();
    stack().undo();
    EXPECT_TRUE(document.project().context.isEmpty());
}

} // namespace
