#include "owmreader.h"
#include "qtprinters.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace dpi;

namespace {

OwmParseResult parse(const char *text)
{
    return parseOwm(QString::fromUtf8(text), QStringLiteral("t.owm"));
}

const WardleyComponent &component(const WardleyMap &map, const char *name)
{
    const WardleyComponent *c = map.findComponentByName(QString::fromUtf8(name));
    if (!c)
        throw std::runtime_error(std::string("no component ") + name);
    return *c;
}

QString messages(const OwmParseResult &r)
{
    return r.diagnostics.toString();
}

TEST(OwmReader, TeaShopExample)
{
    const auto r = parse("title Tea Shop\n"
                         "anchor Business [0.95, 0.63]\n"
                         "component Cup of Tea [0.79, 0.61] label [19, -4]\n"
                         "component Kettle [0.43, 0.35] (build) inertia\n"
                         "component Power [0.10, 0.70]\n"
                         "evolve Kettle->Electric Kettle 0.62 label [16, 5]\n"
                         "Business->Cup of Tea\n"
                         "Hot Water->Kettle; limited by\n"
                         "Kettle+'$0.10'>Power\n"
                         "style wardley\n");
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
    const WardleyMap &m = r.map;
    EXPECT_EQ(m.title.text(), QStringLiteral("Tea Shop"));
    EXPECT_EQ(m.style, QStringLiteral("wardley"));
    ASSERT_EQ(m.components.size(), 4u);
    EXPECT_EQ(component(m, "Business").type, WardleyComponentType::Anchor);
    EXPECT_EQ(component(m, "Business").position, (WardleyPosition{0.95, 0.63}));
    EXPECT_EQ(component(m, "Cup of Tea").label, (WardleyOffset{19, -4}));
    EXPECT_EQ(component(m, "Cup of Tea").id, QStringLiteral("cup-of-tea"));
    EXPECT_TRUE(component(m, "Kettle").decorators.build);
    EXPECT_TRUE(component(m, "Kettle").inertia);
    EXPECT_EQ(component(m, "Kettle").line, 4);
    EXPECT_EQ(WardleyMap::labelOffsetOf(component(m, "Kettle")), (WardleyOffset{10, -20}));
    ASSERT_EQ(m.evolves.size(), 1u);
    EXPECT_EQ(m.evolves[0].component, QStringLiteral("Kettle"));
    EXPECT_EQ(m.evolves[0].newName, QStringLiteral("Electric Kettle"));
    EXPECT_DOUBLE_EQ(m.evolves[0].maturity, 0.62);
    EXPECT_EQ(m.evolves[0].label, (WardleyOffset{16, 5}));
    ASSERT_EQ(m.links.size(), 3u); // the valued flow is one link, not two
    EXPECT_EQ(m.links[1].context, QStringLiteral("limited by"));
    EXPECT_EQ(m.links[2].flow, WardleyFlow::Forward);
    EXPECT_EQ(m.links[2].flowValue, QStringLiteral("$0.10"));
}

TEST(OwmReader, CoordinatesAreVisibilityThenMaturityAndNotClamped)
{
    const auto r = parse("component A [1.2, -0.1]\ncomponent B\n");
    EXPECT_EQ(component(r.map, "A").position, (WardleyPosition{1.2, -0.1}));
    EXPECT_EQ(component(r.map, "B").position, (WardleyPosition{0.9, 0.1}));
    EXPECT_TRUE(messages(r).contains(QStringLiteral("t.owm:2:11: warning: no coordinates"))) << qPrintable(messages(r));
}

TEST(OwmReader, DecoratorsAndLabelSpacing)
{
    const auto r = parse("component M [0.3, 0.6] (market, buy)\n"
                         "component E [0.3, 0.6] (ecosystem)\n"
                         "component O [0.3, 0.6] (outsource) label [1, 2]\n"
                         "component I [0.3, 0.6] (inertia)\n");
    const auto &m = component(r.map, "M");
    EXPECT_TRUE(m.decorators.market && m.decorators.buy);
    EXPECT_EQ(WardleyMap::labelOffsetOf(m), (WardleyOffset{10, -20}));
    EXPECT_EQ(WardleyMap::labelOffsetOf(component(r.map, "E")), (WardleyOffset{15, -30}));
    EXPECT_EQ(WardleyMap::labelOffsetOf(component(r.map, "O")), (WardleyOffset{1, 2}));
    EXPECT_TRUE(component(r.map, "O").decorators.outsource);
    EXPECT_TRUE(component(r.map, "I").inertia);
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
}

TEST(OwmReader, InertiaAndLabelInsideNamesAreNames)
{
    // Reference engine: substring tests give inertia and break the label.
    const auto r = parse("component Overcoming inertia [0.5, 0.5]\n"
                         "component Shipping label printer [0.4, 0.4] label [3, 4]\n");
    EXPECT_FALSE(component(r.map, "Overcoming inertia").inertia);
    EXPECT_EQ(component(r.map, "Shipping label printer").label, (WardleyOffset{3, 4}));
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
}

TEST(OwmReader, QuotedNamesKeepBracketsArrowsAndEscapes)
{
    const auto r = parse("component \"Identity\\nProvider\" [0.6, 0.4]\n"
                         "component \"Uses [brackets]\" [0.2, 0.3]\n"
                         "component \"A->B\" [0.1, 0.2]\n"
                         "\"A->B\"->\"Uses [brackets]\"\n"
                         "note \"two\\nlines [x]\" [0.5, 0.5]\n");
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
    EXPECT_EQ(component(r.map, "Identity\nProvider").position, (WardleyPosition{0.6, 0.4}));
    EXPECT_EQ(component(r.map, "Uses [brackets]").position, (WardleyPosition{0.2, 0.3}));
    ASSERT_EQ(r.map.links.size(), 1u);
    EXPECT_EQ(r.map.links[0].from, QStringLiteral("A->B"));
    EXPECT_EQ(r.map.links[0].to, QStringLiteral("Uses [brackets]"));
    ASSERT_EQ(r.map.notes.size(), 1u);
    EXPECT_EQ(r.map.notes[0].text, QStringLiteral("two\nlines [x]"));
}

TEST(OwmReader, BareNamesMayHoldNonNumericBrackets)
{
    const auto r = parse("component Uses [brackets] [0.2, 0.3] label [1, 2]\n");
    EXPECT_EQ(component(r.map, "Uses [brackets]").position, (WardleyPosition{0.2, 0.3}));
    EXPECT_EQ(component(r.map, "Uses [brackets]").label, (WardleyOffset{1, 2}));
}

TEST(OwmReader, LinksWhoseNamesStartWithKeywordsAreKept)
{
    const auto r = parse("building->land\nnotes service->db\nbuyer+<>building\nstylesheet->CSS\n"
                         "build system->compiler\ncomponent->x\n");
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
    ASSERT_EQ(r.map.links.size(), 6u);
    EXPECT_EQ(r.map.links[0].from, QStringLiteral("building"));
    EXPECT_EQ(r.map.links[1].from, QStringLiteral("notes service"));
    EXPECT_EQ(r.map.links[2].flow, WardleyFlow::Both);
    EXPECT_EQ(r.map.links[3].to, QStringLiteral("CSS"));
    EXPECT_EQ(r.map.links[4].from, QStringLiteral("build system"));
    EXPECT_EQ(r.map.links[5].from, QStringLiteral("component"));
}

TEST(OwmReader, FlowForms)
{
    const auto r = parse("A+>B\nA+<B\nA+<>B\nA+'x'>B\nA+'y'<B\nA+'z'<>B\nA->B; c1; c2\n");
    ASSERT_EQ(r.map.links.size(), 7u);
    const WardleyFlow expected[] = {WardleyFlow::Forward, WardleyFlow::Back, WardleyFlow::Both, WardleyFlow::Forward,
                                    WardleyFlow::Back, WardleyFlow::Both, WardleyFlow::None};
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(r.map.links[size_t(i)].flow, expected[i]) << i;
        EXPECT_EQ(r.map.links[size_t(i)].from, QStringLiteral("A"));
        EXPECT_EQ(r.map.links[size_t(i)].to, QStringLiteral("B"));
    }
    EXPECT_EQ(r.map.links[5].flowValue, QStringLiteral("z"));
    EXPECT_EQ(r.map.links[6].context, QStringLiteral("c1; c2"));
}

