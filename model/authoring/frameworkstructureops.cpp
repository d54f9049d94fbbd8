#include "frameworkstructureops.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace dpi::structureop {

namespace {

int dimensionIndex(const Framework &framework, const QString &id)
{
    for (size_t i = 0; i < framework.dimensions.size(); ++i) {
        if (framework.dimensions[i].id == id)
            return int(i);
    }
    return -1;
}

// Where a criterion is: {dimension index, criterion index}, or {-1, -1}.
std::pair<int, int> criterionPosition(const Framework &framework, const QString &id)
{
    for (size_t d = 0; d < framework.dimensions.size(); ++d) {
        const auto &criteria = framework.dimensions[d].criteria;
        for (size_t c = 0; c < criteria.size(); ++c) {
            if (criteria[c].id == id)
                return {int(d), int(c)};
        }
    }
    return {-1, -1};
}

bool hasCriterionId(const Framework &framework, const QString &id)
{
    return framework.findCriterion(id) != nullptr;
}

QString uniqueId(const QString &base, const std::function<bool(const QString &)> &taken)
{
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

// A new criterion must already be a valid one (title, question and a rubric
// are required), so it starts from the scale's own labels: the author sees
// every level to rewrite, and the text stays valid meanwhile.
Criterion newCriterion(const Framework &framework, const QString &id)
{
    Criterion criterion;
    criterion.id = id;
    criterion.title.set(QStringLiteral("en"), QCoreApplication::translate("FrameworkStructure", "New criterion"));
    criterion.question.set(QStringLiteral("en"), QCoreApplication::translate("FrameworkStructure", "What does the analyst check?"));
    for (const ScaleLevel &level : framework.scale.levels) {
        LocalizedText text = level.description.isEmpty() ? level.label : level.description;
        text.setPlain(false);
        criterion.rubric[level.value] = text;
    }
    if (criterion.rubric.empty())
        criterion.rubric[0].set(QStringLiteral("en"), QCoreApplication::translate("FrameworkStructure", "Describe this level."));
    return criterion;
}

} // namespace

QString uniqueDimensionId(const Framework &framework, const QString &base)
{
    return uniqueId(base, [&](const QString &id) { return framework.findDimension(id) != nullptr; });
}

QString uniqueCriterionId(const Framework &framework, const QString &base)
{
    return uniqueId(base, [&](const QString &id) { return hasCriterionId(framework, id); });
}

StructureEdit addDimension(const Framework &framework, const FrameworkNode &selected)
{
    StructureEdit result{framework, {}, QCoreApplication::translate("FrameworkStructure", "Add dimension")};
    Dimension dimension;
    dimension.id = uniqueDimensionId(framework, QStringLiteral("new-dimension"));
    dimension.title.set(QStringLiteral("en"), QCoreApplication::translate("FrameworkStructure", "New dimension"));
    int at = dimensionIndex(framework, selected.dimensionId);
    at = at < 0 ? int(framework.dimensions.size()) : at + 1;
    result.framework.dimensions.insert(result.framework.dimensions.begin() + at, dimension);
    result.select = FrameworkNode::dimension(dimension.id);
    return result;
}

std::optional<StructureEdit> addCriterion(const Framework &framework, const FrameworkNode &selected)
{
    if (framework.dimensions.empty())
        return std::nullopt;
    int d = dimensionIndex(framework, selected.dimensionId);
    if (d < 0)
        d = int(framework.dimensions.size()) - 1;
    const Dimension &dimension = framework.dimensions[d];
    int at = int(dimension.criteria.size());
    if (selected.isCriterion()) {
        const auto [cd, cc] = criterionPosition(framework, selected.criterionId);
        if (cd == d)
            at = cc + 1;
    }
    StructureEdit result{framework, {}, QCoreApplication::translate("FrameworkStructure", "Add criterion")};
    const Criterion criterion = newCriterion(framework, uniqueCriterionId(framework, dimension.id + QStringLiteral(".new-criterion")));
    auto &criteria = result.framework.dimensions[d].criteria;
    criteria.insert(criteria.begin() + at, criterion);
    result.select = FrameworkNode::criterion(dimension.id, criterion.id);
    return result;
}

std::optional<StructureEdit> duplicate(const Framework &framework, const FrameworkNode &selected)
{
    StructureEdit result{framework, {}, {}};
    if (selected.isCriterion()) {
        const auto [d, c] = criterionPosition(framework, selected.criterionId);
        if (d < 0)
            return std::nullopt;
        Criterion copy = framework.dimensions[d].criteria[c];
        copy.id = uniqueCriterionId(framework, copy.id + QStringLiteral("-copy"));
        // The copy is a new criterion: it renames nothing.
        copy.replaces.clear();
        auto &criteria = result.framework.dimensions[d].criteria;
        criteria.insert(criteria.begin() + c + 1, copy);
        result.select = FrameworkNode::criterion(framework.dimensions[d].id, copy.id);
        result.actionText = QCoreApplication::translate("FrameworkStructure", "Duplicate criterion");
        return result;
    }
    if (selected.isDimension()) {
        const int d = dimensionIndex(framework, selected.dimensionId);
        if (d < 0)
            return std::nullopt;
        Dimension copy = framework.dimensions[d];
        copy.id = uniqueDimensionId(framework, copy.id + QStringLiteral("-copy"));
        // Insert first so each new criterion id is checked against the earlier copies too.
        result.framework.dimensions.insert(result.framework.dimensions.begin() + d + 1, Dimension{});
        Dimension &inserted = result.framework.dimensions[d + 1];
        inserted = copy;
        inserted.criteria.clear();
        for (Criterion criterion : copy.criteria) {
            criterion.id = uniqueCriterionId(result.framework, criterion.id + QStringLiteral("-copy"));
            criterion.replaces.clear();
            inserted.criteria.push_back(criterion);
        }
        result.select = FrameworkNode::dimension(copy.id);
        result.actionText = QCoreApplication::translate("FrameworkStructure", "Duplicate dimension");
        return result;
    }
    return std::nullopt;
}

std::optional<StructureEdit> remove(const Framework &framework, const FrameworkNode &selected)
{
    StructureEdit result{framework, {}, {}};
    if (selected.isCriterion()) {
        const auto [d, c] = criterionPosition(framework, selected.criterionId);
        if (d < 0)
            return std::nullopt;
        auto &criteria = result.framework.dimensions[d].criteria;
        criteria.erase(criteria.begin() + c);
        const QString dimensionId = framework.dimensions[d].id;
        if (criteria.empty())
            result.select = FrameworkNode::dimension(dimensionId);
        else
            result.select = FrameworkNode::criterion(dimensionId, criteria[std::min<size_t>(c, criteria.size() - 1)].id);
        result.actionText = QCoreApplication::translate("FrameworkStructure", "Remove criterion");
        return result;
    }
    if (selected.isDimension()) {
        const int d = dimensionIndex(framework, selected.dimensionId);
        if (d < 0)
            return std::nullopt;
        auto &dimensions = result.framework.dimensions;
        dimensions.erase(dimensions.begin() + d);
        result.select = dimensions.empty() ? FrameworkNode::framework()
                                           : FrameworkNode::dimension(dimensions[std::min<size_t>(d, dimensions.size() - 1)].id);
        result.actionText = QCoreApplication::translate("FrameworkStructure", "Remove dimension");
        return result;
    }
    return std::nullopt;
}

std::optional<StructureEdit> move(const Framework &framework, const FrameworkNode &selected, int delta)
{
    if (delta != -1 && delta != 1)
        return std::nullopt;
    if (selected.isDimension()) {
        const int d = dimensionIndex(framework, selected.dimensionId);
        const int to = d + delta;
        if (d < 0 || to < 0 || to >= int(framework.dimensions.size()))
            return std::nullopt;
        StructureEdit result{framework, selected, delta < 0 ? QCoreApplication::translate("FrameworkStructure", "Move dimension up") : QCoreApplication::translate("FrameworkStructure", "Move dimension down")};
        std::swap(result.framework.dimensions[d], result.framework.dimensions[to]);
        return result;
    }
    if (!selected.isCriterion())
        return std::nullopt;
    const auto [d, c] = criterionPosition(framework, selected.criterionId);
    if (d < 0)
        return std::nullopt;
    StructureEdit result{framework, {}, delta < 0 ? QCoreApplication::translate("FrameworkStructure", "Move criterion up") : QCoreApplication::translate("FrameworkStructure", "Move criterion down")};
    auto &dimensions = result.framework.dimensions;
    auto &criteria = dimensions[d].criteria;
    const int to = c + delta;
    if (to >= 0 && to < int(criteria.size())) {
        std::swap(criteria[c], criteria[to]);
        result.select = FrameworkNode::criterion(dimensions[d].id, selected.criterionId);
        return result;
    }
    // Across the edge of the dimension into its neighbour.
    const int target = d + delta;
    if (target < 0 || target >= int(dimensions.size()))
        return std::nullopt;
    const Criterion moved = criteria[c];
    criteria.erase(criteria.begin() + c);
    auto &targetCriteria = dimensions[target].criteria;
    targetCriteria.insert(delta < 0 ? targetCriteria.end() : targetCriteria.begin(), moved);
    result.select = FrameworkNode::criterion(dimensions[target].id, moved.id);
    result.actionText = QCoreApplication::translate("FrameworkStructure", "Move criterion to \u201c%1\u201d").arg(dimensions[target].id);
    return result;
}

std::optional<StructureEdit> moveCriterionTo(const Framework &framework, const QString &criterionId,
                                             const QString &dimensionId, int row)
{
    const auto [d, c] = criterionPosition(framework, criterionId);
    const int target = dimensionIndex(framework, dimensionId);
    if (d < 0 || target < 0)
        return std::nullopt;
    const int count = int(framework.dimensions[target].criteria.size());
    row = row < 0 || row > count ? count : row;
    // Dropping a criterion just before or after itself changes nothing.
    if (target == d && (row == c || row == c + 1))
        return std::nullopt;
    StructureEdit result{framework, {}, target == d ? QCoreApplication::translate("FrameworkStructure", "Move criterion")
                                                    : QCoreApplication::translate("FrameworkStructure", "Move criterion to \u201c%1\u201d").arg(dimensionId)};
    auto &dimensions = result.framework.dimensions;
    const Criterion moved = dimensions[d].criteria[c];
    dimensions[d].criteria.erase(dimensions[d].criteria.begin() + c);
    if (target == d && row > c)
        --row;
    auto &targetCriteria = dimensions[target].criteria;
    targetCriteria.insert(targetCriteria.begin() + row, moved);
    result.select = FrameworkNode::criterion(dimensionId, criterionId);
    return result;
}

std::optional<StructureEdit> moveDimensionTo(const Framework &framework, const QString &dimensionId, int row)
{
    const int d = dimensionIndex(framework, dimensionId);
    if (d < 0)
        return std::nullopt;
    const int count = int(framework.dimensions.size());
    row = row < 0 || row > count ? count : row;
    if (row == d || row == d + 1)
        return std::nullopt;
    StructureEdit result{framework, FrameworkNode::dimension(dimensionId), QCoreApplication::translate("FrameworkStructure", "Move dimension")};
    auto &dimensions = result.framework.dimensions;
    const Dimension moved = dimensions[d];
    dimensions.erase(dimensions.begin() + d);
    if (row > d)
        --row;
    dimensions.insert(dimensions.begin() + row, moved);
    return result;
}

} // namespace dpi::structureop
