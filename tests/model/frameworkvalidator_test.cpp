#include "frameworkreader.h"
#include "frameworkvalidator.h"
#include "testpaths.h"
#include "yamlwriter.h"

#include <gtest/gtest.h>

#include <functional>
#include <utility>
#include <vector>

using namespace dpi;

namespace {

Framework mini()
{
    FrameworkReadResult result = readFrameworkFile(dpitest::dataPath(QStringLiteral("valid/mini.framework.yaml")));
    EXPECT_TRUE(result.ok());
    return *result.framework;
}

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList result;
    for (const Diagnostic &d : diagnostics.items())
        result << d.message;
    return result;
}

const QByteArray kHeader = "schema: dpi-workbench/framework/1\nid: x\nversion: 1.0.0\ntitle: X\n"
                           "scale: {levels: [{value: 0, label: a}, {value: 1, label: b}]}\n";

} // namespace

// The framework editor checks each edit on the Framework value with the same
// validator the reader runs; each refusal must be one the reader makes too,
// and a good framework must pass both.
TEST(FrameworkValidator, EditsTheEditorRefusesTheReaderRefusesToo)
{
    const Framework good = mini();
    EXPECT_TRUE(validateFramework(good).isEmpty()) << qPrintable(validateFramework(good).toString());
    EXPECT_TRUE(firstFrameworkProblem(good).isEmpty());

    std::vector<std::pair<const char *, std::function<void(Framework &)>>> breakers{
        {"criterion title cleared", [](Framework &f) { f.dimensions[0].criteria[0].title = LocalizedText(); }},
        {"question cleared", [](Framework &f) { f.dimensions[0].criteria[1].question = LocalizedText(); }},
        {"dimension title cleared", [](Framework &f) { f.dimensions[1].title = LocalizedText(); }},
        {"framework title cleared", [](Framework &f) { f.title = LocalizedText(); }},
        {"scale label cleared", [](Framework &f) { f.scale.levels[1].label = LocalizedText(); }},
        {"rubric emptied", [](Framework &f) { f.dimensions[0].criteria[0].rubric.clear(); }},
        {"bad source date", [](Framework &f) { f.sources[0].accessed = QStringLiteral("2024-02-30"); }},
        {"bad source id", [](Framework &f) { f.sources[0].id = QStringLiteral("a b"); }},
        {"empty source title", [](Framework &f) { f.sources[0].title.clear(); }},
        {"duplicate criterion id", [](Framework &f) { f.dimensions[1].criteria[0].id = f.dimensions[0].criteria[0].id; }},
        {"duplicate dimension id", [](Framework &f) { f.dimensions[1].id = f.dimensions[0].id; }},
        {"threshold off the scale", [](Framework &f) { f.dimensions[0].criteria[0].critical->below = 0; }},
        {"no dimensions", [](Framework &f) { f.dimensions.clear(); }},
        {"bad version", [](Framework &f) { f.version = QStringLiteral("1.0"); }},
        {"zero weight", [](Framework &f) { f.dimensions[0].criteria[0].weight = 0; }},
        {"one scale level", [](Framework &f) { f.scale.levels.resize(1); }},
        {"levels out of order", [](Framework &f) { std::swap(f.scale.levels[0], f.scale.levels[1]); }},
        {"cap over 100", [](Framework &f) { f.dimensions[0].criteria[0].critical->capPercent = 150; }},
        {"rubric level off the scale", [](Framework &f) { f.dimensions[0].criteria[0].rubric[9] = LocalizedText(QStringLiteral("x")); }},
        {"bad id in replaces", [](Framework &f) { f.dimensions[0].criteria[0].replaces << QStringLiteral("not an id"); }},
        {"bad derived_from", [](Framework &f) { f.derivedFrom = QStringLiteral("other"); }},
    };
    for (const auto &[name, breakIt] : breakers) {
        Framework broken = good;
        breakIt(broken);
        EXPECT_FALSE(firstFrameworkProblem(broken).isEmpty()) << name;
        const FrameworkReadResult reread = readFrameworkText(frameworkToYaml(broken), QStringLiteral("t.yaml"));
        EXPECT_TRUE(reread.diagnostics.hasErrors()) << name;
    }
}

