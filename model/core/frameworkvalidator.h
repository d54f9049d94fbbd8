#pragma once

#include "diagnostic.h"
#include "framework.h"
#include "textposition.h"

#include <QString>

#include <utility>
#include <vector>

namespace dpi {

/**
 * Where the values of a framework were written, filled in by the reader so
 * that validateFramework() can place each problem at FILE:LINE:COL.
 *
 * The lists run parallel to the Framework's (one entry per source, level,
 * dimension, ... the reader kept). A position left at line 0 means the value
 * was not read from the text: the key was missing or the reader already
 * refused the value's form (a list where text belongs, a quoted number). The
 * validator says nothing about such a value, so that one mistake is
 * reported once.
 */
struct FrameworkPositions
{
    struct Source
    {
        TextPosition id, title, accessed;
    };
    struct Level
    {
        TextPosition value, label;
    };
    struct Criterion
    {
        TextPosition id, title, question, weight, below, cap;
        TextPosition rubric;     // the rubric's value: an empty rubric is reported there
        TextPosition rubricKey;  // the 'rubric' key: levels left undescribed are reported there
        bool rubricClean = false; // the rubric was read without any error
        std::vector<std::pair<int, TextPosition>> rubricLevels; // each level's key
        std::vector<TextPosition> references;                   // each reference
        std::vector<TextPosition> replaces;                     // each replaced id
    };
    struct Dimension
    {
        TextPosition id, title, weight;
        TextPosition criteriaKey; // the 'criteria' key, when it was read as a list
        std::vector<Criterion> criteria;
    };
    struct ChangelogEntry
    {
        TextPosition version, date, summary;
    };

    QString file;
    TextPosition id, version, title, derivedFrom;
    std::vector<Source> sources;
    TextPosition levelList;  // the 'levels' value, when it was read as a list
    bool scaleClean = false; // the scale was read without any error
    std::vector<Level> levels;
    TextPosition dimensionList; // the 'dimensions' value, when it was read as a list
    std::vector<Dimension> dimensions;
    std::vector<ChangelogEntry> changelog;
};

/**
 * The one set of rules a framework must satisfy beyond the YAML form of its
 * values: valid and unique ids, required texts, positive weights, dates and
 * versions, a scale of at least two distinct levels from lowest to highest
 * (exactly two in a gate framework),
 * at least one dimension, rubrics and critical thresholds that fit the scale,
 * references with a key, and so on.
 *
 * The reader calls it with the positions it recorded, so a file's problems
 * come out at FILE:LINE:COL; the framework editor calls it on the edited value
 * (no positions), so an edit the reader would refuse is refused as it is made.
 * Rubrics and thresholds are only checked against a sound scale, so that one
 * scale mistake is not repeated at every criterion.
 */
void validateFramework(const Framework &framework, const FrameworkPositions &positions, Diagnostics &diagnostics);

/** A framework built in memory: every value is checked; problems carry no position. */
Diagnostics validateFramework(const Framework &framework);

/** The message of the first error validateFramework() finds, or an empty string. */
QString firstFrameworkProblem(const Framework &framework);

/** "0-4" for a contiguous scale, "0, 1, 3" otherwise: for messages about levels off the scale. */
QString describeScaleRange(const Scale &scale);

} // namespace dpi
