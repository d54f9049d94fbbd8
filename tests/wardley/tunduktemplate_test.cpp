#include "frameworkreader.h"
#include "owmoracle.h"
#include "owmreader.h"
#include "qtprinters.h"
#include "testpaths.h"
#include "wardleymapyaml.h"
#include "yamlcontext.h"

#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace dpi;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString owmPath()
{
    return dpitest::sourcePath(QStringLiteral("templates/maps/tunduk-value-chain.owm"));
}

TEST(TundukTemplate, ReadsCleanlyAndCoversTheValueChain)
{
    const auto r = parseOwm(readText(owmPath()), owmPath());
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(r.diagnostics.toString());
    const WardleyMap &m = r.map;
    // The study's own subjects (issue 15): consent, credentials, the health
    // insurance fund, the immunisation registry, and each sector system by
    // its own name.
    for (const char *name : {"Citizens", "Businesses and banks", "Government agencies", "Tunduk mobile app", "State e-services portal",
                             "ESIA unified identification", "Cloud e-signature", "X-Road security servers", "X-Road central services",
                             "Trust services (CA, TSA, OCSP)", "State base registries", "Digital consent", "Verifiable credentials",
                             "Mandatory Health Insurance Fund", "iEmdoo immunisation registry", "E-Kündölük school e-diary",
                             "Education Management Information System (MoES)", "Unified Medical Information System (MoH)",
                             "Data centres and hosting", "Connectivity"}) {
        EXPECT_NE(m.findComponentByName(QString::fromUtf8(name)), nullptr) << name;
    }
    // Context is a note, not a component; "EMIS" alone would name two systems.
    EXPECT_EQ(m.findComponentByName(QStringLiteral("Legal framework")), nullptr);
    for (const WardleyComponent &c : m.components)
        EXPECT_FALSE(c.name.contains(QStringLiteral("EMIS"))) << qPrintable(c.name);
    // Every link and evolve arrow ends at a declared component.
    for (const WardleyLink &l : m.links) {
        EXPECT_NE(m.findComponentByName(l.from), nullptr) << qPrintable(l.from);
        EXPECT_NE(m.findComponentByName(l.to), nullptr) << qPrintable(l.to);
    }
    // Evolve arrows only where a note argues the movement (the note names the component).
    EXPECT_GE(m.evolves.size(), 1u);
    for (const WardleyEvolve &e : m.evolves) {
        const WardleyComponent *c = m.findComponentByName(e.component);
        ASSERT_NE(c, nullptr) << qPrintable(e.component);
        EXPECT_GT(e.maturity, c->position.maturity) << qPrintable(e.component);
        const QString shortName = e.component.section(QStringLiteral(" ("), 0, 0);
        const bool argued = std::any_of(m.notes.begin(), m.notes.end(), [&](const WardleyNote &n) { return n.text.contains(shortName); });
        EXPECT_TRUE(argued) << "no note argues the movement of " << qPrintable(e.component);
    }
    // Identity is one need in several forms: a pipeline from the card to the app.
    const WardleyPipeline *identity = m.findPipelineOf(QStringLiteral("Digital identity"));
    ASSERT_NE(identity, nullptr);
    QStringList forms;
    for (const WardleyComponent *child : m.pipelineChildren(identity->id))
        forms << child->name;
    forms.sort();
    EXPECT_EQ(forms, QStringList({QStringLiteral("Chip ID card"), QStringLiteral("Digital ID in the Tunduk app"),
                                  QStringLiteral("ESIA unified identification")}));
    // Inertia where legacy resists, and how each part is sourced.
    const auto count = [&m](const std::function<bool(const WardleyComponent &)> &test) {
        return std::count_if(m.components.begin(), m.components.end(), test);
    };
    EXPECT_TRUE(m.findComponentByName(QStringLiteral("Agency information systems"))->inertia);
    EXPECT_GE(count([](const WardleyComponent &c) { return c.decorators.build; }), 1);
    EXPECT_GE(count([](const WardleyComponent &c) { return c.decorators.buy; }), 1);
    EXPECT_GE(count([](const WardleyComponent &c) { return c.decorators.outsource; }), 1);
    EXPECT_TRUE(m.findComponentByName(QStringLiteral("X-Road security servers"))->decorators.buy);
    // Nothing after the 2024-12-31 cut-off is stated as fact on the map.
    const QRegularExpression laterYear(QStringLiteral("(?<![-\\x{2013}])\\b202[5-9]\\b(?![-\\x{2013}]\\d)"));
    QStringList texts;
    for (const WardleyNote &n : m.notes)
        texts << n.text;
    for (const WardleyAnnotation &a : m.annotations)
        texts << a.text;
    for (const QString &text : std::as_const(texts)) {
        if (text.contains(laterYear))
            EXPECT_TRUE(text.contains(QStringLiteral("after the cut-off"), Qt::CaseInsensitive)) << qPrintable(text);
    }
    // Stages from the analysis: the PIN and connectivity are commodities,
    // agency systems custom-built, X-Road servers a product, consent in genesis.
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("Connectivity"))->position.maturity), WardleyStage::Commodity);
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("Unique personal number (PIN)"))->position.maturity), WardleyStage::Commodity);
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("Agency information systems"))->position.maturity), WardleyStage::Custom);
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("X-Road security servers"))->position.maturity), WardleyStage::Product);
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("Digital consent"))->position.maturity), WardleyStage::Genesis);
}