// Built in memory there is no file: problems carry no position, and a
// duplicate names no line.
TEST(FrameworkValidator, WithoutASourceProblemsHaveNoPosition)
{
    Framework framework = mini();
    framework.dimensions[1].criteria[0].id = framework.dimensions[0].criteria[0].id;
    const Diagnostics diagnostics = validateFramework(framework);
    ASSERT_EQ(diagnostics.items().size(), 1u) << qPrintable(diagnostics.toString());
    EXPECT_EQ(diagnostics.items()[0].line, 0);
    EXPECT_EQ(diagnostics.items()[0].message, QStringLiteral("duplicate criterion id 'exchange.membership'"));
}

// From a file, the validator's problems come out where the value was written.
TEST(FrameworkValidator, TheReaderPlacesItsProblemsAtTheValue)
{
    const QByteArray text = kHeader
        + "dimensions:\n  - id: d\n    title: D\n    weight: -2\n"
          "    criteria:\n      - {id: c, title: C, question: Q, rubric: {0: a, 1: b}}\n"
          "      - {id: c, title: C2, question: Q, rubric: {0: a, 1: b}, critical: {below: 5}}\n";
    const FrameworkReadResult result = readFrameworkText(text, QStringLiteral("f.yaml"));
    EXPECT_EQ(result.diagnostics.toString().toStdString(),
              "f.yaml:9:13: error: 'weight' must be greater than 0, not -2\n"
              "f.yaml:12:14: error: duplicate criterion id 'c' (first used at line 11)\n"
              "f.yaml:12:81: error: critical threshold 5 is outside the scale: 'below' must be between 1 and 1\n");
}

// The editor refused text that is only blanks; the reader now does too,
// since both ask the one validator.
TEST(FrameworkValidator, TextOfOnlyBlanksIsNoText)
{
    const QByteArray text = "schema: dpi-workbench/framework/1\nid: x\nversion: 1.0.0\ntitle: {en: \" \"}\n"
                            "scale: {levels: [{value: 0, label: a}, {value: 1, label: b}]}\n"
                            "dimensions:\n  - id: d\n    title: D\n"
                            "    criteria:\n      - {id: c, title: C, question: Q, rubric: {0: a, 1: b}}\n";
    const FrameworkReadResult result = readFrameworkText(text, QStringLiteral("f.yaml"));
    EXPECT_EQ(messages(result.diagnostics), QStringList{QStringLiteral("the framework needs a title in at least one language")});
    EXPECT_EQ(result.diagnostics.items()[0].line, 4);
}

// A value whose form the reader refused is not judged again by the validator:
// one mistake, one diagnostic.
TEST(FrameworkValidator, AValueTheReaderRefusedIsNotReportedTwice)
{
    const QByteArray text = "schema: dpi-workbench/framework/1\nid: [x]\nversion:\ntitle: X\n"
                            "scale: {levels: [{value: 0, label: a}, {value: 1, label: b}]}\n"
                            "dimensions:\n  - id: d\n    title: D\n    weight: heavy\n"
                            "    criteria:\n      - {id: c, title: C, question: Q, rubric: {0: a, one: b}}\n";
    const FrameworkReadResult result = readFrameworkText(text, QStringLiteral("f.yaml"));
    EXPECT_EQ(messages(result.diagnostics),
              (QStringList{QStringLiteral("'id' must be text, not a list"), QStringLiteral("'version' must not be empty"),
                           QStringLiteral("'weight' must be a number, not text 'heavy'"),
                           QStringLiteral("rubric level 'one' must be a whole number from the scale")}));
}
