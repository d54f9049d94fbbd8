// Map edits live in the undo layer and act on the Document by map id: they
// undo and redo with no map widget at all (this suite links no widget code).
#include "document.h"
#include "mapedits.h"
#include "owmreader.h"
#include "testproject.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <vector>

using namespace dpi;

namespace {

WardleyMap teaMap()
{
    WardleyMap map = parseOwm(QStringLiteral("title Tea\n"
                                             "anchor Business [0.95, 0.63]\n"
                                             "component Cup of Tea [0.79, 0.61]\n"
                                             "component Kettle [0.43, 0.35]\n"
                                             "component Power [0.1, 0.7]\n"
                                             "Business->Cup of Tea\n"
                                             "Cup of Tea->Kettle\n"
                                             "Kettle->Power\n"),
                              QStringLiteral("tea.owm"))
                         .map;
    map.id = QStringLiteral("tea");
    return map;
}

class MapEdits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Project project = dpitest::makeTestProject();
        project.maps.push_back(teaMap());
        WardleyMap second;
        second.id = QStringLiteral("second");
        second.title = LocalizedText(QStringLiteral("Second"));
        project.maps.push_back(second);
        document.reset(project, QStringLiteral("/tmp/unused.dpi.yaml"));
        QObject::connect(&document, &Document::mapChanged, &document,
                         [this](const QString &mapId) { changed.push_back(mapId); });
    }

    const WardleyMap &tea() const { return *document.map(kTea); }
    QString idOf(const char *name) const { return tea().findComponentByName(QString::fromUtf8(name))->id; }
    QUndoStack &stack() const { return *document.undoStack(); }

    const QString kTea = QStringLiteral("tea");
    Document document;
    std::vector<QString> changed;
};

} // namespace

TEST_F(MapEdits, EditsUndoAndRedoWithoutAnyWidget)
{
    const WardleyMap original = tea();
    const QString kettle = idOf("Kettle");

    ASSERT_TRUE(mapedit::moveElements(document, kTea, {{{MapElementRef::Component, kettle, 0}, {0.5, 0.6}}}));
    ASSERT_TRUE(mapedit::renameComponent(document, kTea, kettle, QStringLiteral("Boiler")));
    const QString note = mapedit::addNote(document, kTea, {0.2, 0.2});
    ASSERT_FALSE(note.isEmpty());
    ASSERT_TRUE(mapedit::setDecorator(document, kTea, kettle, MapDecorator::Buy, true));
    EXPECT_EQ(stack().count(), 4);
    EXPECT_EQ(changed, std::vector<QString>(4, kTea));

    const WardleyComponent *boiler = tea().findComponent(kettle);
    ASSERT_NE(boiler, nullptr);
    EXPECT_EQ(boiler->name, QStringLiteral("Boiler"));
    EXPECT_EQ(boiler->position, (WardleyPosition{0.5, 0.6}));
    EXPECT_TRUE(boiler->decorators.buy);
    EXPECT_EQ(tea().links[1].to, QStringLiteral("Boiler"));
    EXPECT_EQ(tea().notes.back().text, QStringLiteral("Note"));
    const WardleyMap edited = tea();

    stack().undo();
    stack().undo();
    EXPECT_TRUE(tea().notes.empty());
    EXPECT_FALSE(tea().findComponent(kettle)->decorators.buy);
    EXPECT_EQ(tea().findComponent(kettle)->name, QStringLiteral("Boiler"));
    stack().undo();
    stack().undo();
    EXPECT_EQ(tea(), original);
    EXPECT_FALSE(document.isModified());

    while (stack().canRedo())
        stack().redo();
    EXPECT_EQ(tea(), edited);
    // Nothing else in the project moved.
    EXPECT_EQ(document.project().maps.size(), 2u);
    EXPECT_EQ(document.project().maps[1].id, QStringLiteral("second"));
}

TEST_F(MapEdits, EditsThatChangeNothingPushNothing)
{
    const QString kettle = idOf("Kettle");
    const QString power = idOf("Power");
    const WardleyPosition at = tea().findComponent(kettle)->position;
    EXPECT_FALSE(mapedit::moveElements(document, kTea, {{{MapElementRef::Component, kettle, 0}, at}}));
    EXPECT_FALSE(mapedit::renameComponent(document, kTea, kettle, QStringLiteral(" Kettle ")));
    EXPECT_FALSE(mapedit::addLink(document, kTea, kettle, power)); // exists
    EXPECT_FALSE(mapedit::addLink(document, kTea, kettle, kettle));
    EXPECT_FALSE(mapedit::setInertia(document, kTea, kettle, false));
    EXPECT_FALSE(mapedit::addEvolve(document, kTea, idOf("Business"))); // an anchor
    EXPECT_FALSE(mapedit::removeElements(document, kTea, {{MapElementRef::Note, QStringLiteral("nope"), 0}}));
    EXPECT_FALSE(mapedit::replaceFromText(document, kTea, parseOwm(QStringLiteral("title Tea\n"
                                                                                  "anchor Business [0.95, 0.63]\n"
                                                                                  "component Cup of Tea [0.79, 0.61]\n"
                                                                                  "component Kettle [0.43, 0.35]\n"
                                                                                  "component Power [0.1, 0.7]\n"
                                                                                  "Business->Cup of Tea\n"
                                                                                  "Cup of Tea->Kettle\n"
                                                                                  "Kettle->Power\n"),
                                                                   QStringLiteral("tea.owm"))
                                                              .map));
    EXPECT_FALSE(mapedit::retitleMap(document, kTea, QStringLiteral("  Tea ")));
    // An unknown map is refused, not created.
    EXPECT_TRUE(mapedit::addComponent(document, QStringLiteral("nope"), {0.5, 0.5}).isEmpty());
    EXPECT_FALSE(mapedit::removeMap(document, QStringLiteral("nope")));
    EXPECT_EQ(stack().count(), 0);
    EXPECT_TRUE(changed.empty());
    EXPECT_EQ(document.project().maps.size(), 2u);
}

