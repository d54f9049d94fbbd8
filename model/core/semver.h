#pragma once

#include <QString>

#include <optional>

namespace dpi {

// MAJOR.MINOR.PATCH with an optional -prerelease; build metadata is ignored.
struct SemVer
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString prerelease;

    static std::optional<SemVer> parse(const QString &text);
    QString toString() const;
    // <0, 0, >0 like strcmp; a prerelease sorts before its release.
    int compare(const SemVer &other) const;
};

} // namespace dpi
