// Every file in tests/data/malformed has one known problem (a few have
// more); the readers must report each at the exact line and column.

#include "frameworkreader.h"
#include "projectreader.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <ostream>

// Readable QString values in assertion failures.
static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

#include <QDir>


namespace {

struct Expected
{
    const char *file;
    int line;
    int column;
    dpi::Severity severity;
    const char *message; // a substring of the message
    int diagnostics;     // how many diagnostics the file gives in total
};

void PrintTo(const Expected &expected, std::ostream *os)
{
    *os << expected.file;
}

constexpr auto E = dpi::Severity::Error;
constexpr auto W = dpi::Severity::Warning;

const Expected kCases[] = {
    // syntax and structure (safe loader)
    {"syntax-unclosed-flow.framework.yaml", 21, 11, E, "YAML syntax error: end of map flow not found", 1},
    {"tab-indent.framework.yaml", 6, 16, E, "indented with a tab", 1},
    {"duplicate-key.framework.yaml", 5, 1, E, "duplicate key 'title' (first defined at line 4)", 1},
    {"anchor-alias.framework.yaml", 13, 12, E, "anchors (&dim) are not supported", 2},
    {"anchor-alias.framework.yaml", 14, 18, E, "aliases (*dim) are not supported", 2},
    {"self-anchor.framework.yaml", 4, 8, E, "anchors (&x)", 2},
    {"self-anchor.framework.yaml", 4, 12, E, "aliases (*x)", 2},
    {"multi-document.framework.yaml", 25, 1, E, "exactly one YAML document", 1},
    {"empty.framework.yaml", 1, 1, E, "no YAML document", 1},
    {"invalid-utf8.framework.yaml", 4, 10, E, "not valid UTF-8 (byte 0xff)", 1},
    {"root-is-list.framework.yaml", 1, 1, E, "the framework must be a mapping", 1},
    // framework content
    {"unknown-key.framework.yaml", 5, 1, W, "unknown key 'license' in the framework (did you mean 'licence'?)", 1},
    {"scale-not-mapping.framework.yaml", 5, 8, E, "the scale must be a mapping", 1},
    {"missing-id.framework.yaml", 1, 1, E, "missing required key 'id' in the framework", 1},
    {"missing-schema.framework.yaml", 1, 1, E, "missing required key 'schema'", 1},
    {"missing-question.framework.yaml", 21, 9, E, "missing required key 'question' in criterion 'c2'", 1},
    {"duplicate-dimension-id.framework.yaml", 25, 9, E, "duplicate dimension id 'd1' (first used at line 12)", 1},
    {"duplicate-criterion-id.framework.yaml", 28, 13, E, "duplicate criterion id 'c1' (first used at line 16)", 1},
    {"duplicate-scale-value.framework.yaml", 10, 15, E, "duplicate scale level value 1 (first used at line 9)", 1},
    {"scale-descending.framework.yaml", 10, 15, E, "from lowest to highest", 1},
    {"scale-one-level.framework.yaml", 8, 5, E, "at least two levels", 1},
    {"not-applicable-word.framework.yaml", 6, 19, E, "'allowed' or 'forbidden', not 'maybe'", 1},
    {"weight-zero.framework.yaml", 19, 17, E, "'weight' must be greater than 0", 1},
    {"weight-not-number.framework.yaml", 14, 13, E, "'weight' must be a number, not text 'heavy'", 1},
    {"version-not-semver.framework.yaml", 3, 10, E, "version '1.0' is not a semantic version", 1},
    {"rubric-level-off-scale.framework.yaml", 24, 56, E, "rubric level 5 is not on the scale (0-2)", 1},
    {"rubric-key-not-number.framework.yaml", 24, 29, E, "rubric level 'one' must be a whole number", 1},
    {"critical-outside-scale.framework.yaml", 20, 27, E, "critical threshold 7 is outside the scale", 1},
    {"cap-over-100.framework.yaml", 20, 35, E, "between 0 and 100, not 150", 1},
    {"unknown-schema.framework.yaml", 1, 9, E, "unknown schema 'acme/checklist/3'", 1},
    {"bad-date.framework.yaml", 8, 15, E, "'2024-13-45' is not a valid date", 1},
    {"invalid-id.framework.yaml", 2, 5, E, "'bad framework' is not a valid id", 1},
    {"dimensions-not-list.framework.yaml", 11, 13, E, "'dimensions' must be a list", 1},
    {"localized-bad-language.framework.yaml", 4, 28, E, "'Russian' is not a language code", 1},
    {"derived-from-bad.framework.yaml", 5, 15, E, "'derived_from' must be id@version", 1},
    {"gates-three-levels.framework.yaml", 9, 5, E, "a gate framework's scale has exactly two levels (does not meet, then meets), not 3", 1},
    {"kind-unknown.framework.yaml", 5, 7, E, "'kind' must be graded or gates, not 'checklist'", 1},
    {"gates-cap.framework.yaml", 17, 35, W, "'cap' has no effect in a gate framework", 1},
    // projects
    {"project-ref-mismatch.dpi.yaml", 4, 10, E, "ref 'bad@2.0.0' does not match the embedded framework 'bad@1.0.0'", 1},
    {"project-unknown-framework.dpi.yaml", 29, 7, E, "scores for unknown framework 'good'", 1},
    {"project-unknown-criterion.dpi.yaml", 30, 9, E, "unknown criterion 'c9' in framework 'bad'", 1},
    {"project-level-off-scale.dpi.yaml", 31, 18, E, "level 3 is not on the scale of 'bad' (0-2)", 1},
    {"project-na-forbidden.dpi.yaml", 31, 18, E, "'n/a' is not allowed", 1},
    {"project-level-quoted.dpi.yaml", 31, 18, E, "'level' must be a whole number from the scale (0-2), n/a or unverified", 1},
    {"project-level-misspelt.dpi.yaml", 31, 18, E, "'level' must be a whole number from the scale (0-2), n/a or unverified, not text 'unverifed'", 1},
    {"project-to-verify-list.dpi.yaml", 32, 22, E, "'to_verify' must be text, not a list", 1},
    {"project-bad-confidence.dpi.yaml", 32, 23, E, "'confidence' must be low, medium or high, not 'certain'", 1},
    {"project-bad-evidence-date.dpi.yaml", 35, 21, E, "'2024-02-30' is not a valid date", 1},
    {"project-duplicate-sector.dpi.yaml", 33, 9, E, "duplicate sector id 'education' (first used at line 26)", 1},
    {"project-framework-schema.dpi.yaml", 1, 9, E, "this is a framework", 1},
    {"project-missing-title.dpi.yaml", 1, 1, E, "missing required key 'title' in the project", 1},
    {"project-bad-map-sector.dpi.yaml", 35, 15, E, "'map_sector' names unknown sector 'health'", 1},
    {"project-bad-status.dpi.yaml", 3, 9, E, "'status' must be one of draft, in-review, final", 1},
    {"project-weight-negative.dpi.yaml", 5, 13, E, "'weight' must be greater than 0, not -2", 1},
    {"project-bad-priority.dpi.yaml", 31, 19, E, "'priority' must be one of high, medium, low, not 'urgent'", 1},
    {"project-bad-horizon.dpi.yaml", 32, 18, E, "'horizon' must be one of within-6-months, 6-18-months, later, not 'soon'", 1},
    {"project-bad-finding-link.dpi.yaml", 31, 28, E, "unknown criterion 'c9' in framework 'bad'", 1},
    // analysts' ratings (team assessments)
    {"project-rating-no-analyst.dpi.yaml", 32, 15, E, "missing required key 'analyst' in a rating", 1},
    {"project-rating-twice.dpi.yaml", 34, 24, E, "'Sample analyst A' rated this criterion twice (first at line 32)", 1},
    {"project-rating-level-off-scale.dpi.yaml", 35, 22, E, "level 5 is not on the scale of 'bad' (0-2)", 1},
    {"project-ratings-not-list.dpi.yaml", 33, 13, E, "'ratings' must be a list", 1},
};

dpi::Diagnostics readMalformed(const QString &name)
{
    const QString path = dpitest::dataPath(QStringLiteral("malformed/") + name);
    if (name.endsWith(QLatin1String(".dpi.yaml")))
        return dpi::readProjectFile(path).diagnostics;
    return dpi::readFrameworkFile(path).diagnostics;
}

class MalformedFile : public ::testing::TestWithParam<Expected>
{
};

TEST_P(MalformedFile, ReportsTheProblemAtItsPosition)
{
    const Expected expected = GetParam();
    const QString name = QString::fromLatin1(expected.file);
    const dpi::Diagnostics diagnostics = readMalformed(name);
    const QString all = diagnostics.toString();

    bool found = false;
    for (const dpi::Diagnostic &d : diagnostics.items()) {
        if (d.line == expected.line && d.column == expected.column && d.severity == expected.severity
            && d.message.contains(QString::fromUtf8(expected.message))) {
            found = true;
            EXPECT_TRUE(d.file.endsWith(name)) << d.file.toStdString();
        }
    }
    EXPECT_TRUE(found) << "expected " << expected.line << ":" << expected.column << " '" << expected.message
                       << "', got:\n"
                       << all.toStdString();
    EXPECT_EQ(int(diagnostics.items().size()), expected.diagnostics) << all.toStdString();
    if (expected.severity == dpi::Severity::Error) {
        EXPECT_TRUE(diagnostics.hasErrors());
    }
}

INSTANTIATE_TEST_SUITE_P(Files, MalformedFile, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Expected> &param) {
                             std::string name = param.param.file;
                             for (char &c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return name + "_" + std::to_string(param.index);
                         });

// Every file in the folder is covered by the table (or by a test of its own),
// so adding a file without an expectation is noticed.
TEST(MalformedFolder, EveryFileHasAnExpectation)
{
    const QDir dir(dpitest::dataPath(QStringLiteral("malformed")));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    const QStringList ownTests = {QStringLiteral("alias-bomb.framework.yaml"),
                                  QStringLiteral("several-problems.framework.yaml")};
    ASSERT_GE(files.size(), 25);
    for (const QString &file : files) {
        if (ownTests.contains(file))
            continue;
        bool listed = false;
        for (const Expected &expected : kCases)
            listed = listed || file == QLatin1String(expected.file);
        EXPECT_TRUE(listed) << file.toStdString();
    }
}

TEST(MalformedFolder, EveryFileIsRejectedOrWarnedAbout)
{
    const QDir dir(dpitest::dataPath(QStringLiteral("malformed")));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    ASSERT_GE(files.size(), 25);
    for (const QString &file : files) {
        const dpi::Diagnostics diagnostics = readMalformed(file);
        EXPECT_FALSE(diagnostics.isEmpty()) << file.toStdString();
        for (const dpi::Diagnostic &d : diagnostics.items()) {
            EXPECT_GE(d.line, 1) << d.toString().toStdString();
            EXPECT_GE(d.column, 1) << d.toString().toStdString();
        }
    }
}

TEST(MalformedFile, SeveralProblemsAreAllReportedInOnePass)
{
    const dpi::FrameworkReadResult result =
        dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("malformed/several-problems.framework.yaml")));
    const QStringList lines = result.diagnostics.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString prefix = dpitest::dataPath(QStringLiteral("malformed/several-problems.framework.yaml"));
    const QStringList expected = {
        prefix + QStringLiteral(":3:10: error: version '2' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0)"),
        prefix + QStringLiteral(":13:13: error: 'weight' must be greater than 0, not -1"),
        prefix + QStringLiteral(":14:5: warning: unknown key 'colour' in dimension 'd1'"),
        prefix + QStringLiteral(":16:9: error: missing required key 'question' in criterion 'c1'"),
        prefix + QStringLiteral(":18:53: error: rubric level 3 is not on the scale (0-2)"),
        prefix + QStringLiteral(":19:13: error: duplicate criterion id 'c1' (first used at line 16)"),
        prefix + QStringLiteral(":22:27: error: critical threshold 9 is outside the scale: 'below' must be between 1 and 2"),
    };
    EXPECT_EQ(lines, expected) << result.diagnostics.toString().toStdString();
    EXPECT_EQ(result.diagnostics.errorCount(), 6);
    EXPECT_EQ(result.diagnostics.warningCount(), 1);
    // The readable parts are still read.
    ASSERT_TRUE(result.framework.has_value());
    EXPECT_EQ(result.framework->id, QStringLiteral("several"));
    EXPECT_EQ(result.framework->dimensions.size(), 1u);
    EXPECT_FALSE(result.ok());
}

} // namespace
