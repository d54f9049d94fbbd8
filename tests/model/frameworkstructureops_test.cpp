#include "frameworkstructureops.h"
#include "frameworkreader.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

#include <functional>
#include <utility>
#include <vector>

using namespace dpi;

namespace {

Framework mini()
{
    FrameworkReadResult result = readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    EXPECT_TRUE(result.ok());
    return *result.framework;
}

QStringList criterionIds(const Framework &framework, const QString &dimensionId)
{
    QStringList ids;
    for (const Criterion &criterion : framework.findDimension(dimensionId)->criteria)
        ids << criterion.id;
    return ids;
}

// Every operation must leave a framework that writes out and reads back without errors.
void expectValid(const Framework &framework)
{
    const FrameworkReadResult reread = readFrameworkText(frameworkToYaml(framework), QStringLiteral("t.yaml"));
    EXPECT_FALSE(reread.diagnostics.hasErrors()) << qPrintable(reread.diagnostics.toString());
}

} // namespace

TEST(StructureOps, AddCriterionLandsAfterTheSelectedOneWithAUniqueIdAndAFullRubric)
{
    const Framework framework = mini();
    const auto edit = structureop::addCriterion(framework, FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.membership")));
    ASSERT_TRUE(edit);
    EXPECT_EQ(criterionIds(edit->framework, QStringLiteral("exchange")),
              (QStringList{QStringLiteral("exchange.membership"), QStringLiteral("exchange.new-criterion"), QStringLiteral("exchange.logs")}));
    EXPECT_EQ(edit->select, FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.new-criterion")));
    const Criterion *added = edit->framework.findCriterion(QStringLiteral("exchange.new-criterion"));
    EXPECT_EQ(added->rubric.size(), framework.scale.levels.size());
    expectValid(edit->framework);

    const auto second = structureop::addCriterion(edit->framework, FrameworkNode::dimension(QStringLiteral("exchange")));
    ASSERT_TRUE(second);
    EXPECT_EQ(criterionIds(second->framework, QStringLiteral("exchange")).last(), QStringLiteral("exchange.new-criterion-2"));
}

TEST(StructureOps, DuplicateGivesNewIdsAcrossTheWholeFramework)
{
    const Framework framework = mini();
    const auto criterion = structureop::duplicate(framework, FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    ASSERT_TRUE(criterion);
    EXPECT_EQ(criterionIds(criterion->framework, QStringLiteral("exchange")),
              (QStringList{QStringLiteral("exchange.membership"), QStringLiteral("exchange.logs"), QStringLiteral("exchange.logs-copy")}));
    expectValid(criterion->framework);

    const auto dimension = structureop::duplicate(framework, FrameworkNode::dimension(QStringLiteral("exchange")));
    ASSERT_TRUE(dimension);
    ASSERT_EQ(dimension->framework.dimensions.size(), 3u);
    EXPECT_EQ(dimension->framework.dimensions[1].id, QStringLiteral("exchange-copy"));
    EXPECT_EQ(criterionIds(dimension->framework, QStringLiteral("exchange-copy")),
              (QStringList{QStringLiteral("exchange.membership-copy"), QStringLiteral("exchange.logs-copy")}));
    expectValid(dimension->framework);
}

TEST(StructureOps, MoveCrossesIntoTheNeighbouringDimensionAtTheEdge)
{
    const Framework framework = mini();
    const auto up = structureop::move(framework, FrameworkNode::criterion(QStringLiteral("capacity"), QStringLiteral("capacity.staff")), -1);
    ASSERT_TRUE(up);
    EXPECT_EQ(criterionIds(up->framework, QStringLiteral("exchange")).last(), QStringLiteral("capacity.staff"));
    EXPECT_TRUE(criterionIds(up->framework, QStringLiteral("capacity")).isEmpty());
    EXPECT_EQ(up->select.dimensionId, QStringLiteral("exchange"));

    EXPECT_FALSE(structureop::move(framework, FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.membership")), -1));
    EXPECT_FALSE(structureop::move(framework, FrameworkNode::dimension(QStringLiteral("capacity")), 1));
    const auto dimensionUp = structureop::move(framework, FrameworkNode::dimension(QStringLiteral("capacity")), -1);
    ASSERT_TRUE(dimensionUp);
    EXPECT_EQ(dimensionUp->framework.dimensions.front().id, QStringLiteral("capacity"));
}

TEST(StructureOps, DropPositionsAreCountedBeforeTheMove)
{
    const Framework framework = mini();
    // Dropping exchange.membership below exchange.logs (row 2 of 2) swaps them.
    const auto within = structureop::moveCriterionTo(framework, QStringLiteral("exchange.membership"), QStringLiteral("exchange"), 2);
    ASSERT_TRUE(within);
    EXPECT_EQ(criterionIds(within->framework, QStringLiteral("exchange")),
              (QStringList{QStringLiteral("exchange.logs"), QStringLiteral("exchange.membership")}));
    // Dropping right where it is changes nothing.
    EXPECT_FALSE(structureop::moveCriterionTo(framework, QStringLiteral("exchange.membership"), QStringLiteral("exchange"), 1));
    const auto across = structureop::moveCriterionTo(framework, QStringLiteral("exchange.logs"), QStringLiteral("capacity"), 0);
    ASSERT_TRUE(across);
    EXPECT_EQ(criterionIds(across->framework, QStringLiteral("capacity")),
              (QStringList{QStringLiteral("exchange.logs"), QStringLiteral("capacity.staff")}));
    const auto dimension = structureop::moveDimensionTo(framework, QStringLiteral("exchange"), 2);
    ASSERT_TRUE(dimension);
    EXPECT_EQ(dimension->framework.dimensions.back().id, QStringLiteral("exchange"));
}

TEST(StructureOps, RemoveSelectsANeighbour)
{
    const Framework framework = mini();
    const auto criterion = structureop::remove(framework, FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.logs")));
    ASSERT_TRUE(criterion);
    EXPECT_EQ(criterion->select, FrameworkNode::criterion(QStringLiteral("exchange"), QStringLiteral("exchange.membership")));
    const auto dimension = structureop::remove(framework, FrameworkNode::dimension(QStringLiteral("exchange")));
    ASSERT_TRUE(dimension);
    EXPECT_EQ(dimension->select, FrameworkNode::dimension(QStringLiteral("capacity")));
    EXPECT_EQ(dimension->framework.criterionCount(), 1);
}
