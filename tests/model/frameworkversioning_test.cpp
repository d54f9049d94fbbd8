#include "frameworkversioning.h"

#include <gtest/gtest.h>

using namespace dpi;

namespace {

Framework framework(const QString &version)
{
    Framework fw;
    fw.id = QStringLiteral("tech");
    fw.version = version;
    fw.changelog.push_back(ChangelogEntry{version, QStringLiteral("2024-01-01"), LocalizedText(QStringLiteral("First."))});
    return fw;
}

} // namespace

TEST(FrameworkVersioning, BumpsEachPartAndPrependsChangelog)
{
    const QDate date(2026, 11, 28);
    const LocalizedText summary(QStringLiteral("Reworded rubric."));
    EXPECT_EQ(nextFrameworkVersion(framework(QStringLiteral("1.4.2")), VersionBump::Major, summary, date, nullptr)->version,
              QStringLiteral("2.0.0"));
    EXPECT_EQ(nextFrameworkVersion(framework(QStringLiteral("1.4.2")), VersionBump::Minor, summary, date, nullptr)->version,
              QStringLiteral("1.5.0"));
    const auto patched = nextFrameworkVersion(framework(QStringLiteral("1.4.2")), VersionBump::Patch, summary, date, nullptr);
    ASSERT_TRUE(patched);
    EXPECT_EQ(patched->version, QStringLiteral("1.4.3"));
    ASSERT_EQ(patched->changelog.size(), 2u);
    EXPECT_EQ(patched->changelog.front().version, QStringLiteral("1.4.3"));
    EXPECT_EQ(patched->changelog.front().date, QStringLiteral("2026-11-28"));
    EXPECT_EQ(patched->changelog.front().summary, summary);
}

TEST(FrameworkVersioning, PrereleaseIsReleasedNotSkipped)
{
    const auto next = nextFrameworkVersion(framework(QStringLiteral("2.0.0-rc.1")), VersionBump::Major,
                                           LocalizedText(QStringLiteral("Release.")), QDate(2026, 1, 1), nullptr);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->version, QStringLiteral("2.0.0"));
}

TEST(FrameworkVersioning, RefusesNonSemver)
{
    QString error;
    EXPECT_FALSE(nextFrameworkVersion(framework(QStringLiteral("v2")), VersionBump::Minor, LocalizedText(), QDate(2026, 1, 1), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("v2")));
}

TEST(FrameworkVersioning, VariantRecordsWhereItCameFrom)
{
    Framework original = framework(QStringLiteral("1.2.0"));
    original.dimensions.push_back(Dimension{});
    original.dimensions.back().id = QStringLiteral("d");
    const Framework variant = frameworkVariant(original, QStringLiteral("tech-undp"), QDate(2026, 11, 28));
    EXPECT_EQ(variant.id, QStringLiteral("tech-undp"));
    EXPECT_EQ(variant.derivedFrom, QStringLiteral("tech@1.2.0"));
    EXPECT_EQ(variant.version, QStringLiteral("1.0.0"));
    ASSERT_EQ(variant.changelog.size(), 1u);
    EXPECT_TRUE(variant.changelog.front().summary.text().contains(QStringLiteral("tech@1.2.0")));
    EXPECT_EQ(variant.dimensions, original.dimensions);
}
