#pragma once

#include "framework.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dpi {

enum class VersionBump { Major, Minor, Patch };

/**
 * The framework as its next version: the version bumped (a prerelease is
 * dropped, as semver orders it) and a changelog entry for it put first.
 * Returns nullopt with `error` set when the current version is not semver.
 */
std::optional<Framework> nextFrameworkVersion(const Framework &framework, VersionBump bump,
                                              const LocalizedText &summary, const QDate &date,
                                              QString *error);

/**
 * A variant a partner adapts: a new id, `derived_from: id@version` of the
 * original, version 1.0.0 and a fresh changelog that says where it came from.
 * Criterion ids stay, so assessments can be compared across the two.
 */
Framework frameworkVariant(const Framework &framework, const QString &newId, const QDate &date);

} // namespace dpi