TEST(OwmReader, EvolveForms)
{
    const auto r = parse("evolve Z 1\nevolve Y .9\nevolve Web 2.0 Platform 0.8\n"
                         "evolve \"common library\" 0.73 label [-9, 3]\nevolve A->\"B b\" 0.5 (buy)\nevolve Q\n");
    ASSERT_EQ(r.map.evolves.size(), 6u);
    EXPECT_EQ(r.map.evolves[0].component, QStringLiteral("Z"));
    EXPECT_DOUBLE_EQ(r.map.evolves[0].maturity, 1.0);
    EXPECT_EQ(r.map.evolves[1].component, QStringLiteral("Y"));
    EXPECT_DOUBLE_EQ(r.map.evolves[1].maturity, 0.9);
    EXPECT_EQ(r.map.evolves[2].component, QStringLiteral("Web 2.0 Platform"));
    EXPECT_DOUBLE_EQ(r.map.evolves[2].maturity, 0.8);
    EXPECT_EQ(r.map.evolves[3].component, QStringLiteral("common library"));
    EXPECT_DOUBLE_EQ(r.map.evolves[3].maturity, 0.73);
    EXPECT_EQ(r.map.evolves[3].label, (WardleyOffset{-9, 3}));
    EXPECT_EQ(r.map.evolves[4].newName, QStringLiteral("B b"));
    EXPECT_TRUE(r.map.evolves[4].decorators.buy);
    EXPECT_DOUBLE_EQ(r.map.evolves[5].maturity, 0.85);
    EXPECT_TRUE(messages(r).contains(QStringLiteral("t.owm:6:")));
}

