#include "frameworkreader.h"
#include "owmoracle.h"
#include "owmreader.h"
#include "qtprinters.h"
#include "testpaths.h"
#include "wardleymapyaml.h"
#include "yamlcontext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

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
    for (const char *name : {"Citizens", "Businesses and banks", "Government agencies", "Tunduk mobile app", "State e-services portal",
                             "ESIA unified identification", "Cloud e-signature", "X-Road security servers", "X-Road central services",
                             "Trust services (CA, TSA, OCSP)", "State base registries", "Education systems (Kundoluk, EMIS)",
                             "Health systems (EMIS, EHR)", "Data centres and hosting", "Connectivity", "Legal framework"}) {
        EXPECT_NE(m.findComponentByName(QString::fromUtf8(name)), nullptr) << name;
    }
    // Every link and evolve arrow ends at a declared component.
    for (const WardleyLink &l : m.links) {
        EXPECT_NE(m.findComponentByName(l.from), nullptr) << qPrintable(l.from);
        EXPECT_NE(m.findComponentByName(l.to), nullptr) << qPrintable(l.to);
    }
    EXPECT_GE(m.evolves.size(), 5u);
    for (const WardleyEvolve &e : m.evolves) {
        const WardleyComponent *c = m.findComponentByName(e.component);
        ASSERT_NE(c, nullptr) << qPrintable(e.component);
        EXPECT_GT(e.maturity, c->position.maturity) << qPrintable(e.component);
    }
    // Stages from the analysis: the PIN and connectivity are commodities,
    // agency systems custom-built, X-Road servers a product.
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("Connectivity"))->position.maturity), WardleyStage::Commodity);
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("Unique personal number (PIN)"))->position.maturity), WardleyStage::Commodity);
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("Agency information systems"))->position.maturity), WardleyStage::Custom);
    EXPECT_EQ(wardleyStageOf(m.findComponentByName(QStringLiteral("X-Road security servers"))->position.maturity), WardleyStage::Product);
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
