// Hostile YAML for the framework and project readers: every case must end in
// a positioned diagnostic (or a documented acceptance), in bounded time,
// without a crash.
#include "hostilehelpers.h"

#include "frameworkreader.h"
#include "projectreader.h"

#include <QTemporaryDir>

#include <cmath>

using namespace dpitest;

namespace {

const QString kFile = QStringLiteral("hostile.framework.yaml");

dpi::FrameworkReadResult readFramework(const QByteArray &text, const char *what)
{
    return bounded<dpi::FrameworkReadResult>(what, [&] { return dpi::readFrameworkText(text, kFile); });
}

dpi::ProjectReadResult readProject(const QByteArray &text, const char *what)
{
    return bounded<dpi::ProjectReadResult>(what, [&] {
        return dpi::readProjectText(text, QStringLiteral("hostile.dpi.yaml"));
    });
}

QByteArray miniFramework()
{
    return readData(QStringLiteral("valid/mini.framework.yaml"));
}

QByteArray miniProject()
{
    return readData(QStringLiteral("valid/mini.dpi.yaml"));
}

// "a: &a0 [x, x, ...]\nb: &a1 [*a0, *a0, ...]" ... : 10^levels nodes when expanded.
QByteArray aliasBomb(int levels, int fanOut)
{
    QByteArray text = "schema: dpi-workbench/framework/1\nbomb:\n  l0: &l0 [lol";
    for (int k = 1; k < fanOut; ++k)
        text += ", lol";
    text += "]\n";
    for (int level = 1; level < levels; ++level) {
        text += "  l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int k = 0; k < fanOut; ++k)
            text += (k ? ", *l" : "*l") + QByteArray::number(level - 1);
        text += "]\n";
    }
    return text;
}

} // namespace

TEST(HostileYaml, AliasBombIsRefusedBeforeAnyTreeWalk)
{
    const QByteArray bomb = aliasBomb(30, 10); // 10^30 nodes if anything expanded it
    const auto framework = readFramework(bomb, "framework alias bomb");
    EXPECT_FALSE(framework.framework.has_value());
    EXPECT_TRUE(hasError(framework.diagnostics, QStringLiteral("aliases (*l0) are not supported"), 4));
    EXPECT_TRUE(findDiagnostic(framework.diagnostics, QStringLiteral("more aliases not listed")));

    QByteArray project = miniProject();
    project += "extra:\n" + bomb.mid(bomb.indexOf("bomb:\n") + 6);
    const auto read = readProject(project, "project alias bomb");
    EXPECT_FALSE(read.project.has_value());
    EXPECT_TRUE(findDiagnostic(read.diagnostics, QStringLiteral("aliases")));
}

TEST(HostileYaml, SelfReferencingAnchorIsRefused)
{
    const QByteArray text = patched(miniFramework(), "authors: [DPI Workbench tests]", "authors: &me [*me]");
    const auto read = readFramework(text, "self-referencing anchor");
    EXPECT_FALSE(read.framework.has_value());
    EXPECT_TRUE(hasError(read.diagnostics, QStringLiteral("alias"), lineOf(text, "authors: &me")));

    const QByteArray map = patched(miniProject(), "maps: []", "maps: &m\n  - *m");
    const auto project = readProject(map, "self-referencing map list");
    EXPECT_FALSE(project.project.has_value());
    EXPECT_TRUE(hasError(project.diagnostics, QStringLiteral("alias"), lineOf(map, "  - *m")));
}

TEST(HostileYaml, NestingBeyondTheParserLimitIsAnError)
{
    // Flow, balanced and unbalanced, and block nesting: yaml-cpp stops at 500.
    const QByteArray flowOpen = "schema: dpi-workbench/framework/1\nid: " + QByteArray(100000, '[');
    const QByteArray flowBalanced = "description: " + QByteArray(5000, '[') + QByteArray(5000, ']') + "\n";
    QByteArray block = "dimensions:\n";
    for (int depth = 1; depth < 2000; ++depth)
        block += QByteArray(2 * depth, ' ') + "k" + QByteArray::number(depth) + ":\n";
    for (const QByteArray &text : {flowOpen, flowBalanced, block}) {
        const auto framework = readFramework(text, "deep nesting (framework)");
        EXPECT_FALSE(framework.framework.has_value());
        EXPECT_TRUE(findDiagnostic(framework.diagnostics, QStringLiteral("nesting deeper than 500 levels")))
            << framework.diagnostics.toString().toStdString();
        const auto project = readProject(text, "deep nesting (project)");
        EXPECT_FALSE(project.project.has_value());
        EXPECT_TRUE(project.diagnostics.hasErrors());
    }
}