TEST_F(MapEdits, TextEditKeepsIdsAndCriteriaAsOneEntry)
{
    const QString kettle = idOf("Kettle");
    WardleyMap linked = tea();
    linked.findComponent(kettle)->criteria << QStringLiteral("fw/exchange.logs");
    ASSERT_TRUE(mapedit::replaceMap(document, linked, QStringLiteral("Link criterion")));

    const WardleyMap parsed = parseOwm(QStringLiteral("title Tea\ncomponent Kettle [0.3, 0.9]\ncomponent Filter [0.2, 0.5]\n"),
                                       QStringLiteral("tea.owm"))
                                  .map;
    ASSERT_TRUE(mapedit::replaceFromText(document, kTea, parsed));
    EXPECT_EQ(stack().count(), 2);
    EXPECT_EQ(tea().id, kTea);
    ASSERT_NE(tea().findComponent(kettle), nullptr);
    EXPECT_EQ(tea().findComponent(kettle)->criteria, QStringList{QStringLiteral("fw/exchange.logs")});
    EXPECT_TRUE(tea().findComponentByName(QStringLiteral("Filter")));
    stack().undo();
    EXPECT_EQ(tea(), linked);
}

TEST_F(MapEdits, AddRetitleAndRemoveMapsAreOneEntryEach)
{
    const Project original = document.project();
    const QString added = mapedit::addMap(document);
    EXPECT_EQ(added, QStringLiteral("map-1"));
    ASSERT_NE(document.map(added), nullptr);
    EXPECT_EQ(document.map(added)->title.text(), QStringLiteral("New map 1"));
    EXPECT_EQ(document.mapIndex(added), 2);

    ASSERT_TRUE(mapedit::retitleMap(document, kTea, QStringLiteral("Tea, 2024")));
    EXPECT_EQ(tea().title.text(), QStringLiteral("Tea, 2024"));
    ASSERT_TRUE(mapedit::removeMap(document, kTea));
    EXPECT_EQ(document.map(kTea), nullptr);
    EXPECT_EQ(stack().count(), 3);
    EXPECT_EQ(changed, (std::vector<QString>{added, kTea, kTea}));

    // Undo puts the deleted map back in its place, with its new title.
    stack().undo();
    ASSERT_EQ(document.mapIndex(kTea), 0);
    EXPECT_EQ(tea().title.text(), QStringLiteral("Tea, 2024"));
    stack().undo();
    stack().undo();
    EXPECT_TRUE(document.project() == original);
    EXPECT_FALSE(document.isModified());
}

TEST_F(MapEdits, EditsOfAMapSurviveTheUndoOfLaterMapsAdded)
{
    // An edit is recorded by map id: other maps coming and going do not disturb it.
    const QString kettle = idOf("Kettle");
    ASSERT_TRUE(mapedit::setInertia(document, kTea, kettle, true));
    const QString added = mapedit::addMap(document, QStringLiteral("Later"));
    ASSERT_TRUE(mapedit::removeMap(document, QStringLiteral("second")));
    stack().undo();
    stack().undo();
    EXPECT_EQ(document.map(added), nullptr);
    EXPECT_TRUE(tea().findComponent(kettle)->inertia);
    stack().undo();
    EXPECT_FALSE(tea().findComponent(kettle)->inertia);
    stack().redo();
    stack().redo();
    EXPECT_EQ(document.map(added)->title.text(), QStringLiteral("Later"));
    EXPECT_TRUE(tea().findComponent(kettle)->inertia);
}

TEST_F(MapEdits, ExplanationIsOneUndoStepAndSurvivesTheTextPane)
{
    LocalizedText explanation;
    explanation.set(QStringLiteral("en"), QStringLiteral("Tea needs a kettle.\n\nPower is a commodity."));
    explanation.set(QStringLiteral("ru"), QStringLiteral("Для чая нужен чайник."));
    ASSERT_TRUE(mapedit::setExplanation(document, kTea, explanation));
    EXPECT_FALSE(mapedit::setExplanation(document, kTea, explanation)) << "no change, no entry";
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(tea().explanation, explanation);

    // The OWM text cannot hold it: a re-read from the text pane keeps it.
    ASSERT_TRUE(mapedit::replaceFromText(document, kTea, parseOwm(QStringLiteral("title Tea\n"
                                                                                  "anchor Business [0.95, 0.63]\n"
                                                                                  "component Cup of Tea [0.79, 0.61]\n"
                                                                                  "component Kettle [0.43, 0.45]\n"),
                                                                   QStringLiteral("tea.owm"))
                                                              .map));
    EXPECT_EQ(tea().explanation, explanation);

    stack().undo();
    stack().undo();
    EXPECT_TRUE(tea().explanation.isEmpty());
    stack().redo();
    EXPECT_EQ(tea().explanation, explanation);
}
