#include "frameworkeditor/frameworkvaluecheck.h"
#include "frameworkreader.h"
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

} // namespace

// The editor checks edits on the Framework value instead of a YAML round
// trip; each refusal must be one the reader makes too, and a good framework
// must pass both.
TEST(StructureValueCheck, AgreesWithTheReader)
{
    const Framework good = mini();
    EXPECT_TRUE(frameworkValueProblem(good).isEmpty()) << qPrintable(frameworkValueProblem(good));

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
    };
    for (const auto &[name, breakIt] : breakers) {
        Framework broken = good;
        breakIt(broken);
        EXPECT_FALSE(frameworkValueProblem(broken).isEmpty()) << name;
        const FrameworkReadResult reread = readFrameworkText(frameworkToYaml(broken), QStringLiteral("t.yaml"));
        EXPECT_TRUE(reread.diagnostics.hasErrors()) << name;
    }
}