TEST(HostileYaml, NestingJustUnderTheLimitIsReadOnAWorkerThread)
{
    // 450 levels parse; the reader then says the value has the wrong shape.
    const QByteArray text = patched(miniFramework(), "description: A two-dimension fixture for tests.",
                                    "description: " + QByteArray(450, '[') + QByteArray(450, ']'));
    const auto read = readFramework(text, "450 levels");
    EXPECT_TRUE(hasError(read.diagnostics, QStringLiteral("description"), lineOf(text, "description:")));
}

TEST(HostileYaml, MultiDocumentStreamsAreRefused)
{
    const QByteArray second = miniFramework() + "---\nid: second\n";
    const auto read = readFramework(second, "two documents");
    EXPECT_TRUE(hasError(read.diagnostics, QStringLiteral("exactly one YAML document"), lineOf(second, "---\nid: second")));
    EXPECT_FALSE(read.ok());

    // yaml-cpp 0.7's LoadAll never ends on these; the reader must.
    for (const QByteArray &text : {QByteArray(","), QByteArray(",,,,\n,"), QByteArray("---\n---\n---\n"),
                                   QByteArray("...\n...\n"), QByteArray(10000, ',')}) {
        const auto endless = readFramework(text, "empty-document stream");
        EXPECT_FALSE(endless.ok());
        EXPECT_TRUE(endless.diagnostics.hasErrors()) << text.left(20).toStdString();
    }
}

TEST(HostileYaml, HundredMegabyteFileIsRefusedUnread)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.framework.yaml"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // Real bytes, not a sparse hole: a valid YAML start, then 100 MB of comment lines.
        file.write("schema: dpi-workbench/framework/1\n");
        const QByteArray chunk = QByteArray("# padding padding padding padding padding padding padding\n").repeated(16384);
        while (file.size() < 100 * 1024 * 1024)
            ASSERT_EQ(file.write(chunk), chunk.size());
    }
    const auto framework = bounded<dpi::FrameworkReadResult>("100 MB framework", [&] {
        return dpi::readFrameworkFile(path);
    });
    EXPECT_FALSE(framework.framework.has_value());
    EXPECT_TRUE(hasError(framework.diagnostics, QStringLiteral("limit is 16777216 bytes"), 1, 1));
    const auto project = bounded<dpi::ProjectReadResult>("100 MB project", [&] { return dpi::readProjectFile(path); });
    EXPECT_FALSE(project.project.has_value());
    EXPECT_TRUE(hasError(project.diagnostics, QStringLiteral("limit is 16777216 bytes"), 1, 1));

    // The same cap holds for bytes handed over in memory (e.g. from a clipboard).
    const QByteArray inMemory = QByteArray("a: ") + QByteArray(17 * 1024 * 1024, 'x');
    EXPECT_TRUE(hasError(readFramework(inMemory, "17 MB in memory").diagnostics, QStringLiteral("16 MiB"), 1, 1));
}

TEST(HostileYaml, InvalidUtf8IsReportedAtItsPosition)
{
    const QByteArray text = patched(miniFramework(), "title: Message logs kept", "title: Message l\xC3\x28gs kept");
    const auto read = readFramework(text, "invalid UTF-8");
    EXPECT_FALSE(read.ok());
    const int line = lineOf(text, "title: Message l");
    EXPECT_TRUE(hasError(read.diagnostics, QStringLiteral("not valid UTF-8 (byte 0xc3)"), line, 25));

    for (const QByteArray &bad : {QByteArray("id: \xFF\xFE"), QByteArray("id: \xED\xA0\x80"),  // surrogate
                                  QByteArray("id: \xC0\xAF"), QByteArray("id: \xF4\x90\x80\x80"), // overlong, > U+10FFFF
                                  QByteArray("id: \xE2\x82")}) {                                     // truncated
        EXPECT_TRUE(hasError(readFramework(bad, "bad UTF-8").diagnostics, QStringLiteral("not valid UTF-8"), 1, 5));
    }
}

TEST(HostileYaml, ByteOrderMarkIsAccepted)
{
    const QByteArray text = "\xEF\xBB\xBF" + miniFramework();
    const auto read = readFramework(text, "BOM");
    EXPECT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
    ASSERT_TRUE(read.framework);
    EXPECT_EQ(read.framework->id, QStringLiteral("mini-interop"));

    // Positions after a BOM are still right.
    const QByteArray broken = "\xEF\xBB\xBF" + patched(miniFramework(), "licence: CC-BY-4.0", "licence: CC-BY-4.0\nlicense: typo");
    EXPECT_TRUE(findDiagnostic(readFramework(broken, "BOM + unknown key").diagnostics, QStringLiteral("license")));
}

