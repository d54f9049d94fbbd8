// Issue 15 item 4: every criterion of every bundled framework points to a
// primary source by URL, and secondary sources say that they are secondary.
#include "frameworkreader.h"
#include "testpaths.h"

#include <QDir>
#include <QUrl>

#include <gtest/gtest.h>

namespace {

// Hosts whose pages repeat what others decided or published: news sites,
// commercial translations of laws, third-party copies. A URL on one of them
// never counts as the primary source of a criterion.
const QStringList kSecondaryHosts = {
    QStringLiteral("24.kg"), QStringLiteral("cis-legislation.com"), QStringLiteral("ealegislation.com"),
    QStringLiteral("dig.watch"), QStringLiteral("p4h.world"), QStringLiteral("trend.az"),
    QStringLiteral("medical-pharm.kg"), QStringLiteral("online.zakon.kz"), QStringLiteral("akchabar.kg"),
    QStringLiteral("dlapiperdataprotection.com"), QStringLiteral("donors.kg"), QStringLiteral("osce-academy.net")};

bool onSecondaryHost(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    for (const QString &secondary : kSecondaryHosts) {
        if (host == secondary || host.endsWith(QLatin1Char('.') + secondary))
            return true;
    }
    return false;
}

std::vector<dpi::Framework> bundledFrameworks()
{
    const QDir dir(dpitest::sourcePath(QStringLiteral("assessments")));
    std::vector<dpi::Framework> frameworks;
    for (const QString &file : dir.entryList({QStringLiteral("*.framework.yaml")}, QDir::Files)) {
        const dpi::FrameworkReadResult result = dpi::readFrameworkFile(dir.filePath(file));
        EXPECT_TRUE(result.ok()) << file.toStdString() << "\n" << result.diagnostics.toString().toStdString();
        if (result.framework)
            frameworks.push_back(*result.framework);
    }
    return frameworks;
}

TEST(BundledSources, EveryCriterionHasAPrimarySourceUrl)
{
    const std::vector<dpi::Framework> frameworks = bundledFrameworks();
    ASSERT_GE(frameworks.size(), 4u);
    int criteria = 0;
    for (const dpi::Framework &framework : frameworks) {
        for (const dpi::Dimension &dimension : framework.dimensions) {
            for (const dpi::Criterion &criterion : dimension.criteria) {
                ++criteria;
                bool primary = false;
                for (const dpi::Reference &reference : criterion.references) {
                    const QString url = reference.value(QStringLiteral("url"));
                    if (url.isEmpty())
                        continue;
                    EXPECT_TRUE(QUrl(url, QUrl::StrictMode).isValid() && url.startsWith(QLatin1String("http")))
                        << criterion.id.toStdString() << ": " << url.toStdString();
                    const bool markedSecondary = !reference.value(QStringLiteral("secondary")).isEmpty();
                    EXPECT_TRUE(markedSecondary || !onSecondaryHost(url))
                        << criterion.id.toStdString() << " cites a secondary source without saying so: " << url.toStdString();
                    primary = primary || (!markedSecondary && !onSecondaryHost(url));
                }
                EXPECT_TRUE(primary) << framework.id.toStdString() << "/" << criterion.id.toStdString()
                                     << " has no reference with a primary-source URL";
            }
        }
    }
    EXPECT_GE(criteria, 95);
}

TEST(BundledSources, SecondarySourcesAreMarkedInTheSourceList)
{
    for (const dpi::Framework &framework : bundledFrameworks()) {
        for (const dpi::Source &source : framework.sources) {
            if (onSecondaryHost(source.url)) {
                EXPECT_TRUE(source.title.endsWith(QLatin1String("[secondary source]")))
                    << framework.id.toStdString() << " source " << source.id.toStdString() << ": " << source.title.toStdString();
            }
        }
    }
}

TEST(BundledSources, AuthorsAreTheProjectsContributors)
{
    for (const dpi::Framework &framework : bundledFrameworks())
        EXPECT_EQ(framework.authors, QStringList{QStringLiteral("DPI Workbench contributors")}) << framework.id.toStdString();
}

} // namespace
