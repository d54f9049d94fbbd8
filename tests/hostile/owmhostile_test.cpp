// Hostile OnlineWardleyMaps text: huge maps, odd bytes, odd numbers. The
// reader keeps what it understands, reports the rest by line, and finishes.
#include "hostilehelpers.h"

#include "owmreader.h"
#include "owmwriter.h"

#include <cmath>

using namespace dpitest;

namespace {

const QString kFile = QStringLiteral("hostile.owm");

dpi::OwmParseResult parse(const QString &text, const char *what)
{
    return bounded<dpi::OwmParseResult>(what, [&] { return dpi::parseOwm(text, kFile); });
}

bool finite(const dpi::WardleyMap &map)
{
    for (const dpi::WardleyComponent &c : map.components) {
        if (!std::isfinite(c.position.visibility) || !std::isfinite(c.position.maturity))
            return false;
    }
    return true;
}

} // namespace

TEST(HostileOwm, MillionLineMapIsReadInBoundedTime)
{
    // 500,000 components and 500,000 links between them.
    QString text;
    text.reserve(40 * 1000 * 1000);
    text += QStringLiteral("title Million lines\n");
    constexpr int kComponents = 500000;
    for (int i = 0; i < kComponents; ++i)
        text += QStringLiteral("component C%1 [%2, %3]\n").arg(i).arg((i % 97) / 100.0).arg((i % 89) / 100.0);
    for (int i = 1; i < kComponents; ++i)
        text += QStringLiteral("C%1->C%2\n").arg(i - 1).arg(i);
    text += QStringLiteral("this line means nothing\n");
    const auto result = parse(text, "a million OWM lines");
    EXPECT_EQ(result.map.components.size(), std::size_t(kComponents));
    EXPECT_EQ(result.map.links.size(), std::size_t(kComponents - 1));
    const dpi::Diagnostic *last = findDiagnostic(result.diagnostics, QStringLiteral("this line means nothing"));
    if (!last && !result.diagnostics.items().empty())
        last = &result.diagnostics.items().back();
    ASSERT_TRUE(last) << "the unknown last line went unreported";
    EXPECT_EQ(last->line, 2 * kComponents + 1);
}

TEST(HostileOwm, ProblemsAreCappedNotEndless)
{
    QString text;
    for (int i = 0; i < 100000; ++i)
        text += QStringLiteral("gibberish %1\n").arg(i);
    const auto result = parse(text, "100,000 bad lines");
    EXPECT_LE(result.diagnostics.items().size(), std::size_t(1000));
    EXPECT_TRUE(findDiagnostic(result.diagnostics, QStringLiteral("too many problems")));
    EXPECT_EQ(result.diagnostics.items().front().line, 1);
}

TEST(HostileOwm, OneHugeLineAndDeepBrackets)
{
    const QString longName = QStringLiteral("component ") + QString(5 * 1000 * 1000, QLatin1Char('x')) + QStringLiteral(" [0.5, 0.5]");
    EXPECT_EQ(parse(longName, "5 MB line").map.components.size(), 1u);

    const QString brackets = QStringLiteral("component A ") + QString(200000, QLatin1Char('[')) + QStringLiteral("\nA->A");
    const auto deep = parse(brackets, "200,000 brackets");
    EXPECT_TRUE(finite(deep.map));

    const QString annotation = QStringLiteral("annotation 1 ") + QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']'));
    parse(annotation, "deep annotation");

    const QString quoted = QStringLiteral("component \"never closed ") + QString(100000, QLatin1Char('\\'));
    parse(quoted, "unclosed quote of backslashes");
}

TEST(HostileOwm, OddBytesNeverCrash)
{
    const QString nul = QStringLiteral("component A [0.5, 0.5]\ncomponent B") + QChar(0) + QStringLiteral("C [0.4, 0.4]\nA->B");
    parse(nul, "NUL");
    const QString replacement = QString::fromUtf8("component \xC3\x28 bad [0.5, 0.5]\ncomponent \xFF\xFE [0.1, 0.1]");
    EXPECT_EQ(parse(replacement, "invalid UTF-8").map.components.size(), 2u);
    const QString bom = QString(QChar(0xFEFF)) + QStringLiteral("title T\ncomponent A [0.5, 0.5]");
    const auto withBom = parse(bom, "BOM");
    EXPECT_EQ(withBom.map.components.size(), 1u);
    EXPECT_EQ(withBom.map.title.text(), QStringLiteral("T")) << "a BOM must not hide the first line";
    const QString crlf = QStringLiteral("title T\r\ncomponent A [0.5, 0.5]\r\ncomponent B [0.4, 0.4]\r\nA->B\r\n");
    const auto windows = parse(crlf, "CRLF");
    ASSERT_EQ(windows.map.components.size(), 2u);
    EXPECT_EQ(windows.map.components[1].name, QStringLiteral("B")) << "no stray \\r in names";
    EXPECT_EQ(windows.map.links.size(), 1u);
    const QString tabs = QStringLiteral("\tcomponent\tA\t[0.5,\t0.5]\n\tA->A");
    parse(tabs, "tabs");
}

TEST(HostileOwm, HugeAndNonFiniteNumbersGiveFiniteMaps)
{
    const QStringList coordinates = {QStringLiteral("[1e400, 0.5]"), QStringLiteral("[NaN, 0.5]"),
                                     QStringLiteral("[Infinity, -Infinity]"), QStringLiteral("[-1e308, 1e308]"),
                                     QStringLiteral("[0.5, 99999999999999999999999]"), QStringLiteral("[1e-400, 0]")};
    for (const QString &c : coordinates) {
        const QString text = QStringLiteral("component A ") + c + QStringLiteral("\nevolve A 1e400\npipeline A [1e400, -1e400]\n"
                                                                                    "note N ") + c;
        const auto result = parse(text, "odd coordinates");
        SCOPED_TRACE(c.toStdString());
        EXPECT_TRUE(finite(result.map)) << "a non-finite coordinate reached the model";
        // Export must still write something the reader takes back.
        const auto again = parse(dpi::writeOwm(result.map), "re-read");
        EXPECT_EQ(again.map.components.size(), result.map.components.size());
    }
}
