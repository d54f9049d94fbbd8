#include "frameworkvaluecheck.h"

#include "yamlvalues.h"

#include <QCoreApplication>
#include <QSet>

namespace dpi {

namespace {

bool hasText(const LocalizedText &text)
{
    for (const auto &entry : text.entries()) {
        if (!entry.second.trimmed().isEmpty())
            return true;
    }
    return false;
}

QString criterionProblem(const Criterion &criterion, const Scale &scale, QSet<QString> &ids)
{
    if (!isValidId(criterion.id))
        return QCoreApplication::translate("FrameworkValueCheck", "'%1' is not a valid criterion id").arg(criterion.id);
    if (ids.contains(criterion.id))
        return QCoreApplication::translate("FrameworkValueCheck", "duplicate criterion id '%1'").arg(criterion.id);
    ids.insert(criterion.id);
    if (!hasText(criterion.title))
        return QCoreApplication::translate("FrameworkValueCheck", "criterion '%1' needs a title in at least one language").arg(criterion.id);
    if (!hasText(criterion.question))
        return QCoreApplication::translate("FrameworkValueCheck", "criterion '%1' needs a question in at least one language").arg(criterion.id);
    if (!(criterion.weight > 0))
        return QCoreApplication::translate("FrameworkValueCheck", "the weight of '%1' must be greater than 0").arg(criterion.id);
    if (criterion.critical) {
        if (criterion.critical->below <= scale.minLevel() || criterion.critical->below > scale.maxLevel())
            return QCoreApplication::translate("FrameworkValueCheck", "critical threshold %1 is outside the scale").arg(criterion.critical->below);
        if (criterion.critical->capPercent && (*criterion.critical->capPercent < 0 || *criterion.critical->capPercent > 100))
            return QCoreApplication::translate("FrameworkValueCheck", "'cap' must be between 0 and 100");
    }
    if (criterion.rubric.empty())
        return QCoreApplication::translate("FrameworkValueCheck", "the rubric of '%1' is empty; describe each level of the scale").arg(criterion.id);
    for (const auto &[level, text] : criterion.rubric) {
        if (!scale.contains(level))
            return QCoreApplication::translate("FrameworkValueCheck", "rubric level %1 is not on the scale").arg(level);
        if (!hasText(text))
            return QCoreApplication::translate("FrameworkValueCheck", "rubric level %1 of '%2' is empty").arg(level).arg(criterion.id);
    }
    for (const Reference &reference : criterion.references) {
        if (reference.fields.empty())
            return QCoreApplication::translate("FrameworkValueCheck", "a reference needs at least one key: value pair");
        for (const auto &field : reference.fields) {
            if (field.first.trimmed().isEmpty())
                return QCoreApplication::translate("FrameworkValueCheck", "a reference key must not be empty");
        }
    }
    for (const QString &id : criterion.replaces) {
        if (!isValidId(id))
            return QCoreApplication::translate("FrameworkValueCheck", "'%1' in 'replaces' is not a valid id").arg(id);
    }
    return {};
}

} // namespace

QString frameworkValueProblem(const Framework &framework)
{
    if (!isValidId(framework.id))
        return QCoreApplication::translate("FrameworkValueCheck", "'%1' is not a valid framework id").arg(framework.id);
    if (!hasText(framework.title))
        return QCoreApplication::translate("FrameworkValueCheck", "the framework needs a title in at least one language");
    QSet<QString> sourceIds;
    for (const Source &source : framework.sources) {
        if (!isValidId(source.id))
            return QCoreApplication::translate("FrameworkValueCheck", "'%1' is not a valid source id").arg(source.id);
        if (sourceIds.contains(source.id))
            return QCoreApplication::translate("FrameworkValueCheck", "duplicate source id '%1'").arg(source.id);
        sourceIds.insert(source.id);
        if (source.title.trimmed().isEmpty())
            return QCoreApplication::translate("FrameworkValueCheck", "source '%1' needs a title").arg(source.id);
        if (!source.accessed.isEmpty() && !isIsoDate(source.accessed))
            return QCoreApplication::translate("FrameworkValueCheck", "'%1' is not a valid date (expected YYYY-MM-DD)").arg(source.accessed);
    }
    if (framework.scale.levels.size() < 2)
        return QCoreApplication::translate("FrameworkValueCheck", "a scale needs at least two levels");
    for (const ScaleLevel &level : framework.scale.levels) {
        if (!hasText(level.label))
            return QCoreApplication::translate("FrameworkValueCheck", "scale level %1 needs a label in at least one language").arg(level.value);
    }
    if (framework.dimensions.empty())
        return QCoreApplication::translate("FrameworkValueCheck", "a framework needs at least one dimension");
    QSet<QString> dimensionIds;
    QSet<QString> criterionIds;
    for (const Dimension &dimension : framework.dimensions) {
        if (!isValidId(dimension.id))
            return QCoreApplication::translate("FrameworkValueCheck", "'%1' is not a valid dimension id").arg(dimension.id);
        if (dimensionIds.contains(dimension.id))
            return QCoreApplication::translate("FrameworkValueCheck", "duplicate dimension id '%1'").arg(dimension.id);
        dimensionIds.insert(dimension.id);
        if (!hasText(dimension.title))
            return QCoreApplication::translate("FrameworkValueCheck", "dimension '%1' needs a title in at least one language").arg(dimension.id);
        if (!(dimension.weight > 0))
            return QCoreApplication::translate("FrameworkValueCheck", "the weight of '%1' must be greater than 0").arg(dimension.id);
        for (const Criterion &criterion : dimension.criteria) {
            const QString problem = criterionProblem(criterion, framework.scale, criterionIds);
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace dpi