TEST(OwmReader, InlineEvolveBecomesAnEvolveArrow)
{
    const auto r = parse("component Database [0.3, 0.6] evolve 0.8\n");
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
    ASSERT_EQ(r.map.evolves.size(), 1u);
    EXPECT_EQ(r.map.evolves[0].component, QStringLiteral("Database"));
    EXPECT_DOUBLE_EQ(r.map.evolves[0].maturity, 0.8);
}

TEST(OwmReader, PipelineForms)
{
    const auto r = parse("component Kettle [0.45, 0.57]\n"
                         "pipeline Kettle\n"
                         "{\n"
                         "  component Campfire Kettle [0.50] label [-29, 28]\n"
                         "  component Electric Kettle [0.63]\n"
                         "}\n"
                         "component Power [0.26, 0.8]\n"
                         "pipeline Power [0.15, 0.9]\n"
                         "pipeline Ghost // [0.4, 0.7]\n"
                         "component Mermaid [0.2, 0.2]\n"
                         "pipeline Mermaid {\n"
                         "  component Child [0.3]\n"
                         "}\n");
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
    const WardleyMap &m = r.map;
    ASSERT_EQ(m.pipelines.size(), 4u);
    const auto children = m.pipelineChildren(m.pipelines[0].id);
    ASSERT_EQ(children.size(), 2u);
    EXPECT_EQ(children[0]->name, QStringLiteral("Campfire Kettle"));
    EXPECT_EQ(children[0]->label, (WardleyOffset{-29, 28}));
    EXPECT_DOUBLE_EQ(m.positionOf(*children[1]).visibility, 0.45);
    EXPECT_EQ(m.pipelineRange(m.pipelines[0]), std::make_pair(0.5, 0.63));
    EXPECT_FALSE(m.isPipelineHidden(m.pipelines[0]));
    EXPECT_EQ(m.pipelineRange(m.pipelines[1]), std::make_pair(0.15, 0.9));
    EXPECT_TRUE(m.isPipelineHidden(m.pipelines[2]));   // no such component, no range
    EXPECT_EQ(m.pipelines[3].component, QStringLiteral("Mermaid"));
    EXPECT_EQ(m.pipelineChildren(m.pipelines[3].id).size(), 1u);
}

