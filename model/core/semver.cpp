#include "semver.h"

#include <QRegularExpression>

namespace dpi {

std::optional<SemVer> SemVer::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SemVer version;
    version.major = match.captured(1).toInt();
    version.minor = match.captured(2).toInt();
    version.patch = match.captured(3).toInt();
    version.prerelease = match.captured(4);
    return version;
}

QString SemVer::toString() const
{
    QString text = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
    if (!prerelease.isEmpty())
        text += QLatin1Char('-') + prerelease;
    return text;
}

int SemVer::compare(const SemVer &other) const
{
    if (major != other.major)
        return major < other.major ? -1 : 1;
    if (minor != other.minor)
        return minor < other.minor ? -1 : 1;
    if (patch != other.patch)
        return patch < other.patch ? -1 : 1;
    if (prerelease == other.prerelease)
        return 0;
    if (prerelease.isEmpty())
        return 1;
    if (other.prerelease.isEmpty())
        return -1;
    return prerelease < other.prerelease ? -1 : 1;
}

} // namespace dpi
