#pragma once

#include "framework.h"
#include "frameworkdiff.h"

#include <QString>

#include <vector>

namespace dpi {

/** How a row is coloured: added green, removed red, changed amber. */
enum class DiffTone { Added, Removed, Changed };

/** One line of the readable diff: which element, what about it, old and new value. */
struct DiffRow
{
    DiffTone tone = DiffTone::Changed;
    QString id;        // the element's id (new id for renamed criteria)
    QString element;   // "exchange.membership — Sector systems on the exchange layer"
    QString aspect;    // "weight", "title (ky)", "criterion in Capacity", …
    QString before;    // empty: nothing before
    QString after;     // empty: nothing after
};

/** Rows under an optional heading (the rubric section has one group per level). */
struct DiffGroup
{
    QString title;     // empty: rows sit directly under the section
    std::vector<DiffRow> rows;
};

struct DiffSection
{
    QString key;       // stable: added, removed, renamed, moved, weight, critical, rubric,
                       // wording, translations, scale, framework
    QString title;     // translated heading
    std::vector<DiffGroup> groups;

    int rowCount() const;
};

/**
 * Sorts the changes of `diff` (computed from `before` → `after`) into the
 * sections a reviewer reads: structure first (added, removed, renamed, moved),
 * then what moves scores (weight, critical rule, rubric per level), then
 * wording, translations, scale and framework metadata. Texts are shown in
 * `language`; text changes in other languages (and translations added or
 * removed) go to the translations section. Empty sections are left out.
 */
std::vector<DiffSection> groupFrameworkDiff(const FrameworkDiff &diff, const Framework &before,
                                            const Framework &after, const QString &language);

/** Languages used anywhere in either framework, English first, then as first seen. */
QStringList frameworkDiffLanguages(const Framework &before, const Framework &after);

} // namespace dpi