TEST(OwmReader, NotesAnnotationsAreasAcceleratorsSubmapsUrls)
{
    const auto r = parse("note +a generic note appeared [0.23, 0.33]\n"
                         "note see https://example.org [0.2, 0.3]\n"
                         "annotation 1 [[0.43,0.49],[0.08,0.79]] Standardising power\n"
                         "annotation 2 [0.48, 0.85] Hot water is obvious\n"
                         "annotations [0.72, 0.03]\n"
                         "pioneers [0.90, 0.16, 0.68, 0.38]\n"
                         "settlers [0.88, 0.50, 0.80, 0.70]\n"
                         "townplanners [0.11, 0.75, 0.01, 0.88]\n"
                         "accelerator Open source [0.4, 0.5]\n"
                         "deaccelerator Regulation [0.35, 0.45]\n"
                         "submap Billing [0.55, 0.20] url(billingMap)\n"
                         "url billingMap [https://onlinewardleymaps.com/#clone:qu4VDDQryoZEnuw0ZZ]\n"
                         "size [1100, 800]\n"
                         "evolution Genesis->Custom->Product->Commodity\n");
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
    const WardleyMap &m = r.map;
    ASSERT_EQ(m.notes.size(), 2u);
    EXPECT_EQ(m.notes[0].text, QStringLiteral("+a generic note appeared"));
    EXPECT_EQ(m.notes[1].text, QStringLiteral("see https://example.org")); // '//' after ':' is no comment
    ASSERT_EQ(m.annotations.size(), 2u);
    EXPECT_EQ(m.annotations[0].occurrences.size(), 2u);
    EXPECT_EQ(m.annotations[0].text, QStringLiteral("Standardising power"));
    EXPECT_EQ(m.annotations[1].number, 2);
    EXPECT_EQ(m.annotationsLegend, (WardleyPosition{0.72, 0.03}));
    ASSERT_EQ(m.areas.size(), 3u);
    EXPECT_EQ(m.areas[2].attitude, WardleyAttitude::TownPlanners);
    EXPECT_EQ(m.areas[0].corner2, (WardleyPosition{0.68, 0.38}));
    ASSERT_EQ(m.accelerators.size(), 2u);
    EXPECT_TRUE(m.accelerators[1].deaccelerator);
    EXPECT_EQ(component(m, "Billing").type, WardleyComponentType::Submap);
    EXPECT_EQ(component(m, "Billing").url, QStringLiteral("billingMap"));
    ASSERT_EQ(m.urls.size(), 1u);
    EXPECT_EQ(m.urls[0].address, QStringLiteral("https://onlinewardleymaps.com/#clone:qu4VDDQryoZEnuw0ZZ"));
    EXPECT_EQ(m.width, 1100);
    EXPECT_EQ(m.evolutionLabels, (QStringList{QStringLiteral("Genesis"), QStringLiteral("Custom"), QStringLiteral("Product"), QStringLiteral("Commodity")}));
}

