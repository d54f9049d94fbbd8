// The map edits as pure functions (model/wardley/mapops.h): what the undo
// layer records and what the canvas previews during a drag.
#include "mapops.h"
#include "owmreader.h"
#include "qtprinters.h"

#include <gtest/gtest.h>

using namespace dpi;

namespace {

WardleyMap parsed(const char *text)
{
    const OwmParseResult result = parseOwm(QString::fromUtf8(text), QStringLiteral("m.owm"));
    EXPECT_FALSE(result.diagnostics.hasErrors());
    return result.map;
}

// A kettle with a pipeline of two children, an evolve arrow, links both ways,
// a two-place annotation, a note and an accelerator.
WardleyMap kitchen()
{
    return parsed("anchor Cook [0.95, 0.5]\n"
                  "component Kettle [0.45, 0.57]\n"
                  "pipeline Kettle\n"
                  "{\n"
                  "  component Campfire Kettle [0.50]\n"
                  "  component Electric Kettle [0.63]\n"
                  "}\n"
                  "component Power [0.2, 0.8]\n"
                  "evolve Kettle 0.8\n"
                  "Cook->Kettle\n"
                  "Kettle->Power\n"
                  "annotation 1 [[0.4,0.5],[0.1,0.7]] Two places\n"
                  "annotation 4 [0.3, 0.3] Four\n"
                  "note Boil first [0.2, 0.3]\n"
                  "accelerator Rules [0.25, 0.2]\n");
}

QString idOf(const WardleyMap &map, const char *name)
{
    const WardleyComponent *c = map.findComponentByName(QString::fromUtf8(name));
    EXPECT_TRUE(c) << name;
    return c ? c->id : QString();
}

} // namespace

TEST(MapOps, MoveElementMovesEachKindItsOwnWay)
{
    WardleyMap map = kitchen();
    const QString kettle = idOf(map, "Kettle");
    const QString child = idOf(map, "Electric Kettle");
    const WardleyPosition to{0.33, 0.44};

    mapops::moveElement(map, {MapElementRef::Component, kettle, 0}, to);
    EXPECT_EQ(map.findComponent(kettle)->position, to);

    // A pipeline child's height is its parent's: only its maturity moves.
    const double childVisibility = map.findComponent(child)->position.visibility;
    mapops::moveElement(map, {MapElementRef::Component, child, 0}, {0.9, 0.7});
    EXPECT_DOUBLE_EQ(map.findComponent(child)->position.maturity, 0.7);
    EXPECT_DOUBLE_EQ(map.findComponent(child)->position.visibility, childVisibility);

    mapops::moveElement(map, {MapElementRef::EvolvedTwin, map.evolves.front().id, 0}, {0.1, 0.9});
    EXPECT_DOUBLE_EQ(map.evolves.front().maturity, 0.9);

    mapops::moveElement(map, {MapElementRef::Note, map.notes.front().id, 0}, to);
    EXPECT_EQ(map.notes.front().position, to);
    mapops::moveElement(map, {MapElementRef::Accelerator, map.accelerators.front().id, 0}, to);
    EXPECT_EQ(map.accelerators.front().position, to);

    // Only the occurrence named moves; one that does not exist moves nothing.
    const WardleyAnnotation before = map.annotations.front();
    mapops::moveElement(map, {MapElementRef::Annotation, before.id, 1}, to);
    EXPECT_EQ(map.annotations.front().occurrences[0], before.occurrences[0]);
    EXPECT_EQ(map.annotations.front().occurrences[1], to);
    const WardleyMap unchanged = map;
    mapops::moveElement(map, {MapElementRef::Annotation, before.id, 2}, {0.5, 0.5});
    mapops::moveElement(map, {MapElementRef::Annotation, before.id, -1}, {0.5, 0.5});
    mapops::moveElement(map, {MapElementRef::Component, QStringLiteral("nope"), 0}, {0.5, 0.5});
    EXPECT_EQ(map, unchanged);
}

TEST(MapOps, MoveElementsAppliesEveryMove)
{
    WardleyMap map = kitchen();
    const QString kettle = idOf(map, "Kettle");
    const QString power = idOf(map, "Power");
    mapops::moveElements(map, {{{MapElementRef::Component, kettle, 0}, {0.5, 0.5}},
                               {{MapElementRef::Component, power, 0}, {0.1, 0.1}}});
    EXPECT_EQ(map.findComponent(kettle)->position, (WardleyPosition{0.5, 0.5}));
    EXPECT_EQ(map.findComponent(power)->position, (WardleyPosition{0.1, 0.1}));
}