TEST(HostileYaml, CrlfAndMixedLineEndingsReadTheSameAndKeepLineNumbers)
{
    const auto reference = readFramework(miniFramework(), "LF");
    ASSERT_TRUE(reference.ok());
    QByteArray crlf = miniFramework();
    crlf.replace("\n", "\r\n");
    QByteArray mixed;
    int n = 0;
    for (const QByteArray &line : miniFramework().split('\n'))
        mixed += line + ((n++ % 2) ? "\r\n" : "\n");
    for (const QByteArray &text : {crlf, mixed}) {
        const auto read = readFramework(text, "CRLF");
        ASSERT_TRUE(read.ok()) << read.diagnostics.toString().toStdString();
        EXPECT_EQ(read.framework->id, reference.framework->id);
        EXPECT_EQ(read.framework->dimensions.size(), reference.framework->dimensions.size());
        EXPECT_EQ(read.framework->title.text(), reference.framework->title.text()) << "no stray \\r in values";
    }
    // A bad value after CRLF lines is reported at the right line and column.
    QByteArray bad = patched(miniFramework(), "version: 1.0.0", "version: one");
    bad.replace("\n", "\r\n");
    EXPECT_TRUE(hasError(readFramework(bad, "CRLF error").diagnostics, QStringLiteral("version"), 4, 10));
    // Old Mac line ends (CR only) are YAML line breaks too: no crash, a result.
    QByteArray cr = miniFramework();
    cr.replace("\n", "\r");
    const auto old = readFramework(cr, "CR only");
    EXPECT_TRUE(old.ok() || old.diagnostics.hasErrors());
}

TEST(HostileYaml, TabIndentationIsExplained)
{
    const QByteArray text = patched(miniFramework(), "  not_applicable: allowed", "\tnot_applicable: allowed");
    const auto read = readFramework(text, "tab indent");
    EXPECT_FALSE(read.ok());
    const dpi::Diagnostic *d = findDiagnostic(read.diagnostics, QStringLiteral("indented with a tab"));
    ASSERT_TRUE(d) << read.diagnostics.toString().toStdString();
    EXPECT_GT(d->line, 0);
    EXPECT_TRUE(d->message.contains(QStringLiteral("line %1").arg(lineOf(text, "\tnot_applicable"))));
}

TEST(HostileYaml, NulAndControlBytesAreErrorsAtTheirPosition)
{
    const QByteArray nul = patched(miniFramework(), "licence: CC-BY-4.0", QByteArray("licence: CC\0BY", 14));
    EXPECT_TRUE(hasError(readFramework(nul, "NUL").diagnostics, QStringLiteral("control character U+0000"),
                         lineOf(nul, "licence: CC"), 12));
    // yaml-cpp keeps such bytes in values; they used to reach the model unnoticed.
    const QByteArray eot = patched(miniFramework(), "licence: CC-BY-4.0", "licence: CC\x04" "BY");
    EXPECT_TRUE(hasError(readFramework(eot, "EOT").diagnostics, QStringLiteral("control character U+0004"),
                         lineOf(eot, "licence: CC"), 12));
    for (const QByteArray &text : {QByteArray("\0", 1), QByteArray("schema: \0\0\0\0", 12),
                                   miniFramework() + QByteArray("\0", 1), QByteArray("id: a\x7f"),
                                   QByteArray("id: \x1b[31mred")}) {
        const auto read = readFramework(text, "control bytes");
        EXPECT_FALSE(read.ok()) << "a control byte was accepted silently";
        EXPECT_TRUE(findDiagnostic(read.diagnostics, QStringLiteral("control character")))
            << read.diagnostics.toString().toStdString();
        const auto project = readProject(text, "control bytes (project)");
        EXPECT_TRUE(findDiagnostic(project.diagnostics, QStringLiteral("control character")));
    }
}

TEST(HostileYaml, HugeNonFiniteAndNegativeWeightsAreErrors)
{
    const QByteArray original = "    weight: 2\n    criteria:";
    for (const QByteArray &weight : {QByteArray("1e400"), QByteArray(".nan"), QByteArray(".inf"), QByteArray("-.inf"),
                                     QByteArray(".NaN"), QByteArray("-1"), QByteArray("-0.5"), QByteArray("0x10"),
                                     QByteArray("1e-400"), QByteArray("99999999999999999999999999999")}) {
        const QByteArray text = patched(miniFramework(), original, "    weight: " + weight + "\n    criteria:");
        const auto read = readFramework(text, "odd weight");
        SCOPED_TRACE(weight.toStdString());
        const int line = lineOf(text, "    weight: " + weight);
        if (weight == "99999999999999999999999999999" || weight == "0x10") {
            // Finite and positive: a legal (if odd) weight, read as a number or refused, never garbage.
            if (read.ok()) {
                EXPECT_TRUE(std::isfinite(read.framework->dimensions.front().weight));
                EXPECT_GT(read.framework->dimensions.front().weight, 0);
            }
            continue;
        }
        EXPECT_FALSE(read.ok()) << "weight " << weight.toStdString() << " accepted";
        EXPECT_TRUE(hasError(read.diagnostics, QStringLiteral("weight"), line, 13));
    }
}