TEST(OwmReader, RemovedFormsAreReadWithAWarning)
{
    const auto r = parse("component Online Image Manip [0.86, 0.19]\n"
                         "component Print [0.84, 0.55]\n"
                         "build Online Image Manip\n"
                         "buy Print\n"
                         "outsource Nowhere\n"
                         "market App Store [0.32, 0.65]\n"
                         "ecosystem Partners [0.3, 0.7]\n"
                         "y-axis Value->Invisible->Visible\n");
    const WardleyMap &m = r.map;
    EXPECT_TRUE(component(m, "Online Image Manip").decorators.build);
    EXPECT_TRUE(component(m, "Print").decorators.buy);
    EXPECT_TRUE(component(m, "App Store").decorators.market);
    EXPECT_TRUE(component(m, "Partners").decorators.ecosystem);
    ASSERT_TRUE(m.valueChainAxis.has_value());
    EXPECT_EQ(m.valueChainAxis->high, QStringLiteral("Visible"));
    EXPECT_TRUE(m.links.empty()); // not the engine's bogus "y-axis Value"->"Invisible"
    const QString text = messages(r);
    EXPECT_TRUE(text.contains(QStringLiteral("t.owm:5:11: warning: 'Nowhere' is not a component"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("t.owm:6:1: warning: stand-alone 'market'"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("t.owm:8:1: warning: 'y-axis' was removed"))) << qPrintable(text);
}

TEST(OwmReader, DocsAndNewerForms)
{
    // The DSL docs' own example (no brackets) and the HEAD-only axis switches.
    const auto r = parse("component CustomerMarket 0.9 (market, buy)\n"
                         "anchor User [0.9, 0.5] label [4, 5]\n"
                         "evolution --hide\n"
                         "valuechain --hide\n"
                         "size [0, 0]\n");
    const auto &c = component(r.map, "CustomerMarket 0.9");
    EXPECT_TRUE(c.decorators.market && c.decorators.buy);
    EXPECT_TRUE(messages(r).contains(QStringLiteral("t.owm:1:11: warning: no coordinates"))) << qPrintable(messages(r));
    EXPECT_EQ(component(r.map, "User").label, (WardleyOffset{4, 5})); // the engine ignores anchor labels
    EXPECT_FALSE(r.map.showEvolutionAxis);
    EXPECT_FALSE(r.map.showValueChainAxis);
    EXPECT_TRUE(r.map.evolutionLabels.isEmpty());
    EXPECT_EQ(r.map.width, 0);
}

TEST(OwmReader, CommentsKeepLineNumbers)
{
    const auto r = parse("/* a\nblock */ component A [0.1, 0.2]\n/* one line */ component B [0.3, 0.4]\n"
                         "component C [0.5, 0.6] // trailing\nnonsense here\n");
    EXPECT_EQ(component(r.map, "A").line, 2);
    EXPECT_EQ(component(r.map, "B").line, 3); // the engine would swallow this line
    EXPECT_EQ(component(r.map, "C").line, 4);
    ASSERT_EQ(r.diagnostics.items().size(), 1u) << qPrintable(messages(r));
    EXPECT_EQ(r.diagnostics.items()[0].toString(), QStringLiteral("t.owm:5:1: warning: line not understood: 'nonsense here'"));
}

TEST(OwmReader, KeywordCaseIsForgivenWithAWarning)
{
    const auto r = parse("Component X [0.5, 0.5]\nNote that this is prose\n");
    EXPECT_EQ(component(r.map, "X").position, (WardleyPosition{0.5, 0.5}));
    EXPECT_TRUE(r.map.notes.empty());
    EXPECT_EQ(r.diagnostics.items().size(), 2u) << qPrintable(messages(r));
}

TEST(OwmReader, DanglingReferencesAndDuplicatesAreKept)
{
    const auto r = parse("component A [0.1, 0.1]\ncomponent A [0.2, 0.2]\ncitizen->A\nevolve ghost 0.5\n");
    EXPECT_EQ(r.map.components.size(), 2u);
    EXPECT_NE(r.map.components[0].id, r.map.components[1].id);
    EXPECT_EQ(r.map.links.size(), 1u);
    EXPECT_EQ(r.map.evolves.size(), 1u);
    EXPECT_TRUE(messages(r).contains(QStringLiteral("t.owm:2:11: warning: 'A' is declared again (first on line 1)")));
}

TEST(OwmReader, DiagnosticsCarryPositions)
{
    const auto r = parse("component A [0.1, x]\ncomponent B [0.2, 0.3] bogus (sparkle)\n");
    const QString text = messages(r);
    EXPECT_TRUE(text.contains(QStringLiteral("t.owm:1:18: warning: expected a number, found 'x'"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("t.owm:2:24: warning: unexpected 'bogus' ignored"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("t.owm:2:31: warning: unknown decorator 'sparkle'"))) << qPrintable(text);
    EXPECT_DOUBLE_EQ(component(r.map, "A").position.maturity, 0.1);
}

TEST(OwmReader, CrlfBomAndTabs)
{
    const auto r = parseOwm(QStringLiteral("\xFEFFtitle T\r\n\tcomponent\tA [0.1, 0.2]\r\n"), QStringLiteral("t.owm"));
    EXPECT_EQ(r.map.title.text(), QStringLiteral("T"));
    EXPECT_EQ(component(r.map, "A").position, (WardleyPosition{0.1, 0.2}));
    EXPECT_TRUE(r.diagnostics.isEmpty()) << qPrintable(messages(r));
}

TEST(OwmReader, RandomGarbageNeverCrashes)
{
    const char alphabet[] = "componet[]0.5,-+<>'\"(){}/*\\ \nlabevolpipe;#:";
    QRandomGenerator random(42);
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int length = int(random.bounded(400));
        for (int i = 0; i < length; ++i)
            text += QLatin1Char(alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
        const auto r = parseOwm(text, QStringLiteral("g.owm"));
        for (const Diagnostic &d : r.diagnostics.items())
            ASSERT_GE(d.line, 1);
    }
}

TEST(OwmReader, HugeInputIsBoundedAndDiagnosticsAreCapped)
{
    QString text;
    text.reserve(30 * 1000000);
    for (int i = 0; i < 1000000; ++i)
        text += QStringLiteral("junk line %1\n").arg(i % 10);
    const auto r = parseOwm(text, QStringLiteral("big.owm"));
    EXPECT_LE(r.diagnostics.items().size(), 1000u);
    // One pathological line: an unclosed quote and a million brackets.
    const QString line = QStringLiteral("component \"") + QString(200000, u'[') + QStringLiteral("\n");
    const auto r2 = parseOwm(line, QStringLiteral("big.owm"));
    EXPECT_EQ(r2.map.components.size(), 1u);
}

} // namespace