TEST(MapOps, AddComponentMakesNameAndIdUniqueAndRoundsThePosition)
{
    WardleyMap map = kitchen();
    const QString first = mapops::addComponent(map, {0.123, 0.456}, QStringLiteral("Kettle"));
    const WardleyComponent *added = map.findComponent(first);
    ASSERT_TRUE(added);
    EXPECT_EQ(added->name, QStringLiteral("Kettle 2"));
    EXPECT_EQ(added->position, (WardleyPosition{0.12, 0.46}));
    const QString second = mapops::addComponent(map, {0.5, 0.5}, QStringLiteral("Kettle"));
    EXPECT_EQ(map.findComponent(second)->name, QStringLiteral("Kettle 3"));
    EXPECT_NE(first, second);
    EXPECT_NE(first, idOf(map, "Kettle"));
}

TEST(MapOps, RenameTrimsAndRefusesNoOps)
{
    WardleyMap map = kitchen();
    const QString kettle = idOf(map, "Kettle");
    EXPECT_TRUE(mapops::renameComponent(map, kettle, QStringLiteral("  Boiler ")));
    EXPECT_EQ(map.findComponent(kettle)->name, QStringLiteral("Boiler"));
    EXPECT_EQ(map.links[0].to, QStringLiteral("Boiler"));
    EXPECT_EQ(map.pipelines[0].component, QStringLiteral("Boiler"));
    const WardleyMap renamed = map;
    EXPECT_FALSE(mapops::renameComponent(map, kettle, QStringLiteral("Boiler")));
    EXPECT_FALSE(mapops::renameComponent(map, kettle, QStringLiteral("   ")));
    EXPECT_FALSE(mapops::renameComponent(map, QStringLiteral("nope"), QStringLiteral("X")));
    EXPECT_EQ(map, renamed);
}

TEST(MapOps, RemovingAComponentTakesItsReferencesAndFreesPipelineChildren)
{
    WardleyMap map = kitchen();
    const QString kettle = idOf(map, "Kettle");
    const QString child = idOf(map, "Electric Kettle");
    const WardleyPosition childDrawnAt = map.positionOf(*map.findComponent(child));

    mapops::removeElements(map, {{MapElementRef::Component, kettle, 0}});
    EXPECT_FALSE(map.findComponent(kettle));
    EXPECT_TRUE(map.links.empty());
    EXPECT_TRUE(map.evolves.empty());
    EXPECT_TRUE(map.pipelines.empty());
    // The children stay where they were drawn, now on their own.
    ASSERT_TRUE(map.findComponent(child));
    EXPECT_TRUE(map.findComponent(child)->pipeline.isEmpty());
    EXPECT_EQ(map.findComponent(child)->position, childDrawnAt);
    EXPECT_EQ(map.components.size(), 4u);
}

TEST(MapOps, ANameStillDeclaredKeepsItsLinks)
{
    WardleyMap map = parsed("component A [0.4, 0.3]\ncomponent A [0.5, 0.3]\ncomponent B [0.2, 0.2]\nA->B\nevolve A 0.6\n");
    mapops::removeElements(map, {{MapElementRef::Component, map.components[1].id, 0}});
    EXPECT_EQ(map.components.size(), 2u);
    EXPECT_EQ(map.links.size(), 1u);
    EXPECT_EQ(map.evolves.size(), 1u);
}

TEST(MapOps, RemovesOtherElementsById)
{
    WardleyMap map = kitchen();
    const WardleyAnnotation two = map.annotations[0];
    mapops::removeElements(map, {{MapElementRef::Annotation, two.id, 0},
                                 {MapElementRef::Annotation, map.annotations[1].id, 0},
                                 {MapElementRef::Note, map.notes.front().id, 0},
                                 {MapElementRef::Accelerator, map.accelerators.front().id, 0},
                                 {MapElementRef::EvolvedTwin, map.evolves.front().id, 0}});
    // An annotation at two places loses one place; one at a single place goes.
    ASSERT_EQ(map.annotations.size(), 1u);
    EXPECT_EQ(map.annotations[0].occurrences, std::vector<WardleyPosition>{two.occurrences[1]});
    EXPECT_TRUE(map.notes.empty());
    EXPECT_TRUE(map.accelerators.empty());
    EXPECT_TRUE(map.evolves.empty());
    EXPECT_EQ(map.components.size(), 5u);
    EXPECT_EQ(map.links.size(), 2u);
}

TEST(MapOps, AddLinkRefusesSelfAndDuplicateLinks)
{
    WardleyMap map = kitchen();
    const QString kettle = idOf(map, "Kettle");
    const QString power = idOf(map, "Power");
    EXPECT_TRUE(mapops::addLink(map, kettle, power).isEmpty()); // exists
    EXPECT_TRUE(mapops::addLink(map, kettle, kettle).isEmpty());
    EXPECT_TRUE(mapops::addLink(map, kettle, QStringLiteral("nope")).isEmpty());
    EXPECT_EQ(map.links.size(), 2u);
    const QString id = mapops::addLink(map, power, kettle);
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(map.links.back().id, id);
    EXPECT_EQ(map.links.back().from, QStringLiteral("Power"));
    EXPECT_EQ(map.links.back().to, QStringLiteral("Kettle"));
}

