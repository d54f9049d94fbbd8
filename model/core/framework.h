#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace dpi {

inline const QString kFrameworkSchema = QStringLiteral("dpi-workbench/framework/1");

struct ScaleLevel
{
    int value = 0;
    LocalizedText label;
    LocalizedText description;
    bool operator==(const ScaleLevel &o) const { return value == o.value && label == o.label && description == o.description; }
};

// Ordered levels (lowest first) and whether "not applicable" may be chosen.
struct Scale
{
    std::vector<ScaleLevel> levels;
    bool allowNotApplicable = true;

    int minLevel() const { return levels.empty() ? 0 : levels.front().value; }
    int maxLevel() const { return levels.empty() ? 0 : levels.back().value; }
    bool contains(int level) const;
    const ScaleLevel *level(int value) const;
    bool operator==(const Scale &o) const { return levels == o.levels && allowNotApplicable == o.allowNotApplicable; }
};

// A level strictly below `below` raises a red flag for the sector; when
// `capPercent` is set the criterion's dimension score is capped at it.
struct CriticalRule
{
    int below = 1;
    std::optional<double> capPercent;
    bool operator==(const CriticalRule &o) const { return below == o.below && capPercent == o.capPercent; }
};

// Where a requirement comes from: an ordered list of key/value pairs such as
// {govstack: information-mediator, requirement: "Service Access"} or {law: "..."}.
struct Reference
{
    std::vector<std::pair<QString, QString>> fields;
    QString value(const QString &key) const;
    bool operator==(const Reference &o) const { return fields == o.fields; }
};

struct Source
{
    QString id;
    QString title;
    QString url;
    QString accessed; // ISO date, optional
    bool operator==(const Source &o) const { return id == o.id && title == o.title && url == o.url && accessed == o.accessed; }
};

struct Criterion
{
    QString id;
    LocalizedText title;
    LocalizedText question;
    LocalizedText guidance;
    LocalizedText evidence;          // the evidence expected
    double weight = 1.0;
    std::optional<CriticalRule> critical;
    std::map<int, LocalizedText> rubric; // level -> what that level looks like
    std::vector<Reference> references;
    QStringList replaces;            // ids this criterion renamed (for upgrades)

    bool operator==(const Criterion &o) const;
};

struct Dimension
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    double weight = 1.0;
    std::vector<Criterion> criteria;

    bool operator==(const Dimension &o) const;
};

// How a framework's results are used. Graded criteria are averaged into a
// framework score and into the sector's overall readiness. Gates are a
// checklist of pass/fail requirements (a standard is met only when every gate
// passes): their results are counted, never averaged.
enum class FrameworkKind { Graded, Gates };

QString frameworkKindName(FrameworkKind kind);
std::optional<FrameworkKind> frameworkKindFromName(const QString &name);

struct ChangelogEntry
{
    QString version;
    QString date;
    LocalizedText summary;
    bool operator==(const ChangelogEntry &o) const { return version == o.version && date == o.date && summary == o.summary; }
};

struct Framework
{
    QString id;
    QString version;                 // semver
    LocalizedText title;
    LocalizedText description;
    QStringList authors;
    QString licence;
    QString derivedFrom;             // "id@version" of the framework this one adapts
    std::vector<Source> sources;
    FrameworkKind kind = FrameworkKind::Graded;
    Scale scale;                     // gates: two levels, the lower fails, the higher passes
    std::vector<Dimension> dimensions;
    std::vector<ChangelogEntry> changelog;

    QString pin() const { return id + QLatin1Char('@') + version; }
    bool isGates() const { return kind == FrameworkKind::Gates; }
    const Criterion *findCriterion(const QString &criterionId) const;
    const Dimension *findDimension(const QString &dimensionId) const;
    const Dimension *dimensionOf(const QString &criterionId) const;
    int criterionCount() const;

    bool operator==(const Framework &o) const;
};

} // namespace dpi