TEST(HostileYaml, LevelsOutOfRangeAreErrors)
{
    const QByteArray original = "          level: 3\n          confidence: high";
    for (const QByteArray &level : {QByteArray("7"), QByteArray("-1"), QByteArray("1e400"), QByteArray(".nan"),
                                    QByteArray("2.5"), QByteArray("99999999999999999999"), QByteArray("[1]")}) {
        SCOPED_TRACE(level.toStdString());
        const QByteArray text = patched(miniProject(), original, "          level: " + level + "\n          confidence: high");
        const auto read = readProject(text, "odd level");
        EXPECT_FALSE(read.ok()) << "level " << level.toStdString() << " accepted";
        EXPECT_TRUE(hasError(read.diagnostics, QStringLiteral("level"), lineOf(text, "level: " + level), 18));
    }
}

TEST(HostileYaml, IdsWithSpacesOrNonAsciiAreErrors)
{
    for (const QByteArray &id : {QByteArray("\"exchange membership\""), QByteArray("обмен"), QByteArray("\"\""),
                                 QByteArray("\"a\\tb\""), QByteArray("\"x\\u0000y\"")}) {
        SCOPED_TRACE(id.toStdString());
        const QByteArray text = patched(miniFramework(), "  - id: exchange\n", "  - id: " + id + "\n");
        const auto read = readFramework(text, "odd id");
        EXPECT_FALSE(read.ok()) << "id " << id.toStdString() << " accepted";
        EXPECT_TRUE(hasError(read.diagnostics, QStringLiteral("id"), lineOf(text, "  - id: " + id), 9));
    }
}

TEST(HostileYaml, DuplicateIdsAndKeysAreErrorsAtTheSecondUse)
{
    const QByteArray ids = patched(miniFramework(), "      - id: exchange.logs", "      - id: exchange.membership");
    const auto read = readFramework(ids, "duplicate id");
    EXPECT_FALSE(read.ok());
    const int second = int(ids.left(ids.lastIndexOf("id: exchange.membership")).count('\n')) + 1;
    EXPECT_TRUE(hasError(read.diagnostics, QStringLiteral("duplicate"), second));

    const QByteArray sectors = patched(miniProject(), "  - id: healthcare", "  - id: education");
    const auto project = readProject(sectors, "duplicate sector");
    EXPECT_FALSE(project.ok());
    const int sectorLine = int(sectors.left(sectors.lastIndexOf("  - id: education")).count('\n')) + 1;
    EXPECT_TRUE(hasError(project.diagnostics, QStringLiteral("duplicate"), sectorLine));

    const QByteArray keys = patched(miniFramework(), "licence: CC-BY-4.0", "licence: CC-BY-4.0\nlicence: MIT");
    EXPECT_TRUE(hasError(readFramework(keys, "duplicate key").diagnostics, QStringLiteral("duplicate key 'licence'"),
                         lineOf(keys, "licence: MIT"), 1));
}

TEST(HostileYaml, DerivedFromIsAReferenceOnlySoCyclesCannotLoop)
{
    // derived_from records provenance (id@version); the reader never follows
    // it, so a cycle -- even a framework naming itself -- is just two strings.
    const QByteArray self = patched(miniFramework(), "licence: CC-BY-4.0", "licence: CC-BY-4.0\nderived_from: mini-interop@1.0.0");
    const auto a = readFramework(self, "derived_from itself");
    ASSERT_TRUE(a.ok()) << a.diagnostics.toString().toStdString();
    EXPECT_EQ(a.framework->derivedFrom, QStringLiteral("mini-interop@1.0.0"));

    QByteArray other = patched(miniFramework(), "id: mini-interop", "id: mini-other");
    other = patched(other, "licence: CC-BY-4.0", "licence: CC-BY-4.0\nderived_from: mini-interop@1.0.0");
    const auto b = readFramework(other, "derived_from cycle");
    ASSERT_TRUE(b.ok()) << b.diagnostics.toString().toStdString();
    EXPECT_EQ(b.framework->derivedFrom, QStringLiteral("mini-interop@1.0.0"));

    const QByteArray bad = patched(miniFramework(), "licence: CC-BY-4.0", "licence: CC-BY-4.0\nderived_from: ../../etc/passwd");
    EXPECT_TRUE(hasError(readFramework(bad, "derived_from path").diagnostics, QStringLiteral("derived_from"),
                         lineOf(bad, "derived_from:"), 15));
}
