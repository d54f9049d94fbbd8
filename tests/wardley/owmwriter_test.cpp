#include "owmoracle.h"
#include "owmreader.h"
#include "owmwriter.h"
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

// A map that uses every feature of the model, including names the
// reference engine stumbles over when they are not written carefully.
WardleyMap everythingMap()
{
    const char *text =
        "title Everything map\n"
        "style wardley\n"
        "size [1200, 900]\n"
        "evolution Idea->Custom->Product->Utility\n"
        "anchor Citizens [0.95, 0.5]\n"
        "component Portal [0.8, 0.45] label [12, -6] (build) inertia\n"
        "component \"Identity\\nProvider\" [0.6, 0.4] (buy, market)\n"
        "component building [0.5, 0.3] (ecosystem)\n"
        "component Hosting [0.2, 0.7]\n"
        "pipeline Hosting\n"
        "{\n"
        "  component Own servers [0.3] label [-20, 25]\n"
        "  component Cloud [0.8]\n"
        "}\n"
        "component Power [0.1, 0.9]\n"
        "pipeline Power [0.6, 0.95]\n"
        "submap Billing [0.55, 0.2] url(billingMap)\n"
        "evolve Portal->Portal 2 0.6 label [5, 5]\n"
        "evolve Power 1\n"
        "Citizens->Portal\n"
        "Portal->\"Identity\\nProvider\"; needs login\n"
        "building+>Hosting\n"
        "Portal+<Hosting\n"
        "Portal+<>Power\n"
        "Portal+'$5'>Billing\n"
        "Hosting+'2 GB'<Power\n"
        "Cloud+'x'<>Power\n"
        "note Build once, reuse [0.3, 0.2]\n"
        "note \"two\\nlines\" [0.25, 0.25]\n"
        "annotation 1 [[0.4, 0.5], [0.1, 0.8]] Standards help\n"
        "annotation 2 [0.45, 0.85] Known\n"
        "annotations [0.72, 0.03]\n"
        "pioneers [0.9, 0.1, 0.7, 0.3]\n"
        "settlers [0.6, 0.4, 0.4, 0.6]\n"
        "townplanners [0.3, 0.7, 0.1, 0.9]\n"
        "accelerator Open source [0.4, 0.5]\n"
        "deaccelerator Regulation [0.35, 0.45]\n"
        "url billingMap [https://onlinewardleymaps.com/#clone:abc]\n";
    const auto r = parseOwm(QString::fromUtf8(text), QStringLiteral("everything.owm"));
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(r.diagnostics.toString());
    return r.map;
}

TEST(OwmWriter, ReadsBackIntoTheSameMap)
{
    WardleyMap map = everythingMap();
    const QString text = writeOwm(map);
    const auto again = parseOwm(text, QStringLiteral("written.owm"));
    EXPECT_TRUE(again.diagnostics.isEmpty()) << qPrintable(again.diagnostics.toString()) << "\n" << qPrintable(text);
    EXPECT_EQ(owmtest::sectionsOf(again.map), owmtest::sectionsOf(map)) << qPrintable(text);
    // Writing is deterministic: the re-read map writes the same text.
    EXPECT_EQ(writeOwm(again.map), text);
}

