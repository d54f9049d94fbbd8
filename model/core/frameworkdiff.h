#pragma once

#include "framework.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace dpi {

// What changed between two versions of a framework, element by element, so
// partners can review an adaptation and analysts can see what an upgrade
// will do to their scores.
struct FrameworkChange
{
    enum class Kind { Added, Removed, Renamed, Moved, Changed };

    Kind kind = Kind::Changed;
    QString element;   // "framework", "scale", "dimension" or "criterion"
    QString id;        // the element's id in the new version (the old one when removed)
    QString oldId;     // renamed: the id it had before
    QString field;     // changed: e.g. "weight", "title", "rubric.2", "critical"
    QString language;  // changed localized text: which language
    QString before;
    QString after;
};

struct FrameworkDiff
{
    QString oldPin;    // id@version
    QString newPin;
    std::vector<FrameworkChange> changes;

    bool isEmpty() const { return changes.empty(); }
    int count(FrameworkChange::Kind kind, const QString &element) const;
};

FrameworkDiff diffFrameworks(const Framework &before, const Framework &after);

// Readable, one change per line ("+ criterion ...", "- ...", "~ ... renamed", "* ... weight: 1 -> 2").
QString diffAsText(const FrameworkDiff &diff, const QString &language = QStringLiteral("en"));
QByteArray diffAsJson(const FrameworkDiff &diff);

// Criteria of `after` that replace criteria of `before` (via `replaces:`),
// as old id -> new id. Shared by the diff and the project upgrade.
std::vector<std::pair<QString, QString>> renamedCriteria(const Framework &before, const Framework &after);

} // namespace dpi
