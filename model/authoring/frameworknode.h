#pragma once

#include <QString>

namespace dpi {

/**
 * One element of the framework tree, named by ids (never by index), so a
 * selection survives a re-parse of the text.
 */
struct FrameworkNode
{
    enum class Kind { None, Framework, Dimension, Criterion };

    Kind kind = Kind::None;
    QString dimensionId;
    QString criterionId; // only for Kind::Criterion

    static FrameworkNode framework() { return {Kind::Framework, {}, {}}; }
    static FrameworkNode dimension(const QString &id) { return {Kind::Dimension, id, {}}; }
    static FrameworkNode criterion(const QString &dimensionId, const QString &id) { return {Kind::Criterion, dimensionId, id}; }

    bool isDimension() const { return kind == Kind::Dimension; }
    bool isCriterion() const { return kind == Kind::Criterion; }
    bool operator==(const FrameworkNode &o) const
    {
        return kind == o.kind && dimensionId == o.dimensionId && criterionId == o.criterionId;
    }
    bool operator!=(const FrameworkNode &o) const { return !(*this == o); }
};

} // namespace dpi