TEST(OwmWriter, QuotesWhatWouldOtherwiseBreak)
{
    WardleyMap map;
    WardleyComponent c;
    c.id = QStringLiteral("a");
    c.name = QStringLiteral("Uses [brackets]");
    map.components.push_back(c);
    WardleyLink link;
    link.from = QStringLiteral("building");
    link.to = QStringLiteral("A->B");
    link.context = QStringLiteral("why");
    map.links.push_back(link);
    WardleyEvolve evolve;
    evolve.component = QStringLiteral("Web (old)");
    evolve.maturity = 1;
    map.evolves.push_back(evolve);
    const QString text = writeOwm(map);
    EXPECT_TRUE(text.contains(QStringLiteral("component \"Uses [brackets]\" [0.9, 0.1]\n"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("\"building\"->\"A->B\"; why\n"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("evolve Web (old) 1.0\n"))) << qPrintable(text);
}

TEST(OwmWriter, ReferenceEngineReadsWhatWeWrite)
{
    const QString unavailable = owmtest::oracleUnavailableReason();
    if (!unavailable.isEmpty())
        GTEST_SKIP() << qPrintable(unavailable);
    const WardleyMap map = everythingMap();
    const QString text = writeOwm(map);
    QString error;
    const auto answers = owmtest::runOracle({text}, &error);
    ASSERT_EQ(answers.size(), 1u) << qPrintable(error);
    const QJsonObject answer = answers.front();
    ASSERT_FALSE(answer.contains(QLatin1String("exception")));
    const QJsonObject oracleMap = answer.value(QLatin1String("map")).toObject();
    EXPECT_EQ(owmtest::differences(owmtest::sectionsOf(map), owmtest::sectionsOf(oracleMap)), QStringList()) << qPrintable(text);
    EXPECT_TRUE(oracleMap.value(QLatin1String("errors")).toArray().isEmpty()) << qPrintable(text);
}

TEST(WardleyMapYaml, RoundTripsEveryField)
{
    WardleyMap map = everythingMap();
    map.id = QStringLiteral("everything");
    map.title.set(QStringLiteral("ru"), QStringLiteral("Всё"));
    map.showValueChainAxis = false;
    map.valueChainAxis = WardleyValueChainAxis{QStringLiteral("Value"), QStringLiteral("Low"), QStringLiteral("High")};
    map.components[1].criteria = QStringList{QStringLiteral("tf/tf.interop.exchange"), QStringLiteral("ld/ld.law.1")};
    for (auto &c : map.components)
        c.line = 0;

    YAML::Emitter out;
    writeWardleyMapYaml(out, map);
    ASSERT_TRUE(out.good()) << out.GetLastError();
    const YAML::Node node = YAML::Load(out.c_str());
    Diagnostics diagnostics;
    YamlContext context(QStringLiteral("map.yaml"), diagnostics);
    WardleyMap back;
    ASSERT_TRUE(readWardleyMapYaml(node, context, back));
    EXPECT_TRUE(diagnostics.isEmpty()) << qPrintable(diagnostics.toString()) << "\n" << out.c_str();
    EXPECT_EQ(back, map) << out.c_str();
}

TEST(WardleyMapYaml, ReportsProblemsWithPositions)
{
    const char *text = "id: m\n"
                       "components:\n"
                       "  - id: a\n"
                       "    name: A\n"
                       "    at: [0.5]\n"
                       "    criteria: [nonsense]\n"
                       "    colour: red\n"
                       "  - id: a\n"
                       "    name: B\n"
                       "    at: [0.1, 0.2]\n"
                       "    pipeline: nowhere\n";
    const YAML::Node node = YAML::Load(text);
    Diagnostics diagnostics;
    YamlContext context(QStringLiteral("map.yaml"), diagnostics);
    WardleyMap map;
    readWardleyMapYaml(node, context, map);
    const QString all = diagnostics.toString();
    EXPECT_TRUE(all.contains(QStringLiteral("map.yaml:5:9: error: 'at' must be a pair of numbers"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("map.yaml:6:15: error: criterion reference 'nonsense'"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("map.yaml:7:5: warning:"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("map.yaml:8:9: error: duplicate id 'a'"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("pipeline 'nowhere'"))) << qPrintable(all);
}

TEST(WardleyMapYaml, AcceptsOwmTextWithDiagnosticsInTheYamlFile)
{
    const char *text = "id: m\n"
                       "title: T\n"
                       "owm: |\n"
                       "  component A [0.5, 0.5]\n"
                       "  what is this\n";
    const YAML::Node node = YAML::Load(text);
    Diagnostics diagnostics;
    YamlContext context(QStringLiteral("p.dpi.yaml"), diagnostics);
    WardleyMap map;
    ASSERT_TRUE(readWardleyMapYaml(node, context, map));
    EXPECT_EQ(map.components.size(), 1u);
    EXPECT_EQ(map.title.text(), QStringLiteral("T"));
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].line, 5);
}

} // namespace
