#include "miniproject.h"

#include "reportcontext.h"
#include "reportsources.h"
#include "scoring.h"

#include <gtest/gtest.h>

using namespace dpi;
using namespace reporttest;

namespace {

TemplateSource templateSource(const QString &id, const QString &url, const QStringList &countries = {})
{
    TemplateSource source;
    source.id = id;
    source.title = LocalizedText(QStringLiteral("Template source ") + id);
    source.url = url;
    source.countries = countries;
    return source;
}

// The mini project (country KG) with a second use of its framework source's
// address, written differently, as evidence of another sector.
Project miniWithRepeatedSource()
{
    Project project = loadMini();
    Score &score = project.sectors.at(1).scores[QStringLiteral("mini-interop")][QStringLiteral("exchange.logs")];
    score.evidence.push_back({QStringLiteral("Catalogue of building blocks."), QStringLiteral("HTTPS://SPECS.govstack.global"), QString()});
    return project;
}

TEST(ReportSources, NumbersEachSourceOnceInAStableOrder)
{
    const Project project = miniWithRepeatedSource();
    const std::vector<TemplateSource> own{templateSource(QStringLiteral("T1"), QStringLiteral("https://example.org/a")),
                                          templateSource(QStringLiteral("UZONLY"), QStringLiteral("https://example.org/uz"), {QStringLiteral("UZ")})};
    const std::map<QString, QString> labels{{QStringLiteral("reference_govstack"), QStringLiteral("GovStack specification")}};
    const ReportSourceIndex index(project, own, QStringLiteral("en"), labels);

    // Template source (the Uzbek one left out), framework source, the criteria's
    // references (the note names no source), then the evidence.
    const std::vector<ReportSource> &sources = index.sources();
    ASSERT_EQ(sources.size(), 5u);
    EXPECT_EQ(sources[0].url, QStringLiteral("https://example.org/a"));
    EXPECT_EQ(sources[1].url, QStringLiteral("https://specs.govstack.global/"));
    EXPECT_EQ(sources[1].title, QStringLiteral("GovStack Information Mediator specification"));
    EXPECT_EQ(sources[1].accessed, QStringLiteral("2024-05-01"));
    EXPECT_EQ(sources[2].title, QStringLiteral("GovStack specification: information-mediator"));
    EXPECT_TRUE(sources[2].url.isEmpty());
    EXPECT_EQ(sources[3].url, QStringLiteral("https://x-road.global/"));
    EXPECT_EQ(sources[4].url, QStringLiteral("https://tunduk.kg/"));
    for (std::size_t i = 0; i < sources.size(); ++i)
        EXPECT_EQ(sources[i].number, int(i) + 1);

    EXPECT_EQ(index.templateSource(QStringLiteral("T1")), 1);
    EXPECT_EQ(index.templateSource(QStringLiteral("UZONLY")), 0);
    // Host case and a trailing slash do not make another source.
    EXPECT_EQ(index.url(QStringLiteral("HTTPS://SPECS.govstack.global")), 2);
    EXPECT_EQ(index.url(QStringLiteral(" https://tunduk.kg ")), 5);
    EXPECT_EQ(index.url(QString()), 0);

    const Criterion *membership = project.frameworks.front().framework.findCriterion(QStringLiteral("exchange.membership"));
    ASSERT_NE(membership, nullptr);
    const auto citation = index.reference(membership->references.front());
    ASSERT_TRUE(citation);
    EXPECT_EQ(citation->number, 3);
    EXPECT_EQ(citation->locator, QStringLiteral("Service Access"));
    const Criterion *staff = project.frameworks.front().framework.findCriterion(QStringLiteral("capacity.staff"));
    ASSERT_NE(staff, nullptr);
    EXPECT_FALSE(index.reference(staff->references.front()));
}

TEST(ReportSources, CitationsJoinRunsAndDropDuplicates)
{
    EXPECT_EQ(formatCitation({4}), QStringLiteral("[4]"));
    EXPECT_EQ(formatCitation({5, 4}), QStringLiteral("[4, 5]"));
    EXPECT_EQ(formatCitation({3, 1, 2, 5, 7, 6, 9, 9, 0}), QStringLiteral("[1\u20133, 5\u20137, 9]"));
    EXPECT_EQ(formatCitation({0}), QString());
    EXPECT_EQ(formatCitation({}), QString());
}

TEST(ReportSources, ContextCitesEvidenceAndReferencesByTheirNumbers)
{
    const Project project = miniWithRepeatedSource();
    ReportContextOptions options;
    options.templateSources = {templateSource(QStringLiteral("T1"), QStringLiteral("https://example.org/a"))};
    const QVariantMap context = buildReportContext(project, scoreProject(project), options);

    const QVariantList sources = context.value(QStringLiteral("sources")).toList();
    ASSERT_EQ(sources.size(), 5);
    EXPECT_EQ(context.value(QStringLiteral("source_count")).toString(), QStringLiteral("5"));
    auto urlOf = [&sources](const QString &cite) {
        for (const QVariant &source : sources) {
            if (source.toMap().value(QStringLiteral("cite")).toString() == cite)
                return source.toMap().value(QStringLiteral("url")).toString();
        }
        return QString();
    };
    EXPECT_EQ(context.value(QStringLiteral("cite")).toMap().value(QStringLiteral("T1")).toString(), QStringLiteral("[1]"));

    // Every evidence item with an address cites the source with that address.
    int cited = 0;
    for (const QVariant &sector : context.value(QStringLiteral("sectors")).toList()) {
        for (const QVariant &framework : sector.toMap().value(QStringLiteral("frameworks")).toList()) {
            for (const QVariant &dimension : framework.toMap().value(QStringLiteral("dimensions")).toList()) {
                for (const QVariant &criterion : dimension.toMap().value(QStringLiteral("criteria")).toList()) {
                    for (const QVariant &item : criterion.toMap().value(QStringLiteral("evidence")).toList()) {
                        const QVariantMap evidence = item.toMap();
                        const QString cite = evidence.value(QStringLiteral("cite")).toString();
                        EXPECT_EQ(sourceUrlKey(urlOf(cite)), sourceUrlKey(evidence.value(QStringLiteral("url")).toString())) << cite.toStdString();
                        ++cited;
                    }
                    if (criterion.toMap().value(QStringLiteral("id")) == QLatin1String("exchange.membership")) {
                        const QVariantList references = criterion.toMap().value(QStringLiteral("references")).toList();
                        ASSERT_EQ(references.size(), 1);
                        EXPECT_EQ(references[0].toMap().value(QStringLiteral("cite")).toString(), QStringLiteral("[3]"));
                        EXPECT_EQ(references[0].toMap().value(QStringLiteral("locator")).toString(), QStringLiteral("Service Access"));
                    }
                    if (criterion.toMap().value(QStringLiteral("id")) == QLatin1String("capacity.staff")) {
                        const QVariantList references = criterion.toMap().value(QStringLiteral("references")).toList();
                        ASSERT_EQ(references.size(), 1);
                        EXPECT_EQ(references[0].toMap().value(QStringLiteral("note")).toString(), QStringLiteral("Analyst judgement"));
                        EXPECT_TRUE(references[0].toMap().value(QStringLiteral("cite")).toString().isEmpty());
                    }
                }
            }
        }
    }
    EXPECT_EQ(cited, 2);
    const QVariantMap framework = context.value(QStringLiteral("frameworks")).toList().front().toMap();
    EXPECT_EQ(framework.value(QStringLiteral("sources_cite")).toString(), QStringLiteral("[2]"));
}

TEST(ReportContext, CountryLabelsReplaceThePlainOnes)
{
    Project project = loadMini();
    ReportContextOptions options;
    options.labels = {{QStringLiteral("examples"), QStringLiteral("generic")},
                      {QStringLiteral("examples@KG"), QStringLiteral("Tunduk")},
                      {QStringLiteral("only@UZ"), QStringLiteral("Uzbek")}};
    QVariantMap labels = buildReportContext(project, scoreProject(project), options).value(QStringLiteral("labels")).toMap();
    EXPECT_EQ(labels.value(QStringLiteral("examples")).toString(), QStringLiteral("Tunduk"));
    EXPECT_FALSE(labels.contains(QStringLiteral("only")));
    EXPECT_FALSE(labels.contains(QStringLiteral("examples@KG")));

    project.metadata.country = QStringLiteral("UZ");
    labels = buildReportContext(project, scoreProject(project), options).value(QStringLiteral("labels")).toMap();
    EXPECT_EQ(labels.value(QStringLiteral("examples")).toString(), QStringLiteral("generic"));
    EXPECT_EQ(labels.value(QStringLiteral("only")).toString(), QStringLiteral("Uzbek"));
}

TEST(ReportContext, GlossaryIsSortedInTheReportLanguageAndFilteredByCountry)
{
    const Project project = loadMini();
    ReportContextOptions options;
    options.templateSources = {templateSource(QStringLiteral("S"), QStringLiteral("https://example.org/s"))};
    auto term = [](const QString &id, const QString &en, const QString &ru, const QStringList &countries = {}) {
        GlossaryTerm t;
        t.id = id;
        t.term.set(QStringLiteral("en"), en);
        t.term.set(QStringLiteral("ru"), ru);
        t.definition.set(QStringLiteral("en"), QStringLiteral("Definition of ") + en);
        t.countries = countries;
        return t;
    };
    options.glossary = {term(QStringLiteral("b"), QStringLiteral("Zebra"), QStringLiteral("Антилопа")),
                        term(QStringLiteral("a"), QStringLiteral("apple"), QStringLiteral("Яблоко")),
                        term(QStringLiteral("uz"), QStringLiteral("Aral"), QStringLiteral("Арал"), {QStringLiteral("UZ")})};
    options.glossary[0].sources = {QStringLiteral("S")};
    auto terms = [&](const QString &language) {
        options.language = language;
        QStringList list;
        for (const QVariant &item : buildReportContext(project, scoreProject(project), options).value(QStringLiteral("glossary")).toList())
            list << item.toMap().value(QStringLiteral("term")).toString() + item.toMap().value(QStringLiteral("cite")).toString();
        return list;
    };
    EXPECT_EQ(terms(QStringLiteral("en")), QStringList({QStringLiteral("apple"), QStringLiteral("Zebra[1]")}));
    EXPECT_EQ(terms(QStringLiteral("ru")), QStringList({QStringLiteral("Антилопа[1]"), QStringLiteral("Яблоко")}));
}

TEST(ReportContext, TheBodyListsAtMostTheConfiguredNumberOfRecommendations)
{
    Project project = loadMini();
    CriterionScores &scores = project.sectors.at(1).scores[QStringLiteral("mini-interop")];
    scores[QStringLiteral("exchange.membership")].recommendation = QStringLiteral("First");
    scores[QStringLiteral("capacity.staff")].level = 1;
    scores[QStringLiteral("capacity.staff")].recommendation = QStringLiteral("Second");
    ReportContextOptions options;
    options.bodyActionCount = 1;
    const QVariantMap healthcare = buildReportContext(project, scoreProject(project), options)
                                       .value(QStringLiteral("sectors")).toList().at(1).toMap();
    const QVariantList body = healthcare.value(QStringLiteral("body_recommendations")).toList();
    ASSERT_EQ(body.size(), 1);
    // Lowest first: membership (level 0) before staff (level 1 of 4).
    EXPECT_EQ(body[0].toMap().value(QStringLiteral("recommendation")).toString(), QStringLiteral("First"));
    EXPECT_EQ(healthcare.value(QStringLiteral("more_recommendations")).toString(), QStringLiteral("1"));
    EXPECT_TRUE(healthcare.value(QStringLiteral("has_more_recommendations")).toBool());
    EXPECT_EQ(healthcare.value(QStringLiteral("gaps")).toList().size(), 2);
}

} // namespace
