// Hostile and broken inputs: the readers must refuse them with diagnostics,
// never crash, never hang, never let an exception out.

#include "frameworkreader.h"
#include "projectreader.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(dpitest::dataPath(relative));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relative.toStdString();
    return file.readAll();
}

bool mentions(const dpi::Diagnostics &diagnostics, const QString &text)
{
    for (const dpi::Diagnostic &d : diagnostics.items()) {
        if (d.message.contains(text))
            return true;
    }
    return false;
}

// The bound only catches a hang (the real cost is well under a millisecond);
// speed itself is measured by the benchmarks, not here.
constexpr qint64 kHangMs = 5000;

TEST(HostileInput, AliasBombIsRefusedWithoutExpandingIt)
{
    QElapsedTimer timer;
    timer.start();
    const auto result = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("malformed/alias-bomb.framework.yaml")));
    EXPECT_LT(timer.elapsed(), kHangMs);
    EXPECT_FALSE(result.framework.has_value());
    EXPECT_TRUE(mentions(result.diagnostics, QStringLiteral("aliases (*a0) are not supported")));
    EXPECT_TRUE(mentions(result.diagnostics, QStringLiteral("more aliases not listed")));
    // Listing is capped: ten anchors, ten aliases and two summaries at most.
    EXPECT_LE(result.diagnostics.items().size(), 22u);
}

TEST(HostileInput, SelfReferencingAnchorIsRefused)
{
    QElapsedTimer timer;
    timer.start();
    const auto result = dpi::readFrameworkFile(dpitest::dataPath(QStringLiteral("malformed/self-anchor.framework.yaml")));
    EXPECT_LT(timer.elapsed(), kHangMs);
    EXPECT_FALSE(result.framework.has_value());
    EXPECT_TRUE(result.diagnostics.hasErrors());
}