TEST(MapOps, AddEvolveOncePerComponentAndNotForAnchors)
{
    WardleyMap map = parsed("anchor User [0.9, 0.5]\ncomponent Old [0.5, 0.2]\ncomponent Late [0.5, 0.8]\n"
                            "component Done [0.5, 0.97]\n");
    EXPECT_TRUE(mapops::addEvolve(map, idOf(map, "User")).isEmpty());
    EXPECT_TRUE(mapops::addEvolve(map, idOf(map, "Done")).isEmpty()); // no room to the right
    ASSERT_FALSE(mapops::addEvolve(map, idOf(map, "Old")).isEmpty());
    EXPECT_DOUBLE_EQ(map.evolves.back().maturity, 0.45);
    EXPECT_TRUE(mapops::addEvolve(map, idOf(map, "Old")).isEmpty());
    ASSERT_FALSE(mapops::addEvolve(map, idOf(map, "Late")).isEmpty());
    EXPECT_DOUBLE_EQ(map.evolves.back().maturity, 0.95); // capped
    EXPECT_EQ(map.evolves.size(), 2u);
}

TEST(MapOps, AddPipelineSpansTheComponent)
{
    WardleyMap map = parsed("anchor User [0.9, 0.5]\ncomponent Grid [0.5, 0.1]\n");
    EXPECT_TRUE(mapops::addPipeline(map, idOf(map, "User")).isEmpty());
    ASSERT_FALSE(mapops::addPipeline(map, idOf(map, "Grid")).isEmpty());
    const WardleyPipeline &pipeline = map.pipelines.back();
    EXPECT_EQ(pipeline.component, QStringLiteral("Grid"));
    EXPECT_TRUE(pipeline.hasRange);
    EXPECT_DOUBLE_EQ(pipeline.maturity1, 0.0); // clamped
    EXPECT_DOUBLE_EQ(pipeline.maturity2, 0.25);
    EXPECT_TRUE(mapops::addPipeline(map, idOf(map, "Grid")).isEmpty());
}

TEST(MapOps, NotesAndAnnotations)
{
    WardleyMap map = kitchen();
    const QString note = mapops::addNote(map, {0.111, 0.222}, QStringLiteral("Hello"));
    EXPECT_EQ(map.notes.back().id, note);
    EXPECT_EQ(map.notes.back().position, (WardleyPosition{0.11, 0.22}));
    EXPECT_TRUE(mapops::setNoteText(map, note, QStringLiteral(" Bye ")));
    EXPECT_EQ(map.notes.back().text, QStringLiteral("Bye"));
    EXPECT_FALSE(mapops::setNoteText(map, note, QStringLiteral("Bye")));
    EXPECT_FALSE(mapops::setNoteText(map, note, QStringLiteral("  ")));
    EXPECT_FALSE(mapops::setNoteText(map, QStringLiteral("nope"), QStringLiteral("X")));

    // Numbers go on from the highest, not from the count.
    EXPECT_EQ(mapops::nextAnnotationNumber(map), 5);
    const QString annotation = mapops::addAnnotation(map, {0.5, 0.5}, QStringLiteral("Five"));
    EXPECT_EQ(map.annotations.back().id, annotation);
    EXPECT_EQ(map.annotations.back().number, 5);
    EXPECT_EQ(map.annotations.back().text, QStringLiteral("Five"));
    EXPECT_EQ(mapops::nextAnnotationNumber(WardleyMap()), 1);
}

TEST(MapOps, InertiaAndSourcingDecorators)
{
    WardleyMap map = kitchen();
    const QString kettle = idOf(map, "Kettle");
    EXPECT_TRUE(mapops::setInertia(map, kettle, true));
    EXPECT_TRUE(map.findComponent(kettle)->inertia);
    EXPECT_FALSE(mapops::setInertia(map, kettle, true));

    EXPECT_TRUE(mapops::setDecorator(map, kettle, MapDecorator::Buy, true));
    EXPECT_TRUE(mapops::setDecorator(map, kettle, MapDecorator::Market, true));
    // Build, buy and outsource are one choice; market is not part of it.
    EXPECT_TRUE(mapops::setDecorator(map, kettle, MapDecorator::Outsource, true));
    const WardleyDecorators &d = map.findComponent(kettle)->decorators;
    EXPECT_FALSE(d.buy);
    EXPECT_TRUE(d.outsource);
    EXPECT_TRUE(d.market);
    EXPECT_FALSE(mapops::setDecorator(map, kettle, MapDecorator::Outsource, true));
    EXPECT_TRUE(mapops::setDecorator(map, kettle, MapDecorator::Ecosystem, true));
    EXPECT_TRUE(map.findComponent(kettle)->decorators.ecosystem);
    EXPECT_FALSE(mapops::setDecorator(map, QStringLiteral("nope"), MapDecorator::Buy, true));
}
