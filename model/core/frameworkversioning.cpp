#include "frameworkversioning.h"

#include "semver.h"

namespace dpi {

std::optional<Framework> nextFrameworkVersion(const Framework &framework, VersionBump bump,
                                              const LocalizedText &summary, const QDate &date,
                                              QString *error)
{
    std::optional<SemVer> version = SemVer::parse(framework.version);
    if (!version) {
        if (error)
            *error = QStringLiteral("'%1' is not a semantic version (MAJOR.MINOR.PATCH)").arg(framework.version);
        return std::nullopt;
    }
    SemVer next = *version;
    // 1.2.0-rc.1 is released as 1.2.0 whatever part was asked for: semver
    // orders the prerelease before it, so that is already the next version.
    if (next.prerelease.isEmpty()) {
        switch (bump) {
        case VersionBump::Major:
            next = SemVer{version->major + 1, 0, 0, QString()};
            break;
        case VersionBump::Minor:
            next = SemVer{version->major, version->minor + 1, 0, QString()};
            break;
        case VersionBump::Patch:
            next = SemVer{version->major, version->minor, version->patch + 1, QString()};
            break;
        }
    }
    next.prerelease.clear();

    Framework bumped = framework;
    bumped.version = next.toString();
    bumped.changelog.insert(bumped.changelog.begin(),
                            ChangelogEntry{bumped.version, date.toString(Qt::ISODate), summary});
    return bumped;
}

Framework frameworkVariant(const Framework &framework, const QString &newId, const QDate &date)
{
    Framework variant = framework;
    variant.id = newId;
    variant.version = QStringLiteral("1.0.0");
    variant.derivedFrom = framework.pin();
    LocalizedText summary;
    summary.set(QStringLiteral("en"), QStringLiteral("Variant of %1.").arg(framework.pin()));
    summary.set(QStringLiteral("ru"), QStringLiteral("Вариант %1.").arg(framework.pin()));
    variant.changelog = {ChangelogEntry{variant.version, date.toString(Qt::ISODate), summary}};
    return variant;
}

} // namespace dpi