TEST(HostileInput, AliasBombInsideAProjectIsRefusedToo)
{
    QByteArray text = "schema: dpi-workbench/project/1\ntitle: P\n";
    text += "x0: &x0 [a, a, a, a, a, a, a, a]\n";
    for (int i = 1; i < 12; ++i) {
        text += "x" + QByteArray::number(i) + ": &x" + QByteArray::number(i) + " [";
        for (int k = 0; k < 8; ++k)
            text += (k ? ", *x" : "*x") + QByteArray::number(i - 1);
        text += "]\n";
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = dpi::readProjectText(text, QStringLiteral("bomb.dpi.yaml"));
    EXPECT_LT(timer.elapsed(), kHangMs);
    EXPECT_FALSE(result.project.has_value());
    EXPECT_TRUE(result.diagnostics.hasErrors());
}

TEST(HostileInput, InputLargerThan16MiBIsRefusedBeforeParsing)
{
    QByteArray text = "schema: dpi-workbench/framework/1\n";
    const QByteArray comment = "# padding padding padding padding padding padding padding padding\n";
    while (text.size() <= 16 * 1024 * 1024)
        text += comment;
    const auto result = dpi::readFrameworkText(text, QStringLiteral("huge.framework.yaml"));
    EXPECT_FALSE(result.framework.has_value());
    ASSERT_EQ(result.diagnostics.errorCount(), 1);
    EXPECT_TRUE(result.diagnostics.items()[0].message.contains(QStringLiteral("16 MiB")));
    EXPECT_EQ(result.diagnostics.items()[0].line, 1);

    // The same from a file: refused by its size, without reading it whole.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.dpi.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(text), text.size());
    file.close();
    const auto fromFile = dpi::readProjectFile(path);
    EXPECT_FALSE(fromFile.project.has_value());
    ASSERT_EQ(fromFile.diagnostics.errorCount(), 1);
    EXPECT_TRUE(fromFile.diagnostics.items()[0].message.contains(QStringLiteral("16 MiB")));
}

// Files without '&', '*' or document markers take a one-parse path; files
// with them (here a harmless '&' in text) take the event-checked path. Both
// must report exactly the same.
TEST(HostileInput, BothLoadingPathsReportTheSame)
{
    const QByteArray body = "schema: dpi-workbench/framework/1\nid: x\nversion: 1.0.0\ntitle: T\n"
                            "scale:\n  levels:\n    - {value: 0, label: a, label: b}\n    - {value: 1, label: c}\n"
                            "dimensions:\n  - id: d\n    title: D\n    title: E\n    criteria:\n"
                            "      - {id: c, title: C, question: Q, rubric: {0: a, 1: b, 0: c}}\n";
    const auto fast = dpi::readFrameworkText(body + "description: R and D\n", QStringLiteral("f.yaml"));
    const auto careful = dpi::readFrameworkText(body + "description: R&D\n", QStringLiteral("f.yaml"));
    EXPECT_EQ(fast.diagnostics.toString(), careful.diagnostics.toString());
    EXPECT_EQ(fast.diagnostics.errorCount(), 3) << fast.diagnostics.toString().toStdString();
    EXPECT_TRUE(fast.diagnostics.toString().contains(QStringLiteral("f.yaml:12:5: error: duplicate key 'title' (first defined at line 11)")));
    EXPECT_TRUE(fast.diagnostics.toString().contains(QStringLiteral("f.yaml:7:28: error: duplicate key 'label'")));
}

TEST(HostileInput, EndlessEmptyDocumentsDoNotHang)
{
    // yaml-cpp 0.7's LoadAll loops forever on these.
    for (const QByteArray &text : {QByteArray(","), QByteArray(",\n,\n,"), QByteArray("---\n,\n")}) {
        QElapsedTimer timer;
        timer.start();
        const auto result = dpi::readFrameworkText(text, QStringLiteral("comma.yaml"));
        EXPECT_LT(timer.elapsed(), kHangMs);
        EXPECT_TRUE(result.diagnostics.hasErrors()) << text.toStdString();
    }
}

TEST(HostileInput, DeepNestingIsAnErrorNotAStackOverflow)
{
    const auto brackets = dpi::readFrameworkText(QByteArray(100000, '['), QStringLiteral("deep.yaml"));
    EXPECT_TRUE(brackets.diagnostics.hasErrors());
    EXPECT_FALSE(brackets.framework.has_value());
    QByteArray dashes;
    for (int i = 0; i < 20000; ++i)
        dashes += "- ";
    const auto sequences = dpi::readProjectText(dashes, QStringLiteral("deep.dpi.yaml"));
    EXPECT_TRUE(sequences.diagnostics.hasErrors());
}

TEST(HostileInput, CrLfAndByteOrderMarkAreAccepted)
{
    QByteArray text = readData(QStringLiteral("valid/mini.framework.yaml"));
    const auto plain = dpi::readFrameworkText(text, QStringLiteral("lf.yaml"));
    text.replace("\n", "\r\n");
    text.prepend("\xEF\xBB\xBF");
    const auto crlf = dpi::readFrameworkText(text, QStringLiteral("crlf.yaml"));
    EXPECT_TRUE(crlf.diagnostics.isEmpty()) << crlf.diagnostics.toString().toStdString();
    ASSERT_TRUE(crlf.ok());
    EXPECT_EQ(*crlf.framework, *plain.framework);
}

TEST(HostileInput, UnexpectedShapesEverywhereGiveDiagnosticsOnly)
{
    // Every kind of node in every place: scalars for mappings, lists for text,
    // nulls for required keys, mappings for keys.
    const QByteArray text = "schema: [dpi-workbench/framework/1]\nid: {a: b}\nversion:\ntitle: []\n"
                            "description: {}\nauthors: text\nlicence: [x]\nsources: {id: x}\n"
                            "scale: {not_applicable: [x], levels: [1, [2], {value: x, label: {}}]}\n"
                            "dimensions:\n  - 7\n  - id:\n    weight: [1]\n    criteria: {a: b}\n"
                            "  - {id: d, title: D, criteria: [{id: c, title: C, question: Q, critical: 3, "
                            "rubric: [a], references: [x, {}], replaces: [[x]]}]}\n"
                            "? [complex, key]\n: value\n"
                            "changelog: [{version: x, date: y, summary: {}}]\n";
    const auto result = dpi::readFrameworkText(text, QStringLiteral("shapes.framework.yaml"));
    EXPECT_GE(result.diagnostics.errorCount(), 20) << result.diagnostics.toString().toStdString();
    for (const dpi::Diagnostic &d : result.diagnostics.items()) {
        EXPECT_GE(d.line, 1) << d.toString().toStdString();
        EXPECT_GE(d.column, 1) << d.toString().toStdString();
    }
}

// A seeded mutation fuzzer over the valid fixtures: whatever the bytes, the
// readers return diagnostics and never throw or crash.
TEST(HostileInput, RandomMutationsNeverCrash)
{
    const QByteArray seeds[] = {readData(QStringLiteral("valid/mini.framework.yaml")),
                                readData(QStringLiteral("valid/mini.dpi.yaml"))};
    const char alphabet[] = "[]{}:,-&*!|>'\"#%@` \n\t?0123456789abcxyz\xd0\xbf\xff";
    QRandomGenerator random(20240501);
    int withErrors = 0;
    for (int round = 0; round < 800; ++round) {
        QByteArray text = seeds[round % 2];
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(int(text.size())));
            switch (random.bounded(3)) {
            case 0:
                text[at] = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
                break;
            case 1:
                text.insert(at, alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
                break;
            default:
                text.remove(at, 1 + int(random.bounded(20)));
                break;
            }
        }
        if (round % 2 == 0) {
            const auto result = dpi::readFrameworkText(text, QStringLiteral("fuzz.framework.yaml"));
            withErrors += result.diagnostics.hasErrors() ? 1 : 0;
        } else {
            const auto result = dpi::readProjectText(text, QStringLiteral("fuzz.dpi.yaml"));
            withErrors += result.diagnostics.hasErrors() ? 1 : 0;
        }
    }
    // Most mutations break something, and each break is reported.
    EXPECT_GT(withErrors, 250);
}

} // namespace
