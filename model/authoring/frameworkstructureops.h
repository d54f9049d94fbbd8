#pragma once

#include "framework.h"
#include "frameworknode.h"

#include <QString>

#include <optional>

namespace dpi {

/**
 * The tree operations of the structure editor as plain functions on a
 * Framework value: each returns the edited framework, what to select
 * afterwards and the undo text, or nullopt when the operation does not apply.
 * Kept free of widgets so the rules (unique ids, where a new item lands) are
 * testable on their own.
 */
struct StructureEdit
{
    Framework framework;
    FrameworkNode select;
    QString actionText;
};

namespace structureop {

/** `base` if no dimension has it, else base-2, base-3, ... */
QString uniqueDimensionId(const Framework &framework, const QString &base);
/** Criterion ids are unique across the whole framework. */
QString uniqueCriterionId(const Framework &framework, const QString &base);

/** A new dimension after the selected one (or its criterion's), else at the end. */
StructureEdit addDimension(const Framework &framework, const FrameworkNode &selected);
/** A new criterion after the selected criterion, or at the end of the selected dimension. */
std::optional<StructureEdit> addCriterion(const Framework &framework, const FrameworkNode &selected);
/** A copy right after the original; a dimension's criteria get new ids too. */
std::optional<StructureEdit> duplicate(const Framework &framework, const FrameworkNode &selected);
std::optional<StructureEdit> remove(const Framework &framework, const FrameworkNode &selected);
/**
 * One step up (delta -1) or down (+1). A criterion at the edge of its
 * dimension moves to the end of the previous (start of the next) dimension.
 */
std::optional<StructureEdit> move(const Framework &framework, const FrameworkNode &selected, int delta);
/** Drag and drop: the criterion goes to `row` of `dimensionId` (row counted before the move). */
std::optional<StructureEdit> moveCriterionTo(const Framework &framework, const QString &criterionId,
                                             const QString &dimensionId, int row);
/** Drag and drop: the dimension goes to `row` among the dimensions (counted before the move). */
std::optional<StructureEdit> moveDimensionTo(const Framework &framework, const QString &dimensionId, int row);

} // namespace structureop
} // namespace dpi
