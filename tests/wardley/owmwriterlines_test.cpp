#include "owmreader.h"
#include "owmtext.h"
#include "owmwriter.h"

#include "hostileproject.h"
#include "hostiletext.h"

#include <gtest/gtest.h>

using namespace dpi;

// OWM is a line format: free text that the writer puts on a line unquoted
// (title, annotation text, link context, ...) must not start a statement of
// its own when it holds a line break. A map title pasted from the web or typed
// into a project's YAML can.

TEST(OwmWriterLines, LineBreaksBecomeSpaces)
{
    EXPECT_EQ(owmSingleLine(QStringLiteral("a\nb\r\nc\rd")), QStringLiteral("a b c d"));
    EXPECT_EQ(owmSingleLine(QStringLiteral("one line")), QStringLiteral("one line"));
}

TEST(OwmWriterLines, NoTextStartsAStatement)
{
    WardleyMap map = dpitest::hostileMap(dpitest::injectingTitle());
    const QString injection = QStringLiteral("\ncomponent Injected [0.5, 0.5]");
    map.style = QStringLiteral("wardley") + injection;
    map.evolutionLabels = {QStringLiteral("A"), QStringLiteral("B") + injection, QStringLiteral("C"), QStringLiteral("D")};
    map.links.front().context += injection;
    map.links.back().flowValue = QStringLiteral("$5") + injection;
    map.annotations.front().text += injection;
    map.urls.push_back({QStringLiteral("url-x"), QStringLiteral("x") + injection, QStringLiteral("https://a") + injection, 0});

    const QString text = writeOwm(map);
    const OwmParseResult back = parseOwm(text, QStringLiteral("written.owm"));
    EXPECT_EQ(back.map.findComponentByName(QStringLiteral("Injected")), nullptr) << text.toStdString();
    EXPECT_EQ(back.map.components.size(), map.components.size());
    EXPECT_EQ(back.map.title.text(), owmSingleLine(dpitest::injectingTitle()));
    // Names and notes are quoted with \n escapes, so they come back whole.
    for (const WardleyComponent &c : map.components)
        EXPECT_NE(back.map.findComponentByName(c.name), nullptr) << c.name.left(40).toStdString();
    ASSERT_EQ(back.map.notes.size(), 1u);
    EXPECT_EQ(back.map.notes.front().text, map.notes.front().text);
}