TEST(TundukTemplate, ReferenceEngineReadsTheSameMap)
{
    const QString unavailable = owmtest::oracleUnavailableReason();
    if (!unavailable.isEmpty())
        GTEST_SKIP() << qPrintable(unavailable);
    const QString text = readText(owmPath());
    QString error;
    const auto answers = owmtest::runOracle({text}, &error);
    ASSERT_EQ(answers.size(), 1u) << qPrintable(error);
    const QJsonObject oracle = answers.front().value(QLatin1String("map")).toObject();
    EXPECT_TRUE(oracle.value(QLatin1String("errors")).toArray().isEmpty());
    EXPECT_EQ(owmtest::differences(owmtest::sectionsOf(parseOwm(text, owmPath()).map), owmtest::sectionsOf(oracle)), QStringList());
}

TEST(TundukTemplate, YamlFormIsTheSameMapWithRealCriteria)
{
    const QString path = dpitest::sourcePath(QStringLiteral("templates/maps/tunduk-value-chain.map.yaml"));
    const YAML::Node node = YAML::LoadFile(path.toStdString());
    Diagnostics diagnostics;
    YamlContext context(path, diagnostics);
    WardleyMap map;
    ASSERT_TRUE(readWardleyMapYaml(node, context, map));
    EXPECT_TRUE(diagnostics.isEmpty()) << qPrintable(diagnostics.toString());
    const WardleyMap fromOwm = parseOwm(readText(owmPath()), owmPath()).map;
    EXPECT_EQ(owmtest::sectionsOf(map), owmtest::sectionsOf(fromOwm));

    // The explanation says in words what the map shows: at least 150 words in each language.
    for (const char *language : {"en", "ru"}) {
        const QString text = map.explanation.exact(QLatin1String(language));
        EXPECT_GE(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size(), 150) << language;
    }

    std::map<QString, Framework> frameworks;
    for (const char *id : {"technical-feasibility", "legal-due-diligence", "org-capacity"}) {
        const auto read = readFrameworkFile(dpitest::sourcePath(QStringLiteral("assessments/%1.framework.yaml").arg(QLatin1String(id))));
        ASSERT_TRUE(read.framework.has_value()) << id;
        frameworks.emplace(read.framework->id, *read.framework);
    }
    int linked = 0;
    for (const WardleyComponent &c : map.components) {
        for (const QString &ref : c.criteria) {
            const auto framework = frameworks.find(ref.section(u'/', 0, 0));
            ASSERT_NE(framework, frameworks.end()) << qPrintable(ref);
            EXPECT_NE(framework->second.findCriterion(ref.section(u'/', 1)), nullptr) << qPrintable(ref);
        }
        linked += c.criteria.isEmpty() ? 0 : 1;
    }
    EXPECT_GE(linked, 15);
}

} // namespace
